import { context, type Context } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

// The W3C propagator is used directly rather than through the global API, so that the trace context
// travels even in a process where no tracing SDK is registered.
const propagator = new W3CTraceContextPropagator();

const setter = {
  set: (carrier: Record<string, string>, key: string, value: string) => (carrier[key] = value),
};
const getter = {
  get: (carrier: Record<string, string>, key: string) => carrier[key],
  keys: (carrier: Record<string, string>) => Object.keys(carrier),
};

/** `traceparent` (and `tracestate`) of the given context, or of the active one. */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagator.inject(from, carrier, setter);
  return carrier;
}

/** The context a producer saved in `traceparent`, as a parent for the consumer's span. */
export function contextFromHeaders(headers: Record<string, string>): Context {
  return propagator.extract(context.active(), headers, getter);
}
