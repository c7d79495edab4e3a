import {
  KafkaJSConnectionError,
  KafkaJSNonRetriableError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
  KafkaJSRequestTimeoutError,
} from 'kafkajs';
import { Client } from 'pg';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { DomainError } from '@crm/kernel';
import { PoisonMessageError } from '../cloud-event.codec';
import { isInfrastructureFailure } from './infrastructure-failure';

/** A driver error as node-postgres raises it, wrapped by TypeORM as a repository call sees it. */
function queryFailed(sqlState: string, message = 'failed'): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code: sqlState }));
}

/** A broker's error code as kafkajs's protocol layer raises it: its table says whether it is retriable. */
function brokerRefusal(type: string, retriable: boolean): KafkaJSProtocolError {
  return new KafkaJSProtocolError(Object.assign(new Error(type), { type, retriable }));
}

describe('isInfrastructureFailure', () => {
  it('knows a refused PostgreSQL connection, as node-postgres really raises it', async () => {
    // Port 1 on loopback: nothing listens, the kernel refuses the connection.
    const client = new Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeDefined();
    expect(isInfrastructureFailure(error)).toBe(true);
  });

  it.each([
    ['57P01', 'admin shutdown'],
    ['57P03', 'cannot connect now (starting up)'],
    ['08006', 'connection failure'],
    ['53300', 'too many connections'],
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock'],
  ])('counts SQLSTATE %s (%s) as an outage, through TypeORM', (state) => {
    expect(isInfrastructureFailure(queryFailed(state))).toBe(true);
  });

  it('counts a transaction whose connection was cut as an outage, as TypeORM reports it', () => {
    expect(isInfrastructureFailure(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isInfrastructureFailure(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
  });

  it('counts a connection node-postgres lost mid-query as an outage', () => {
    expect(isInfrastructureFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isInfrastructureFailure(queryFailed('', 'Connection terminated unexpectedly'))).toBe(true);
  });

  it.each([
    ['23505', 'unique violation'],
    ['23503', 'foreign key violation'],
    ['42P01', 'undefined table'],
    ['22P02', 'invalid text representation'],
  ])('does not excuse SQLSTATE %s (%s): the work itself is wrong', (state) => {
    expect(isInfrastructureFailure(queryFailed(state))).toBe(false);
  });

  it('counts a broker away as an outage, and a refused request as none', () => {
    expect(isInfrastructureFailure(new KafkaJSConnectionError('Connection error: ECONNREFUSED'))).toBe(true);
    expect(isInfrastructureFailure(new KafkaJSRequestTimeoutError('Request Produce timed out'))).toBe(true);
    expect(
      isInfrastructureFailure(
        new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('gone'), {
          retryCount: 5,
          retryTime: 1,
        }),
      ),
    ).toBe(true);
    expect(isInfrastructureFailure(brokerRefusal('NOT_LEADER_OR_FOLLOWER', true))).toBe(true);
    expect(isInfrastructureFailure(brokerRefusal('MESSAGE_TOO_LARGE', false))).toBe(false);
    expect(isInfrastructureFailure(new KafkaJSNonRetriableError('topic authorization failed'))).toBe(false);
  });

  it('follows a domain error: transient is an outage, every other kind is the event or request', () => {
    expect(isInfrastructureFailure(new DomainError('SMTP_AWAY', 'transient', 'relay down'))).toBe(true);
    expect(isInfrastructureFailure(new DomainError('CUSTOMER_NOT_FOUND', 'not-found', 'no such'))).toBe(
      false,
    );
    expect(isInfrastructureFailure(new PoisonMessageError('UNREADABLE_EVENT', 'not json'))).toBe(false);
    expect(isInfrastructureFailure(new Error('handler bug'))).toBe(false);
    expect(isInfrastructureFailure(undefined)).toBe(false);
  });

  it('looks through causes', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(isInfrastructureFailure(new Error('could not save', { cause: refused }))).toBe(true);
    expect(isInfrastructureFailure(new AggregateError([new Error('x'), refused]))).toBe(true);
  });
});
