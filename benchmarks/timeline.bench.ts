// Timeline page reads on 1,000,000 entries: the interaction-log service's keyset-paged timeline (through
// HTTP, and its query alone) against OFFSET paging of the same rows and against the table without the
// timeline indexes, all measured in the same run on the same database.
// `npm run bench:timeline` — needs PostgreSQL (`npm run stack:up`, or DATABASE_URL).
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, importJWK, type JWK } from 'jose';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { interactionLogService } from '@crm/interaction-log';
import { createServiceApp } from '@crm/platform';

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const total = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
/** The customer with a very long history; the rest is spread over customers of 50 entries each. */
const longHistory = Number(process.env.BENCH_LONG_HISTORY ?? 200_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const PAGE = 50;
const TYPES = [
  'interaction',
  'crm.loan.payment-due.v1',
  'crm.loan.payment-received.v1',
  'crm.notification.sent.v1',
  'crm.notification.delivered.v1',
  'crm.complaint.received.v1',
  'crm.customer.consent-changed.v1',
  'crm.loan.payment-missed.v1',
];
const BASE = Date.parse('2026-11-24T00:00:00Z');

/** Entry g's id, as the loading SQL computes it: md5('e' || g)::uuid. */
const entryId = (g: number) =>
  createHash('md5')
    .update(`e${g}`)
    .digest('hex')
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const customerId = (c: number) => entryId(-c);
const LONG = customerId(1);

async function token(): Promise<string> {
  const jwk = JSON.parse(
    readFileSync(join(process.cwd(), 'libs/security/dev/development-signing-key.json'), 'utf8'),
  ) as JWK & { alg: string; kid: string };
  return new SignJWT({ scope: 'interactions:read', client_id: 'timeline-bench', crm_actor: 'client' })
    .setProtectedHeader({ alg: jwk.alg, kid: jwk.kid, typ: 'JWT' })
    .setSubject('timeline-bench')
    .setIssuer('crm-development')
    .setAudience('crm-platform')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(await importJWK(jwk, jwk.alg));
}

async function load(db: DataSource): Promise<void> {
  // The long customer's entries g = 1 … longHistory, one a minute back from BASE, types in rotation;
  // every other customer gets 50 entries, one an hour. Titles and source references as events write them.
  await db.query(
    `INSERT INTO timeline_entries (id, customer_id, type, channel, occurred_at, title, source_event_id, source_event)
     SELECT md5('e' || g)::uuid,
            CASE WHEN g <= $1 THEN md5('e-1')::uuid ELSE md5('e-' || (2 + (g - $1 - 1) / 50))::uuid END,
            ($3::text[])[1 + g % 8],
            (ARRAY['system', 'phone', 'sms', 'email'])[1 + g % 4],
            CASE WHEN g <= $1 THEN $4::timestamptz - g * interval '1 minute'
                 ELSE $4::timestamptz - ((g - $1) % 50) * interval '1 hour' END,
            'Payment of ' || (g % 1000) || '.49 EUR received',
            'ev-' || g,
            jsonb_build_object('id', 'ev-' || g, 'type', ($3::text[])[1 + g % 8], 'source', '/crm/loan-servicing')
       FROM generate_series(1, $2) AS g`,
    [longHistory, total, TYPES, new Date(BASE).toISOString()],
  );
  await db.query('VACUUM ANALYZE timeline_entries');
}

interface Figures {
  p50: number;
  p99: number;
}

async function measure(run: (i: number) => Promise<unknown>, count = iterations): Promise<Figures> {
  for (let i = 0; i < Math.min(20, count); i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

const ms = (f: Figures) => `p50 ${f.p50.toFixed(2).padStart(8)} ms   p99 ${f.p99.toFixed(2).padStart(8)} ms`;

/** Depths spread over the long history's second half: 100,000 … 199,950 entries in. */
const depth = (i: number) => longHistory / 2 + ((i * 7919) % (longHistory / 2 - PAGE));

function cursor(g: number): string {
  const at = new Date(BASE - g * 60_000).toISOString();
  return Buffer.from(JSON.stringify({ at, id: entryId(g) }), 'utf8').toString('base64url');
}

const KEYSET = `SELECT id, customer_id, type, channel, occurred_at, title, source_event, interaction_id, is_superseded
                  FROM timeline_entries WHERE customer_id = $1 AND is_superseded = false`;

async function main(): Promise<void> {
  const name = `crm_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const app = await createServiceApp(interactionLogService, {
    NODE_ENV: 'development',
    DATABASE_URL: url.toString(),
    EVENT_TRANSPORT: 'in-process',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    SCHEDULER_INTERVAL_MS: '0',
    OUTBOX_LISTEN: 'false',
  });
  try {
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const db = app.get(DataSource);
    const headers = { authorization: `Bearer ${await token()}` };

    const started = performance.now();
    await load(db);
    const loadSeconds = (performance.now() - started) / 1000;
    const [{ count }] = await db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM timeline_entries',
    );
    console.log(
      `timeline: ${count.toLocaleString('en')} entries loaded in ${loadSeconds.toFixed(1)} s — one customer with ` +
        `${longHistory.toLocaleString('en')}, ${((total - longHistory) / 50).toLocaleString('en')} customers with 50; ` +
        `page of ${PAGE}, ${iterations} reads per line after 20 warm-up reads`,
    );

    const http = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      const body = (await response.json()) as { items: unknown[] };
      if (body.items.length !== PAGE) throw new Error(`${path} gave ${body.items.length} entries`);
    };
    const timeline = `/v1/customers/${LONG}/timeline?limit=${PAGE}`;
    const typed = `&type=crm.loan.payment-received.v1`;
    const offsetPage = (extra: string, skip: number, params: unknown[]) =>
      db.query(
        `${KEYSET}${extra} ORDER BY occurred_at DESC, id DESC LIMIT ${PAGE + 1} OFFSET ${skip}`,
        params,
      );
    const keysetPage = (extra: string, g: number, params: unknown[]) =>
      db.query(
        `${KEYSET}${extra} AND (occurred_at, id) < ($${params.length + 1}, $${params.length + 2})
          ORDER BY occurred_at DESC, id DESC LIMIT ${PAGE + 1}`,
        [...params, new Date(BASE - g * 60_000), entryId(g)],
      );
    // Entry g has type TYPES[g % 8]: the filtered timeline is g = 2, 10, 18, …; its k-th entry is g = 2 + 8(k − 1).
    const typedCount = longHistory / 8;
    const typedDepth = (i: number) => typedCount / 2 + ((i * 7919) % (typedCount / 2 - PAGE - 1));
    const typedG = (i: number) => 2 + 8 * (typedDepth(i) - 1);

    const line = async (label: string, run: (i: number) => Promise<unknown>, count?: number) => {
      const figures = await measure(run, count);
      console.log(`  ${label.padEnd(62)} ${ms(figures)}`);
    };

    console.log('\n service, HTTP (auth, validation, repository, JSON):');
    await line('first page', () => http(timeline));
    await line('deep page, cursor 100,000–200,000 entries in', (i) =>
      http(`${timeline}&cursor=${cursor(depth(i))}`),
    );
    await line('first page, type filter', () => http(`${timeline}${typed}`));
    await line('deep page, type filter, cursor 12,500–25,000 typed entries in', (i) =>
      http(`${timeline}${typed}&cursor=${cursor(typedG(i))}`),
    );
    await line('first page, a customer with 50 entries', (i) =>
      http(`/v1/customers/${customerId(2 + (i % 1000))}/timeline?limit=${PAGE}`),
    );

    console.log('\n the same pages as SQL: keyset (the repository query) against OFFSET (baseline):');
    await line('keyset, deep page', (i) => keysetPage('', depth(i), [LONG]));
    await line('OFFSET, deep page (baseline)', (i) => offsetPage('', depth(i), [LONG]));
    await line('keyset, deep page, type filter', (i) =>
      keysetPage(' AND type = $2', typedG(i), [LONG, TYPES[2]]),
    );
    await line('OFFSET, deep page, type filter (baseline)', (i) =>
      offsetPage(' AND type = $2', typedDepth(i), [LONG, TYPES[2]]),
    );

    // Baseline without the timeline's indexes: what the first page costs when nothing serves the order.
    await db.query('DROP INDEX timeline_entries_customer_time_idx');
    await db.query('DROP INDEX timeline_entries_customer_type_time_idx');
    await db.query('DROP INDEX timeline_entries_customer_channel_time_idx');
    await db.query('ANALYZE timeline_entries');
    console.log('\n baseline without the (customer_id, occurred_at DESC, id DESC) indexes:');
    await line('first page (HTTP), no index (baseline)', () => http(timeline), 20);
    await line(
      'deep page (HTTP), no index (baseline)',
      (i) => http(`${timeline}&cursor=${cursor(depth(i))}`),
      20,
    );
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
