import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { eventsTopic, findEventDefinition } from '@crm/contracts';
import type { InboxEventProcessor, EventHandler, ReplayOutcome } from '../inbox/inbox-event-processor';
import type { EventTransport, ReceivedRecord, Subscription } from '../transport/event-transport';
import { EventContext } from './event-context';

export interface EventServerOptions {
  transport: EventTransport;
  processor: InboxEventProcessor;
  /** The consumer group: the service's name, so that its replicas share the partitions. */
  groupId: string;
  topicPrefix?: string;
}

/**
 * A NestJS microservice transport over the platform's event transport. Handlers are ordinary
 * `@EventPattern('crm.<entity>.<verb>.v<N>')` methods; this server subscribes to the topics of the
 * types they handle and runs each record through the inbox processor (exactly-once effect, retries,
 * dead letters) instead of Nest's Kafka server, whose error handling either loses or blocks events.
 */
export class EventServer extends Server implements CustomTransportStrategy {
  private subscription?: Subscription;
  private topics: string[] = [];

  constructor(private readonly options: EventServerOptions) {
    super();
  }

  /** The event types this service handles. */
  handledTypes(): string[] {
    return [...this.messageHandlers.keys()];
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const topics = [...new Set(this.handledTypes().flatMap((type) => this.topicsOf(type)))];
      this.topics = topics;
      if (topics.length > 0) {
        this.subscription = await this.options.transport.subscribe({
          groupId: this.options.groupId,
          topics,
          onRecord: (record, session) =>
            this.options.processor.process(record, (type) => this.handlerFor(type, record), session),
        });
      }
      callback();
    } catch (error) {
      callback(error);
    }
  }

  subscribedTopics(): string[] {
    return this.topics;
  }

  /** Runs a dead-lettered record once more, through the inbox and this server's own handlers. */
  replay(record: ReceivedRecord): Promise<ReplayOutcome> {
    return this.options.processor.replay(record, (type) => this.handlerFor(type, record));
  }

  async close(): Promise<void> {
    await this.subscription?.close();
    this.subscription = undefined;
  }

  on(): void {
    // The transport reports failures through the processor and its logs; there are no server events.
  }

  unwrap<T>(): T {
    return this.options.transport as T;
  }

  private handlerFor(type: string, record: ReceivedRecord): EventHandler | undefined {
    const handler = this.messageHandlers.get(type);
    if (!handler) return undefined;
    return async (event) => {
      const result = await handler(event, new EventContext([record]));
      await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
    };
  }

  /** Every topic the type can arrive on: one per service that publishes it. */
  private topicsOf(type: string): string[] {
    const definition = findEventDefinition(type);
    if (!definition) throw new Error(`@EventPattern('${type}') names no event type of the contracts library`);
    return definition.producers.map((producer) => eventsTopic(producer, this.options.topicPrefix));
  }
}
