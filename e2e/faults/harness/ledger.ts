import { CustomerProfileUpdatedV1, CustomerRegisteredV1 } from '@crm/contracts';
import { CUSTOMER_CONSUMERS, type CustomerConsumer } from './consumers';
import type { FaultPlatform } from './fault-platform';
import { FOLLOW_UP_TIME_ZONE, type CustomerWrite } from './traffic';

export interface ExpectedEvent {
  id: string;
  type: string;
}

/** A customer whose events every consumer must apply once each, in this order, ending with `timeZone`. */
export interface ExpectedCustomer {
  customerId: string;
  events: ExpectedEvent[];
  timeZone: string;
}

/** Customers counted by what went wrong with them, and the evidence, one line per finding. */
export class Verdict {
  readonly lost = new Set<string>();
  readonly duplicated = new Set<string>();
  readonly outOfOrder = new Set<string>();
  readonly findings: string[] = [];

  lose(customerId: string, finding: string): void {
    this.record(this.lost, customerId, finding);
  }

  duplicate(customerId: string, finding: string): void {
    this.record(this.duplicated, customerId, finding);
  }

  disorder(customerId: string, finding: string): void {
    this.record(this.outOfOrder, customerId, finding);
  }

  private record(kind: Set<string>, customerId: string, finding: string): void {
    kind.add(customerId);
    this.findings.push(`customer ${customerId}: ${finding}`);
  }
}

/** What customer-profile committed to its outbox for these customers, in publication order. */
async function publishedEvents(
  platform: FaultPlatform,
  customerIds: string[],
): Promise<Map<string, ExpectedEvent[]>> {
  const rows = await platform.query<{ customer_id: string; id: string; type: string }>(
    'customer-profile',
    `SELECT partition_key AS customer_id, event_id::text AS id, event_type AS type
     FROM outbox WHERE partition_key = ANY($1::text[]) ORDER BY position`,
    [customerIds],
  );
  const events = new Map<string, ExpectedEvent[]>();
  for (const row of rows)
    events.set(row.customer_id, [...(events.get(row.customer_id) ?? []), { id: row.id, type: row.type }]);
  return events;
}

function acknowledgedIds(writes: CustomerWrite[]): string[] {
  return writes.flatMap((write) => (write.customerId ? [write.customerId] : []));
}

/** The acknowledged customers as customer-profile's outbox has them. */
export async function expectedCustomers(
  platform: FaultPlatform,
  writes: CustomerWrite[],
): Promise<ExpectedCustomer[]> {
  const published = await publishedEvents(platform, acknowledgedIds(writes));
  return acknowledgedIds(writes).map((customerId) => ({
    customerId,
    events: published.get(customerId) ?? [],
    timeZone: FOLLOW_UP_TIME_ZONE,
  }));
}

/**
 * The producer's side of the ledger: every acknowledged write is one customer with one registration
 * and one follow-up change in the outbox — not none (lost), not two (a retry applied twice).
 */
export async function checkProducer(
  platform: FaultPlatform,
  writes: CustomerWrite[],
  customers: ExpectedCustomer[],
  verdict: Verdict,
): Promise<void> {
  for (const { customerId, events } of customers) {
    for (const type of [CustomerRegisteredV1.type, CustomerProfileUpdatedV1.type])
      if (!events.some((event) => event.type === type))
        verdict.lose(customerId, `customer-profile's outbox has no ${type}`);
    for (const type of new Set(events.map((event) => event.type))) {
      const count = events.filter((event) => event.type === type).length;
      if (count > 1) verdict.duplicate(customerId, `customer-profile's outbox has ${type} ${count} times`);
    }
  }
  const names = await platform.query<{ name: string; count: number }>(
    'customer-profile',
    `SELECT full_name AS name, count(*)::int AS count FROM customers WHERE full_name = ANY($1::text[]) GROUP BY full_name`,
    [writes.map((write) => write.name)],
  );
  const registrations = new Map(names.map((row) => [row.name, row.count]));
  for (const write of writes) {
    const count = registrations.get(write.name) ?? 0;
    if (count > 1 && write.customerId)
      verdict.duplicate(write.customerId, `registered ${count} times (Idempotency-Key ${write.key})`);
  }
}

/** When each event was handled (inbox.handled_at in microseconds): the order a consumer applied them in. */
async function handledAt(
  platform: FaultPlatform,
  consumer: CustomerConsumer,
  eventIds: string[],
): Promise<Map<string, bigint>> {
  const rows = await platform.query<{ id: string; at: string }>(
    consumer.service,
    `SELECT event_id AS id, (extract(epoch FROM handled_at) * 1000000)::bigint::text AS at
     FROM inbox WHERE event_id = ANY($1::text[])`,
    [eventIds],
  );
  return new Map(rows.map((row) => [row.id, BigInt(row.at)]));
}

