export { startTracing, stopTracing } from './tracing';
export { loggerOptions, REDACTED_PATHS } from './logging';
export { createMetricsRegistry, httpRequestDuration } from './metrics';
