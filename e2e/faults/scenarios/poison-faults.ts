import { CustomerProfileUpdatedV1, CustomerRegisteredV1, deadLetterTopic, eventsTopic } from '@crm/contracts';
import { newId } from '@crm/kernel';
import { DLQ_HEADERS, encodeEvent } from '@crm/messaging';
import { customerRegisteredEvent, eventRecord } from '@crm/testing';
import { Partitioners } from 'kafkajs';
import type { FaultScenario } from '../harness/fault-case';
import { recordsSince } from '../harness/topic-tap';
import { FOLLOW_UP_TIME_ZONE, REGISTERED_TIME_ZONE } from '../harness/traffic';

const POISON_CODES = ['EVENT_SCHEMA_VIOLATION', 'UNREADABLE_EVENT'];

/**
 * An unreadable record and one that breaks its contract, put by the harness on customer-profile's topic
 * between a valid registration and a valid follow-up of one customer (one key, so one partition, in
 * this order) while traffic flows around them: exactly those two may be dead-lettered, everything else applied.
 */
export function poisonBetweenValidEvents(): FaultScenario {
  return {
    fault: 'poison between valid events',
    async inject({ platform, injectedPoison, harnessCustomers, note }) {
      const topic = eventsTopic('customer-profile', platform.prefix);
      const customerId = newId();
      const registered = customerRegisteredEvent(customerId, { data: { timeZone: REGISTERED_TIME_ZONE } });
      const unreadable = { ...encodeEvent(registered, topic), value: Buffer.from('{"not json') };
      const breaksSchema = encodeEvent(
        { ...registered, id: newId(), data: { ...registered.data, countryOfResidence: 'India' } },
        topic,
      );
      const followUp = eventRecord(
        CustomerProfileUpdatedV1,
        customerId,
        {
          customerId,
          changedFields: ['timeZone'],
          changes: { timeZone: FOLLOW_UP_TIME_ZONE },
          version: 2,
          updatedAt: new Date().toISOString(),
        },
        { topicPrefix: platform.prefix },
      );
      const records = [encodeEvent(registered, topic), unreadable, breaksSchema, followUp.record];
      // The services' partitioner, idempotent and one request at a time: the four stay in this order on one partition.
      const producer = platform.kafka('faults-poison').producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      try {
        await producer.send({
          topic,
          acks: -1,
          messages: records.map(({ key, value, headers }) => ({ key, value, headers })),
        });
      } finally {
        await producer.disconnect();
      }
      injectedPoison.push(unreadable.value, breaksSchema.value);
      harnessCustomers.push({
        customerId,
        events: [
          { id: registered.id, type: CustomerRegisteredV1.type },
          { id: followUp.event.id, type: CustomerProfileUpdatedV1.type },
        ],
        timeZone: FOLLOW_UP_TIME_ZONE,
      });
      note(
        `an unreadable and a schema-breaking record put between customer ${customerId}'s registration and follow-up`,
      );
    },
    async verify({ platform, marks, injectedPoison }) {
      const topic = deadLetterTopic('interaction-log', platform.prefix);
      const parked = await recordsSince(
        platform,
        new Map([...marks].filter(([key]) => key.startsWith(`${topic}/`))),
      );
      const poison = parked.filter((record) => injectedPoison.some((value) => value.equals(record.value)));
      const codes = poison.map((record) => record.headers[DLQ_HEADERS.code]).sort();
      return poison.length === parked.length && JSON.stringify(codes) === JSON.stringify(POISON_CODES)
        ? []
        : [
            `${topic} holds ${parked.length} records since the case began, the injected poison among them with codes [${codes.join(', ')}]; expected exactly the two, coded ${POISON_CODES.join(' and ')}`,
          ];
    },
  };
}
