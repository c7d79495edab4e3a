import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
  type ValidationError,
} from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { throwError, type Observable } from 'rxjs';
import { DomainError, type DomainErrorKind } from '@crm/kernel';
import { isInfrastructureFailure } from '@crm/messaging';

/** RFC 9457 problem details, the one error shape every service answers with. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code, e.g. `VALIDATION_FAILED`, `CUSTOMER_NOT_FOUND`. */
  code: string;
  /** Field-by-field list for validation failures; `pointer` is a JSON Pointer into the request body. */
  errors?: { pointer: string; detail: string }[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A request that breaks the API contract; carries every violation, field by field. */
export class RequestValidationError extends Error {
  constructor(readonly errors: { pointer: string; detail: string }[]) {
    super('The request is invalid.');
  }
}

/** Flattens class-validator's tree into JSON Pointers (`/name/full`, `/contactHours/0/start`). */
export function toRequestValidationError(errors: ValidationError[], parent = ''): RequestValidationError {
  const flat: { pointer: string; detail: string }[] = [];
  const walk = (list: ValidationError[], prefix: string) => {
    for (const error of list) {
      const pointer = `${prefix}/${error.property}`;
      for (const message of Object.values(error.constraints ?? {})) flat.push({ pointer, detail: message });
      if (error.children?.length) walk(error.children, pointer);
    }
  };
  walk(errors, parent);
  return new RequestValidationError(flat);
}

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  'precondition-failed': HttpStatus.PRECONDITION_FAILED,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  transient: HttpStatus.SERVICE_UNAVAILABLE,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function problem(
  status: number,
  code: string,
  detail?: string,
  extra: Partial<ProblemDetails> = {},
): ProblemDetails {
  return {
    type: `/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

/** Fastify's own errors (body parsing, size limits, content types) as problem details: 4xx, never 500. */
function fromFastifyError(error: FastifyError): ProblemDetails | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'MALFORMED_JSON', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'BODY_TOO_LARGE', 'The request body is larger than this endpoint accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
  }
  if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.parse.failed') {
    return problem(400, 'MALFORMED_JSON', 'The request body is not valid JSON.');
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return problem(error.statusCode, 'BAD_REQUEST', 'The request could not be read.');
  }
  return undefined;
}

/** Maps any error to problem details. Never leaks a stack, SQL or personal data: unknown errors are a bare 500. */
export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof RequestValidationError) {
    return problem(400, 'VALIDATION_FAILED', 'The request does not meet the API contract.', {
      errors: error.errors,
    });
  }
  if (error instanceof DomainError) {
    return problem(STATUS_BY_KIND[error.kind], error.code, error.message);
  }
  // The database (or another dependency) is away: nothing was written, and the same request, retried
  // with the same Idempotency-Key, will succeed once it is back.
  if (isInfrastructureFailure(error)) {
    return problem(
      503,
      'SERVICE_UNAVAILABLE',
      'A dependency of this service is unavailable; nothing was changed. Retry after the number of seconds in Retry-After.',
    );
  }
  if (error instanceof HttpException) {
    // Fastify's own errors (body parsing, size limit, content type) reach here wrapped by Nest.
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response !== null
        ? (response as { message?: unknown }).message
        : response;
    if (status === 400 && typeof message === 'string' && /nested deeper/.test(message)) {
      return problem(400, 'JSON_TOO_DEEP', message);
    }
    if (status === 400 && typeof message === 'string' && /JSON|prototype|constructor/i.test(message)) {
      return problem(400, 'MALFORMED_JSON', 'The request body is not valid JSON.');
    }
    const codes: Record<number, [string, string | undefined]> = {
      404: ['NOT_FOUND', 'No such resource.'],
      405: ['METHOD_NOT_ALLOWED', undefined],
      412: ['PRECONDITION_FAILED', undefined],
      413: ['BODY_TOO_LARGE', 'The request body is larger than this endpoint accepts.'],
      415: ['UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
      428: ['PRECONDITION_REQUIRED', undefined],
      429: ['RATE_LIMITED', 'Too many requests: retry after the number of seconds in Retry-After.'],
      503: ['SERVICE_UNAVAILABLE', undefined],
    };
    const [code, detail] = codes[status] ?? [status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR', undefined];
    return problem(
      status,
      code,
      detail ?? (typeof message === 'string' && status < 500 ? message : undefined),
    );
  }
  const fastify = error && typeof error === 'object' ? fromFastifyError(error as FastifyError) : undefined;
  return (
    fastify ?? problem(500, 'INTERNAL_ERROR', 'The service failed to handle the request; it has been logged.')
  );
}

/** Seconds a client waits before retrying a 503: about how long a database failover or restart takes. */
const RETRY_AFTER_UNAVAILABLE_SECONDS = '5';

export function sendProblem(reply: FastifyReply, request: FastifyRequest, body: ProblemDetails): void {
  if (body.status === 401) void reply.header('www-authenticate', 'Bearer realm="crm"');
  if (body.status === 503 && !reply.hasHeader('retry-after'))
    void reply.header('retry-after', RETRY_AFTER_UNAVAILABLE_SECONDS);
  void reply
    .status(body.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({ ...body, instance: request.url.split('?')[0] });
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void | Observable<never> {
    // Event handlers: hand the original error back to the event transport, which chooses between
    // retry and dead letter by its kind (Nest's default would replace it with a generic object).
    if (host.getType() !== 'http') return throwError(() => error);
    const http = host.switchToHttp();
    const body = toProblem(error);
    if (body.status === 503) this.logger.warn(`answered 503: ${(error as Error).message}`);
    else if (body.status >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    sendProblem(http.getResponse<FastifyReply>(), http.getRequest<FastifyRequest>(), body);
  }
}
