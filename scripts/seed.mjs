#!/usr/bin/env node
// Seeds a demo dataset through the public APIs of a running platform (`npm start` or `npm run dev`):
// customers of fifteen cultures (scripts/seed-data.mjs) with their consents, festivals and touchpoints
// on many channels, so that the timeline and every API show something real on the first try.
// Usage: npm run seed [-- --host 127.0.0.1]
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { demoCustomers } from './seed-data.mjs';

const { values } = parseArgs({ options: { host: { type: 'string', default: '127.0.0.1' } } });
const url = (port, path) => `http://${values.host}:${port}${path}`;
const PROFILE = 3001;
const INTERACTIONS = 3002;

const token = execFileSync(
  process.execPath,
  [
    new URL('./token.mjs', import.meta.url).pathname,
    '--scopes',
    'customers:read,customers:write,interactions:write,pii:read',
  ],
  { encoding: 'utf8' },
).trim();

async function call(method, target, body, headers = {}) {
  const response = await fetch(target, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${target}: ${response.status} ${text}`);
  return { body: text ? JSON.parse(text) : {}, etag: response.headers.get('etag') };
}

let interactions = 0;
const countries = new Set();
for (const customer of demoCustomers) {
  // A retried seed run does not register anyone twice: the key is derived from the name.
  const key = `seed-${Buffer.from(customer.profile.name.full).toString('base64url').slice(0, 60)}`;
  const { body: registered } = await call('POST', url(PROFILE, '/v1/customers'), customer.profile, {
    'idempotency-key': key,
  });
  const id = registered.id;
  countries.add(customer.profile.countryOfResidence);

  for (const channel of customer.consents) {
    await call('PUT', url(PROFILE, `/v1/customers/${id}/consents/service/${channel}`), {
      status: 'granted',
      wordingVersion: 'service-2026-01',
      sourceChannel: 'branch',
    });
  }
  if (customer.festivals) {
    // Festivals can reveal religion: stored only under an explicit consent of their own.
    await call('PUT', url(PROFILE, `/v1/customers/${id}/consents/cultural-personalisation/any`), {
      status: 'granted',
      wordingVersion: 'cultural-2026-01',
      sourceChannel: 'mobile-app',
    });
    const { etag } = await call('GET', url(PROFILE, `/v1/customers/${id}`));
    await call(
      'PATCH',
      url(PROFILE, `/v1/customers/${id}`),
      { observedFestivals: customer.festivals },
      { 'if-match': etag },
    );
  }
  for (const [index, interaction] of customer.interactions.entries()) {
    await call(
      'POST',
      url(INTERACTIONS, '/v1/interactions'),
      { customerId: id, staffId: 'demo-staff-01', team: 'demo-branch', ...interaction },
      { 'idempotency-key': `${key}-interaction-${index}` },
    );
    interactions += 1;
  }
  console.log(`${id}  ${customer.profile.locale.padEnd(11)} ${customer.profile.name.full}`);
}
console.log(
  `seeded ${demoCustomers.length} customers from ${countries.size} countries, with ${interactions} interactions`,
);
