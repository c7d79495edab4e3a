import { customerProfileService } from '@crm/customer-profile';
import { TestPlatform, bearer, mintToken, type TestService } from '@crm/testing';
import { AttackTally } from './attack-tally';

const tally = new AttackTally();
const person = {
  name: { full: 'Nomvula Dlamini' },
  locale: 'zu-ZA',
  timeZone: 'Africa/Johannesburg',
  countryOfResidence: 'ZA',
  email: 'nomvula@example.co.za',
  phone: '+27821234567',
};

async function register(service: TestService, token: string) {
  return fetch(`${service.url}/v1/customers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify(person),
  });
}

describe('audit trail', () => {
  let platform: TestPlatform;
  let profile: TestService;

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'audit');
    profile = await platform.start(customerProfileService);
  });

  afterAll(() => platform.close());

  it('records who registered and who read personal data, and auditors page through it', async () => {
    const writer = await mintToken({ scopes: ['customers:write'], client: 'branch-teller-app' });
    const { id } = (await (await register(profile, writer)).json()) as { id: string };
    const manager = await mintToken({ roles: ['relationship-manager'], subject: 'staff-017' });
    await fetch(`${profile.url}/v1/customers/${id}`, { headers: bearer(manager) });
    const nosy = await mintToken({ scopes: ['interactions:read'], client: 'nosy-app' });
    expect((await fetch(`${profile.url}/v1/customers/${id}`, { headers: bearer(nosy) })).status).toBe(403);

    const auditor = await mintToken({ roles: ['auditor'], subject: 'auditor-1' });
    const page = (await (
      await fetch(`${profile.url}/v1/audit?resourceId=${id}&limit=1`, { headers: bearer(auditor) })
    ).json()) as { items: Record<string, unknown>[]; nextCursor: string };
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: 'customer.read',
      subject: 'staff-017',
      actorKind: 'staff',
      roles: ['relationship-manager'],
    });
    expect(page.items[0].fields).toEqual(['name.full', 'email', 'phone']);
    const next = (await (
      await fetch(`${profile.url}/v1/audit?resourceId=${id}&limit=1&cursor=${page.nextCursor}`, {
        headers: bearer(auditor),
      })
    ).json()) as { items: Record<string, unknown>[] };
    expect(next.items[0]).toMatchObject({
      action: 'customer.register',
      subject: 'branch-teller-app',
      actorKind: 'client',
      outcome: 'success',
    });

    const denied = (await (
      await fetch(`${profile.url}/v1/audit?outcome=denied&subject=nosy-app`, { headers: bearer(auditor) })
    ).json()) as { items: Record<string, unknown>[] };
    expect(denied.items).toEqual([
      expect.objectContaining({ action: `GET /v1/customers/${id}`, outcome: 'denied' }),
    ]);
  });

  it('is append-only in the database itself', async () => {
    await expect(profile.sql(`UPDATE audit_log SET outcome = 'success'`)).rejects.toThrow(/append-only/);
    await expect(profile.sql(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(profile.sql(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });
});

describe('rate limits', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'rate-limits');
  });

  afterAll(async () => {
    tally.print();
    await platform.close();
  });

  it('answers a caller over its limit with 429 and Retry-After, while other callers go on', async () => {
    const profile = await platform.start(customerProfileService, { env: { RATE_LIMIT_PER_MINUTE: '5' } });
    const busy = await mintToken({ scopes: ['customers:read'], client: 'busy-app' });
    const calm = await mintToken({ scopes: ['customers:read'], client: 'calm-app' });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${profile.url}/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69`, {
        headers: bearer(busy),
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5).every((s) => tally.check('rate limits', s === 429))).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const other = await fetch(`${profile.url}/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69`, {
      headers: bearer(calm),
    });
    expect(other.status).toBe(404);
  });

  // Redis comes from the harness like PostgreSQL and Kafka; on a machine with only Node.js there is
  // none, and the harness says so (CI requires it).
  const withRedis = process.env.CRM_TEST_REDIS_URL ? it : it.skip;

  withRedis('shares the limit between replicas through Redis', async () => {
    const redisUrl = process.env.CRM_TEST_REDIS_URL as string;
    const env = { RATE_LIMIT_PER_MINUTE: '4', REDIS_URL: redisUrl };
    const first = await platform.start(customerProfileService, { env });
    const second = await platform.start(customerProfileService, { env });
    const token = await mintToken({ scopes: ['customers:read'], client: `replicated-app-${Date.now()}` });
    const statuses: number[] = [];
    for (const replica of [first, second, first, second, first, second]) {
      statuses.push(
        (
          await fetch(`${replica.url}/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69`, {
            headers: bearer(token),
          })
        ).status,
      );
    }
    expect(statuses).toEqual([404, 404, 404, 404, 429, 429]);
    tally.check('rate limits', statuses[4] === 429 && statuses[5] === 429);
  });

  it('keeps serving when the shared store is down: the limit fails open', async () => {
    const profile = await platform.start(customerProfileService, {
      env: { RATE_LIMIT_PER_MINUTE: '2', REDIS_URL: 'redis://127.0.0.1:1' },
    });
    const token = await mintToken({ scopes: ['customers:read'], client: 'app-during-redis-outage' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await fetch(`${profile.url}/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69`, {
            headers: bearer(token),
          })
        ).status,
      );
    }
    expect(statuses).toEqual([404, 404, 404, 404]);
  });
});
