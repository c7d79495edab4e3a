export type {
  ConsumerSession,
  EventTransport,
  OutgoingRecord,
  ReadTopicOptions,
  ReceivedRecord,
  Subscription,
  SubscriptionOptions,
  TransportProducer,
} from './transport/event-transport';
export { KafkaTransport, type KafkaTransportOptions } from './transport/kafka.transport';
export { InProcessBroker, InProcessTransport } from './transport/in-process.transport';
export { isInfrastructureFailure } from './failures/infrastructure-failure';
export { backoffDelay, waitBeforeAttempt, type BackoffOptions } from './failures/backoff';
export { encodeEvent, decodeEvent, PoisonMessageError } from './cloud-event.codec';
export { traceHeaders, contextFromHeaders } from './trace-propagation';
export { EventPublisher, newEvent, type NewEvent } from './outbox/event-publisher';
export { OutboxEventPublisher } from './outbox/outbox-event-publisher';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export {
  InboxEventProcessor,
  type InboxEventProcessorOptions,
  type DeadLetter,
  type EventHandler,
  type ReplayOutcome,
} from './inbox/inbox-event-processor';
export {
  DLQ_HEADERS,
  deadLetterRecord,
  originalRecord,
  readDeadLetterHeaders,
  type DeadLetterHeaders,
} from './inbox/dead-letter';
export { EventServer, type EventServerOptions } from './nest/event.server';
export { EventContext } from './nest/event-context';
export { CreateOutboxAndInbox1732000000000 } from './migrations/1732000000000-create-outbox-and-inbox';
