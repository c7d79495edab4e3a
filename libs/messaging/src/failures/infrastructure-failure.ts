import { DomainError } from '@crm/kernel';

/**
 * The one place that tells an outage of the infrastructure from a failure of the work itself. An
 * outage (the database or the broker cannot be reached, a connection was cut, the server is shutting
 * down or full, a transaction lost a serialization race or a deadlock) says nothing about the event or
 * the request: it must be waited out, never dead-lettered (consumers) and never answered as a 500 (HTTP).
 */
export function isInfrastructureFailure(error: unknown): boolean {
  for (const candidate of causesOf(error)) {
    if (candidate instanceof DomainError) return candidate.kind === 'transient';
    if (isPostgresOutage(candidate) || isNetworkFailure(candidate) || isBrokerOutage(candidate)) return true;
  }
  return false;
}

/**
 * PostgreSQL SQLSTATEs of an outage (https://www.postgresql.org/docs/current/errcodes-appendix.html):
 * 08 connection exception, 53 insufficient resources (too many connections, disk full), 57P01–57P05
 * shutdown and cannot-connect-now, 58 system errors, 40001 serialization failure, 40P01 deadlock,
 * 55P03 lock not available, 57014 a statement cancelled by its timeout.
 */
const POSTGRES_OUTAGE_STATES = /^(08|53|58|57P0[1-5]$|40001$|40P01$|55P03$|57014$)/;

/** node-postgres reports a cut connection as a plain Error with one of these messages. */
const POSTGRES_CONNECTION_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Connection terminated due to connection timeout)/;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** kafkajs errors that mean the broker or its coordinator is away, not that the request was wrong. */
const BROKER_OUTAGE_NAMES = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSBrokerNotFound',
  'KafkaJSLockTimeout',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSGroupCoordinatorNotFound',
  'KafkaJSNoBrokerAvailableError',
  'KafkaJSTimeout',
  'KafkaJSStaleTopicMetadataAssignment',
]);

/**
 * TypeORM's answer when the connection under a transaction was cut (the pool released its query runner
 * when node-postgres reported the loss) and the transaction then asks for its next query or its COMMIT.
 */
const TYPEORM_LOST_CONNECTION_NAMES = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

function isPostgresOutage(error: object): boolean {
  const name = (error as { name?: unknown }).name;
  if (typeof name === 'string' && TYPEORM_LOST_CONNECTION_NAMES.has(name)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && POSTGRES_OUTAGE_STATES.test(code)) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && POSTGRES_CONNECTION_MESSAGES.test(message);
}

function isNetworkFailure(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

function isBrokerOutage(error: object): boolean {
  const { name, retriable } = error as { name?: unknown; retriable?: unknown };
  if (typeof name !== 'string' || !name.startsWith('KafkaJS')) return false;
  return BROKER_OUTAGE_NAMES.has(name) || (name === 'KafkaJSProtocolError' && retriable === true);
}

/** The error and what it wraps: TypeORM's driverError, `cause`, the errors of an AggregateError. */
function* causesOf(error: unknown, depth = 0): Generator<object> {
  if (error === null || typeof error !== 'object' || depth > 5) return;
  yield error;
  const { driverError, cause, originalError, errors } = error as {
    driverError?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
  };
  for (const inner of [driverError, cause, originalError]) yield* causesOf(inner, depth + 1);
  if (Array.isArray(errors)) for (const inner of errors) yield* causesOf(inner, depth + 1);
}
