export { SERVICES, eventsTopic, deadLetterTopic, allTopics, type ServiceName } from './topics';
export { defineEvent, type EventDefinition } from './event-definition';
export type { CrmEvent } from './envelope';
export { EVENT_CATALOG, findEventDefinition } from './catalog';
export { validateEventData, type EventValidationResult } from './event-validation';
export { buildAsyncApiDocument } from './asyncapi';
export { CustomerRegisteredV1, type CustomerRegisteredV1Data } from './events/customer-registered.v1';
