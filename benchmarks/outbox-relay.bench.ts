// Outbox relay throughput on the real stack: the relay's batched publishing against a baseline that
// sends one message per producer call (what a naive relay, or one Nest `emit` per event, does).
// `npm run bench:relay` — needs the local stack (`npm run stack:up`) or DATABASE_URL / KAFKA_BROKERS.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { CustomerRegisteredV1, eventsTopic } from '@crm/contracts';
import { newId } from '@crm/kernel';
import { CreateOutboxAndInbox1732000000000, KafkaTransport, OutboxRelay, encodeEvent } from '@crm/messaging';
import { createServiceDataSource, runMigrations } from '@crm/persistence';

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const events = Number(process.env.BENCH_EVENTS ?? 20_000);
const baselineEvents = Number(process.env.BENCH_BASELINE_EVENTS ?? 2_000);

function event(customerId: string) {
  const time = new Date().toISOString();
  return {
    specversion: '1.0' as const,
    id: newId(),
    source: '/crm/customer-profile',
    type: CustomerRegisteredV1.type,
    time,
    datacontenttype: 'application/json' as const,
    partitionkey: customerId,
    data: {
      customerId,
      locale: 'zh-Hant-TW',
      timeZone: 'Asia/Taipei',
      countryOfResidence: 'TW',
      registeredAt: time,
    },
  };
}

async function main(): Promise<void> {
  const name = `crm_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = createServiceDataSource({
    url: url.toString(),
    entities: [],
    migrations: [CreateOutboxAndInbox1732000000000],
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  const topic = `bench-${randomBytes(3).toString('hex')}.${eventsTopic('customer-profile')}`;
  const transport = new KafkaTransport({ brokers, clientId: 'bench' });
  const producer = await transport.createProducer();
  try {
    // Warm-up: metadata, connections and the idempotent producer id.
    await producer.send([encodeEvent(event(newId()), topic)]);

    const customers = Array.from({ length: 1000 }, () => newId());
    const rows = Array.from({ length: events }, (_, i) => event(customers[i % customers.length]));
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await dataSource.query(
        `INSERT INTO outbox (event_id, topic, partition_key, event_type, event)
         SELECT (e->>'id')::uuid, $1, e->>'partitionkey', e->>'type', e FROM jsonb_array_elements($2::jsonb) AS e`,
        [topic, JSON.stringify(chunk)],
      );
    }
    const relay = new OutboxRelay(dataSource, producer, { batchSize: 500 });
    let started = performance.now();
    let published = 0;
    for (let batch = await relay.publishBatch(); batch > 0; batch = await relay.publishBatch())
      published += batch;
    const relaySeconds = (performance.now() - started) / 1000;

    started = performance.now();
    for (const row of rows.slice(0, baselineEvents)) await producer.send([encodeEvent(row, topic)]);
    const baselineSeconds = (performance.now() - started) / 1000;

    const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString('en');
    console.log(
      `outbox relay → Kafka (${brokers.join(',')}), same run, same broker, same producer settings (idempotent, acks=all)`,
    );
    console.log(
      `  relay, batches of 500, marks rows sent   ${published} events in ${relaySeconds.toFixed(2)} s   ${rate(published, relaySeconds)} events/s`,
    );
    console.log(
      `  baseline: one message per send           ${baselineEvents} events in ${baselineSeconds.toFixed(2)} s   ${rate(baselineEvents, baselineSeconds)} events/s`,
    );
    console.log(`  speed-up ×${(published / relaySeconds / (baselineEvents / baselineSeconds)).toFixed(1)}`);
  } finally {
    await producer.close();
    await transport.close();
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
