export { createServiceApp, runService } from './create-service-app';
export { PlatformModule, type PlatformOverrides } from './platform.module';
export {
  ServiceConfig,
  InvalidConfigurationError,
  loadServiceConfig,
  loadServiceSettings,
} from './service-config';
export type { ServiceDescriptor } from './service-descriptor';
export {
  ProblemDetailsFilter,
  RequestValidationError,
  toProblem,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
} from './problem-details';
export { ApiProblemResponses } from './api-problem-responses';
export {
  PageQuery,
  cursorNotIssued,
  decodeCursor,
  decodeIdCursor,
  decodeKeysetCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
} from './paging';
export { SERVICE_CONFIG, EVENT_TRANSPORT, METRICS_REGISTRY } from './tokens';
export { IsLocale, IsTimeZone, IsCountry, IsHumanText } from './validators';
export { uuidParam } from './pipes';
export { Idempotent } from './idempotency/idempotency.interceptor';
export { forgetStoredReplies } from './idempotency/stored-replies';
export { serviceMigrations } from './platform-migrations';
export type { ScheduledJob } from './scheduling/scheduled-job';
export { JobRunner } from './scheduling/job-runner';
export type { DeadLetterDetail, DeadLetterList, ReplayReport } from './dead-letters/dead-letters';
export type { DeadLetterFilter } from './dead-letters/dead-letter-filter';
