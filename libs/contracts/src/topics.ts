/** The services of the platform: each owns one events topic and one dead-letter topic. */
export const SERVICES = [
  'customer-profile',
  'interaction-log',
  'complaints',
  'loan-servicing',
  'notifications',
] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * `crm.<service>.events`. The optional prefix isolates environments that share one broker
 * (test suites running in parallel, tenants of a shared cluster); it is empty in production.
 */
export function eventsTopic(service: ServiceName, prefix = ''): string {
  return `${prefix}crm.${service}.events`;
}

/** Where a consuming service parks messages it could not handle: `crm.<service>.dlq`. */
export function deadLetterTopic(service: ServiceName, prefix = ''): string {
  return `${prefix}crm.${service}.dlq`;
}

export function allTopics(prefix = ''): string[] {
  return SERVICES.flatMap((service) => [eventsTopic(service, prefix), deadLetterTopic(service, prefix)]);
}
