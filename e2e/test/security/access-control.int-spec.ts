import { exportJWK, generateKeyPair, base64url } from 'jose';
import { createHmac } from 'node:crypto';
import { complaintsService } from '@crm/complaints';
import { customerProfileService } from '@crm/customer-profile';
import { interactionLogService } from '@crm/interaction-log';
import { loanServicingService } from '@crm/loan-servicing';
import { notificationsService } from '@crm/notifications';
import { developmentPublicJwk } from '@crm/security';
import { TestPlatform, bearer, eventually, mintToken, type TestService } from '@crm/testing';
import { AttackTally } from './attack-tally';

const tally = new AttackTally();

async function call(service: TestService, path: string, token?: string, init: RequestInit = {}) {
  const response = await fetch(`${service.url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? bearer(token) : {}),
      ...(init.headers as object),
    },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

describe('attack suite: authentication and authorisation, on every service', () => {
  let platform: TestPlatform;
  let services: TestService[];
  let profile: TestService;
  let log: TestService;
  let customerA: string;
  let customerB: string;

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'access-control');
    services = [];
    for (const descriptor of [
      customerProfileService,
      interactionLogService,
      complaintsService,
      loanServicingService,
      notificationsService,
    ]) {
      services.push(await platform.start(descriptor));
    }
    [profile, log] = services;
    const writer = await mintToken({ scopes: ['customers:write', 'customers:read', 'interactions:read'] });
    const register = async (full: string) => {
      const response = await call(profile, '/v1/customers', writer, {
        method: 'POST',
        body: JSON.stringify({
          name: { full },
          locale: 'fa-IR',
          timeZone: 'Asia/Tehran',
          countryOfResidence: 'IR',
          email: `${full.length}@example.ir`,
        }),
      });
      expect(response.status).toBe(201);
      return JSON.parse(response.text).id as string;
    };
    customerA = await register('شیرین عبادی');
    customerB = await register('کوروش کبیر');
    await eventually(async () =>
      expect((await call(log, `/v1/customers/${customerB}/timeline`, writer)).text).toContain('registered'),
    );
    // Five services, each migrating its own database: on the embedded runtime that takes longer than a test.
  }, 180_000);

  afterAll(async () => {
    tally.print();
    await platform.close();
  });

  it("keeps one customer's token away from another customer's resources (BOLA)", async () => {
    const tokenA = await mintToken({
      customer: customerA,
      scopes: ['customers:read', 'customers:write', 'interactions:read', 'pii:read'],
    });
    const attempts = [
      [profile, `/v1/customers/${customerB}`],
      [profile, `/v1/customers/${customerB.toUpperCase()}`],
      [log, `/v1/customers/${customerB}/timeline`],
      [log, `/v1/customers/${customerB}/timeline?limit=100`],
    ] as const;
    for (const [service, path] of attempts) {
      const response = await call(service, path, tokenA);
      // The problem's `instance` repeats the path the caller sent; B's data must appear nowhere.
      const leaks =
        response.text.includes('کوروش') ||
        response.text.includes('"email"') ||
        response.text.includes('"items"');
      const held = tally.check(
        'broken object-level authorisation',
        [403, 404].includes(response.status) && !leaks,
      );
      expect(held).toBe(true);
    }
    // The same token reads its own customer's data.
    expect((await call(profile, `/v1/customers/${customerA}`, tokenA)).status).toBe(200);
    expect((await call(log, `/v1/customers/${customerA}/timeline`, tokenA)).status).toBe(200);
    // A customer token may not register customers or read any audit trail.
    const create = await call(profile, '/v1/customers', tokenA, {
      method: 'POST',
      body: JSON.stringify({ name: { full: 'x' }, locale: 'en', timeZone: 'UTC', countryOfResidence: 'GB' }),
    });
    expect(tally.check('broken object-level authorisation', create.status === 403)).toBe(true);
    for (const service of services) {
      expect(
        tally.check(
          'broken object-level authorisation',
          (await call(service, '/v1/audit', tokenA)).status === 403,
        ),
      ).toBe(true);
    }
  });

  it('limits read scopes to reading and staff roles to what their role maps to (BFLA)', async () => {
    const readOnly = await mintToken({ scopes: ['customers:read', 'interactions:read'] });
    const write = (token: string) =>
      call(profile, '/v1/customers', token, {
        method: 'POST',
        body: JSON.stringify({
          name: { full: 'Zhang Wei' },
          locale: 'zh-CN',
          timeZone: 'Asia/Shanghai',
          countryOfResidence: 'CN',
        }),
      });
    const expectations: [string, Promise<{ status: number }>, number][] = [
      ['read scope writes', write(readOnly), 403],
      [
        'complaint handler registers a customer',
        write(await mintToken({ roles: ['complaint-handler'] })),
        403,
      ],
      ['auditor registers a customer', write(await mintToken({ roles: ['auditor'] })), 403],
      [
        'relationship manager registers a customer',
        write(await mintToken({ roles: ['relationship-manager'] })),
        201,
      ],
    ];
    for (const role of ['relationship-manager', 'complaint-handler', 'collections-officer', 'admin']) {
      const token = await mintToken({ roles: [role] });
      for (const service of services)
        expectations.push([`${role} reads the audit trail`, call(service, '/v1/audit', token), 403]);
    }
    for (const role of ['auditor', 'compliance-officer']) {
      const token = await mintToken({ roles: [role] });
      for (const service of services)
        expectations.push([`${role} reads the audit trail`, call(service, '/v1/audit', token), 200]);
    }
    const unknownRole = await mintToken({ roles: ['superuser'], subject: 'mallory' });
    expectations.push([
      'an unknown role reads a customer',
      call(profile, `/v1/customers/${customerA}`, unknownRole),
      403,
    ]);
    for (const [what, response, expected] of expectations) {
      const { status } = await response;
      expect({
        what,
        status,
        held: tally.check('broken function-level authorisation', status === expected),
      }).toEqual({
        what,
        status: expected,
        held: true,
      });
    }
  });

  it('masks personal data for callers without pii:read', async () => {
    const admin = await mintToken({ roles: ['admin'] });
    const masked = JSON.parse((await call(profile, `/v1/customers/${customerA}`, admin)).text);
    expect(masked.email).toMatch(/^.\*\*\*@example\.ir$/);
    const manager = await mintToken({ roles: ['relationship-manager'] });
    const clear = JSON.parse((await call(profile, `/v1/customers/${customerA}`, manager)).text);
    expect(clear.email).toMatch(/^\d+@example\.ir$/);
  });

  it('refuses every tampered, expired or foreign token with 401', async () => {
    const valid = await mintToken({ scopes: ['customers:read', 'audit:read'] });
    const [header, payload] = valid.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const encode = (value: object) => base64url.encode(JSON.stringify(value));
    const otherKey = await generateKeyPair('ES256', { extractable: true });
    const otherJwk = await exportJWK(otherKey.privateKey);
    // HS/RS confusion: an HMAC token keyed with the service's public key material.
    const hsHeader = encode({ alg: 'HS256', kid: 'crm-development-key', typ: 'JWT' });
    const hsSigned = `${hsHeader}.${payload}`;
    const hsSignature = createHmac('sha256', JSON.stringify(developmentPublicJwk()))
      .update(hsSigned)
      .digest('base64url');
    const tampered: [string, string | undefined][] = [
      ['no token', undefined],
      ['not a JWT', 'not-a-token'],
      ['garbage segments', 'a.b.c'],
      ['expired', await mintToken({ scopes: ['audit:read'], ttlSeconds: -120 })],
      ['wrong issuer', await mintToken({ scopes: ['audit:read'], issuer: 'https://evil.example' })],
      ['wrong audience', await mintToken({ scopes: ['audit:read'], audience: 'another-api' })],
      ['alg none', `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`],
      [
        'signed with another key under our kid',
        await mintToken({
          scopes: ['audit:read'],
          key: { jwk: otherJwk, alg: 'ES256', kid: 'crm-development-key' },
        }),
      ],
      ['HS256 keyed with the public key', `${hsSigned}.${hsSignature}`],
      [
        'payload changed after signing',
        `${header}.${encode({ ...claims, scope: 'audit:read pii:read customers:write' })}.${valid.split('.')[2]}`,
      ],
      ['unknown actor kind', await mintToken({ scopes: ['audit:read'], extraClaims: { crm_actor: 'root' } })],
      ['Basic credentials', undefined],
    ];
    for (const service of services) {
      for (const [what, token] of tampered) {
        const headers: Record<string, string> =
          what === 'Basic credentials' ? { authorization: 'Basic YWRtaW46YWRtaW4=' } : {};
        const response = await call(service, '/v1/audit', token, { headers });
        const held =
          response.status === 401 &&
          (response.headers.get('content-type') ?? '').includes('application/problem+json') &&
          (response.headers.get('www-authenticate') ?? '').startsWith('Bearer');
        expect({ service: service.url, what, held: tally.check('token tampering', held) }).toEqual({
          service: service.url,
          what,
          held: true,
        });
      }
    }
  });

  it('sends security headers and keeps CORS closed unless origins are configured', async () => {
    const token = await mintToken({ roles: ['auditor'] });
    for (const service of services) {
      const response = await call(service, '/v1/audit', token, {
        headers: { origin: 'https://evil.example' },
      });
      const held =
        response.headers.get('x-content-type-options') === 'nosniff' &&
        response.headers.get('strict-transport-security') !== null &&
        response.headers.get('access-control-allow-origin') === null;
      expect(tally.check('security headers and CORS', held)).toBe(true);
      const preflight = await fetch(`${service.url}/v1/audit`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(
        tally.check(
          'security headers and CORS',
          preflight.headers.get('access-control-allow-origin') === null,
        ),
      ).toBe(true);
    }
  });

  it('leaves only health, metrics and docs open', async () => {
    for (const service of services) {
      for (const path of ['/health/live', '/health/ready', '/metrics', '/docs/openapi.json']) {
        expect((await call(service, path)).status).toBe(200);
      }
      expect(
        tally.check('broken function-level authorisation', (await call(service, '/v1/audit')).status === 401),
      ).toBe(true);
    }
  });
});
