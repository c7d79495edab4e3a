// Notification throughput on the real stack: 100,000 triggering events (crm.loan.payment-due.v1, one per
// customer) produced to Kafka, consumed by the notifications service (inbox → workflow → scheduled
// message), dispatched (claim with SKIP LOCKED, channel choice, contact hours, ICU rendering) and
// delivered to the in-app inbox, with the sent events going through the outbox. Reports messages per
// second and p50/p99 from event time to send, beside a baseline measured in the same run: the same
// service with one dispatch worker claiming and sending one message per transaction.
// `npm run bench:notifications` — needs the local stack (`npm run stack:up`) or DATABASE_URL / KAFKA_BROKERS.
// BENCH_EVENTS (default 100000) and BENCH_BASELINE_EVENTS (default 5000) set the counts.
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  LoanPaymentDueV1,
  allTopics,
  eventsTopic,
  type CrmEvent,
  type LoanPaymentDueV1Data,
} from '@crm/contracts';
import { newId } from '@crm/kernel';
import { KafkaTransport, encodeEvent } from '@crm/messaging';
import { notificationsService } from '@crm/notifications';
import { createServiceApp } from '@crm/platform';

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const events = Number(process.env.BENCH_EVENTS ?? 100_000);
const baselineEvents = Number(process.env.BENCH_BASELINE_EVENTS ?? 5_000);

interface Result {
  sent: number;
  seconds: number;
  p50: number;
  p99: number;
}

function paymentDue(customerId: string): CrmEvent<LoanPaymentDueV1Data> {
  return {
    specversion: '1.0',
    id: newId(),
    source: '/crm/loan-servicing',
    type: LoanPaymentDueV1.type,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    partitionkey: customerId,
    data: {
      loanId: newId(),
      customerId,
      currency: 'EUR',
      installmentNumber: 3,
      dueDate: '2026-12-01',
      amountDue: '888.49',
      daysUntilDue: 5,
    },
  };
}

async function run(label: string, count: number, batchSize: number, concurrency: number): Promise<Result> {
  const name = `crm_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const prefix = `bench-${randomBytes(3).toString('hex')}.`;
  const kafka = new Kafka({ brokers, clientId: 'notifications-bench', logLevel: logLevel.NOTHING });
  const kafkaAdmin = kafka.admin();
  await kafkaAdmin.connect();
  await kafkaAdmin.createTopics({
    waitForLeaders: true,
    topics: allTopics(prefix).map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })),
  });
  const app = await createServiceApp(notificationsService, {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: url.toString(),
    EVENT_TRANSPORT: 'kafka',
    KAFKA_BROKERS: brokers.join(','),
    EVENTS_TOPIC_PREFIX: prefix,
    LOG_LEVEL: 'error',
    SCHEDULER_INTERVAL_MS: '0',
    DISPATCH_INTERVAL_MS: '20',
    DISPATCH_BATCH_SIZE: String(batchSize),
    DISPATCH_CONCURRENCY: String(concurrency),
  });
  await app.listen(0, '127.0.0.1');
  const db = app.get(DataSource);
  const transport = new KafkaTransport({ brokers, clientId: 'notifications-bench-producer' });
  const producer = await transport.createProducer();
  try {
    // One customer per event: reachable in-app at any hour, in Spanish.
    const customers = Array.from({ length: count }, () => newId());
    for (let i = 0; i < customers.length; i += 10_000) {
      await db.query(
        `INSERT INTO recipients (customer_id, locale, time_zone, country, address_as, preferred_channels,
           contact_hours, contact_points, has_contact_preferences, updated_at)
         SELECT id, 'es-ES', 'Europe/Madrid', 'ES', '{"full":"Lucía García"}', '{in-app}',
                '{"start":"00:00","end":"00:00"}', '{}', true, now()
           FROM unnest($1::uuid[]) AS id`,
        [customers.slice(i, i + 10_000)],
      );
    }
    const topic = eventsTopic('loan-servicing', prefix);
    const started = performance.now();
    const startedAt = Date.now();
    for (let i = 0; i < customers.length; i += 1000) {
      await producer.send(customers.slice(i, i + 1000).map((c) => encodeEvent(paymentDue(c), topic)));
    }
    let sent = 0;
    let lastReport = performance.now();
    for (;;) {
      const [row] = (await db.query(
        `SELECT (SELECT count(*)::int FROM notifications) AS triggered,
                (SELECT count(*)::int FROM notification_deliveries WHERE status = 'sent') AS sent`,
      )) as { triggered: number; sent: number }[];
      sent = row?.sent ?? 0;
      if (sent >= count) break;
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        const elapsed = ((lastReport - started) / 1000).toFixed(0);
        console.log(`  ${label}: ${elapsed} s, ${row?.triggered ?? 0} consumed, ${sent} sent`);
      }
      if (performance.now() - started > 30 * 60_000)
        throw new Error(`${label}: only ${sent} of ${count} sent`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const [figures] = (await db.query(
      `SELECT extract(epoch FROM max(d.sent_at)) * 1000 AS last_sent,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.sent_at - n.source_event_time)) * 1000 AS p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM d.sent_at - n.source_event_time)) * 1000 AS p99
         FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id`,
    )) as { last_sent: string; p50: number; p99: number }[];
    const seconds = (Number(figures?.last_sent) - startedAt) / 1000;
    return { sent, seconds, p50: Number(figures?.p50), p99: Number(figures?.p99) };
  } finally {
    await producer.close();
    await transport.close();
    await app.close();
    await kafkaAdmin.deleteTopics({ topics: allTopics(prefix) }).catch(() => undefined);
    await kafkaAdmin.disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const batched = await run('batched', events, 100, 4);
  const baseline = await run('baseline', baselineEvents, 1, 1);
  const line = (title: string, r: Result) =>
    `  ${title.padEnd(44)} ${String(r.sent).padStart(7)} messages in ${r.seconds.toFixed(1).padStart(6)} s   ` +
    `${Math.round(r.sent / r.seconds)
      .toLocaleString('en')
      .padStart(
        6,
      )} msg/s   event→send p50 ${(r.p50 / 1000).toFixed(2)} s, p99 ${(r.p99 / 1000).toFixed(2)} s`;
  console.log(
    `notifications: payment-due events → Kafka (${brokers.join(',')}) → inbox → workflow → dispatch → in-app inbox, same run`,
  );
  console.log(line('dispatcher: 4 workers, claims of 100', batched));
  console.log(line('baseline: 1 worker, one message per claim', baseline));
  console.log(
    `  speed-up ×${(batched.sent / batched.seconds / (baseline.sent / baseline.seconds)).toFixed(1)} ` +
      '(all events are produced at once, so event→send includes the time each waits in the Kafka backlog)',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
