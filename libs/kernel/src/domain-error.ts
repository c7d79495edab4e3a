/**
 * What kind of failure a domain error is. Each transport maps the kind once (HTTP: problem details;
 * Kafka: retry or dead-letter), so domain and application code never speak HTTP.
 */
export type DomainErrorKind =
  | 'invalid' // the request breaks a rule of the domain
  | 'not-found'
  | 'conflict' // the state of the resource forbids it (duplicate, illegal transition)
  | 'precondition-failed' // stale version (If-Match)
  | 'unauthenticated' // no valid credentials
  | 'forbidden'
  | 'transient'; // may succeed when retried (a dependency is down)

export class DomainError extends Error {
  constructor(
    /** Stable machine-readable code, e.g. `CUSTOMER_NOT_FOUND`. */
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(code, 'not-found', message);
  }
}