/** Timeline entries made from customer-profile's events, per customer, in the order they were written (UUIDv7 ids). */
async function timelineEntries(
  platform: FaultPlatform,
  customerIds: string[],
): Promise<Map<string, string[]>> {
  const rows = await platform.query<{ customer_id: string; event_id: string }>(
    'interaction-log',
    `SELECT customer_id::text, source_event_id AS event_id FROM timeline_entries
     WHERE customer_id = ANY($1::uuid[]) AND source_event->>'source' = '/crm/customer-profile' ORDER BY id`,
    [customerIds],
  );
  const entries = new Map<string, string[]>();
  for (const row of rows)
    entries.set(row.customer_id, [...(entries.get(row.customer_id) ?? []), row.event_id]);
  return entries;
}

async function copiedTimeZones(
  platform: FaultPlatform,
  consumer: CustomerConsumer,
  table: string,
  customerIds: string[],
): Promise<Map<string, string>> {
  const rows = await platform.query<{ customer_id: string; time_zone: string }>(
    consumer.service,
    `SELECT customer_id::text, time_zone FROM ${table} WHERE customer_id = ANY($1::uuid[])`,
    [customerIds],
  );
  return new Map(rows.map((row) => [row.customer_id, row.time_zone]));
}

const handledBy = (consumer: CustomerConsumer, customer: ExpectedCustomer) =>
  customer.events.filter((event) => consumer.handles.has(event.type));

/** True when the values only grow: times of handling, or positions in publication order. */
const increasing = <T extends number | bigint>(values: T[]) =>
  values.every((value, i) => i === 0 || values[i - 1] < value);

/**
 * The consumers' side: each event handled exactly once, in publication order, its effect there once,
 * and every local copy holding the follow-up's value.
 */
export async function checkConsumers(
  platform: FaultPlatform,
  customers: ExpectedCustomer[],
  verdict: Verdict,
): Promise<void> {
  const customerIds = customers.map((customer) => customer.customerId);
  for (const consumer of CUSTOMER_CONSUMERS) {
    const { service } = consumer;
    const handled = await handledAt(
      platform,
      consumer,
      customers.flatMap((customer) => handledBy(consumer, customer).map((event) => event.id)),
    );
    const timeline = consumer.timeline ? await timelineEntries(platform, customerIds) : undefined;
    const copies = consumer.copy
      ? await copiedTimeZones(platform, consumer, consumer.copy, customerIds)
      : undefined;
    for (const customer of customers) {
      const { customerId } = customer;
      const expected = handledBy(consumer, customer);
      const missing = expected.filter((event) => !handled.has(event.id));
      for (const event of missing)
        verdict.lose(customerId, `${service} never handled ${event.type} ${event.id}`);
      const handledTimes = expected.flatMap((event) => handled.get(event.id) ?? []);
      if (!increasing(handledTimes))
        verdict.disorder(
          customerId,
          `${service} handled its events in another order than customer-profile published them`,
        );

      if (timeline) {
        const entries = timeline.get(customerId) ?? [];
        for (const event of expected) {
          const count = entries.filter((eventId) => eventId === event.id).length;
          if (count === 0 && !missing.includes(event))
            verdict.lose(customerId, `${service} has no timeline entry of ${event.type}`);
          if (count > 1)
            verdict.duplicate(customerId, `${service} has ${count} timeline entries of ${event.type}`);
        }
        const strangers = entries.filter((eventId) => !expected.some((event) => event.id === eventId));
        if (strangers.length > 0)
          verdict.duplicate(
            customerId,
            `${service} has timeline entries of events customer-profile never published: ${strangers.join(', ')}`,
          );
        const positions = entries
          .map((eventId) => expected.findIndex((event) => event.id === eventId))
          .filter((i) => i >= 0);
        if (!increasing(positions))
          verdict.disorder(customerId, `${service}'s timeline entries were written out of order`);
      }

      if (copies) {
        const timeZone = copies.get(customerId);
        if (timeZone === undefined) verdict.lose(customerId, `${service} has no ${consumer.copy} row`);
        else if (timeZone !== customer.timeZone && missing.length === 0)
          verdict.disorder(
            customerId,
            `${service}'s ${consumer.copy} holds ${timeZone}, not the follow-up's ${customer.timeZone}`,
          );
      }
    }
  }
}

/** The customers whose every event each consumer has handled: the recovery watch's question. */
export async function deliveredEverywhere(
  platform: FaultPlatform,
  customers: ExpectedCustomer[],
): Promise<Set<string>> {
  const delivered = new Set(
    customers
      .filter((customer) => customer.events.some((event) => event.type === CustomerProfileUpdatedV1.type))
      .map((customer) => customer.customerId),
  );
  for (const consumer of CUSTOMER_CONSUMERS) {
    const handled = await handledAt(
      platform,
      consumer,
      customers.flatMap((customer) => handledBy(consumer, customer).map((event) => event.id)),
    );
    for (const customer of customers)
      if (handledBy(consumer, customer).some((event) => !handled.has(event.id)))
        delivered.delete(customer.customerId);
  }
  return delivered;
}
