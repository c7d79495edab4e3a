import { Controller, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CustomerRegisteredV1,
  deadLetterTopic,
  eventsTopic,
  type CrmEvent,
  type CustomerRegisteredV1Data,
} from '@crm/contracts';
import { DomainError, newId } from '@crm/kernel';
import { DLQ_HEADERS, encodeEvent } from '@crm/messaging';
import { TRANSPORT_KINDS, TestPlatform, customerRegisteredEvent, eventually } from '@crm/testing';
import type { ServiceDescriptor } from '../src/service-descriptor';

/**
 * Pins down what happens when a NestJS event handler throws, through Nest's own handler proxy and
 * exception filters: the error reaches the platform's processor unchanged, so a transient failure is
 * retried, a rejection is dead-lettered at once, and neither loses the event nor blocks the partition.
 */
const handled: string[] = [];
const attempts = new Map<string, number>();

@Controller()
class ProbeHandler {
  @EventPattern(CustomerRegisteredV1.type)
  async handle(@Payload() event: CrmEvent<CustomerRegisteredV1Data>): Promise<void> {
    const seen = (attempts.get(event.id) ?? 0) + 1;
    attempts.set(event.id, seen);
    switch (event.data.timeZone) {
      case 'Etc/GMT+1': // rejected: can never succeed
        throw new DomainError('PROBE_REJECTED', 'invalid', 'this event is refused');
      case 'Etc/GMT+2': // fails twice, then succeeds
        if (seen <= 2) throw new Error('database briefly unavailable');
        break;
      case 'Etc/GMT+3': // always fails
        throw new Error('handler bug');
    }
    handled.push(event.id);
  }
}

@Module({ controllers: [ProbeHandler] })
class ProbeModule {}

const probeService: ServiceDescriptor = {
  name: 'notifications',
  defaultPort: 0,
  title: 'probe',
  description: 'a service whose only handler fails on purpose',
  module: ProbeModule,
  entities: [],
  migrations: [],
};

function event(customerId: string, timeZone: string) {
  return customerRegisteredEvent(customerId, { data: { timeZone } });
}

describe.each(TRANSPORT_KINDS)('when an event handler throws (%s)', (kind) => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.create(kind, 'handler-errors');
    await platform.start(probeService, {
      env: { CONSUMER_MAX_ATTEMPTS: '3', CONSUMER_INITIAL_BACKOFF_MS: '20' },
    });
  });

  afterAll(() => platform.close());

  it('dead-letters a rejected event at once, retries a transient failure, and gives up on a persistent one without blocking the partition', async () => {
    const dead = await platform.collect(deadLetterTopic('notifications', platform.topicPrefix));
    const customerId = newId();
    const rejected = event(customerId, 'Etc/GMT+1');
    const flaky = event(customerId, 'Etc/GMT+2');
    const broken = event(customerId, 'Etc/GMT+3');
    const after = event(customerId, 'Europe/London');
    const topic = eventsTopic('customer-profile', platform.topicPrefix);
    await platform.produce([rejected, flaky, broken, after].map((e) => encodeEvent(e, topic)));

    await eventually(() => expect(handled).toEqual(expect.arrayContaining([flaky.id, after.id])));
    await eventually(() => expect(dead).toHaveLength(2));

    expect(attempts.get(rejected.id)).toBe(1);
    expect(attempts.get(flaky.id)).toBe(3);
    expect(attempts.get(broken.id)).toBe(3);
    const byId = new Map(dead.map((r) => [JSON.parse(r.value.toString()).id as string, r.headers]));
    expect(byId.get(rejected.id)).toMatchObject({
      [DLQ_HEADERS.code]: 'PROBE_REJECTED',
      [DLQ_HEADERS.attempts]: '1',
    });
    expect(byId.get(broken.id)).toMatchObject({
      [DLQ_HEADERS.code]: 'HANDLER_FAILED',
      [DLQ_HEADERS.attempts]: '3',
    });
    expect(handled.indexOf(flaky.id)).toBeLessThan(handled.indexOf(after.id));
  });
});
