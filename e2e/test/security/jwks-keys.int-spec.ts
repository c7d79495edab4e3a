import { exportJWK, generateKeyPair } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { customerProfileService } from '@crm/customer-profile';
import { TestPlatform, bearer, mintToken, type TestService } from '@crm/testing';

/** Production key handling: tokens are checked against the identity provider's JWKS, nothing else. */
describe('tokens verified against a JWKS URL', () => {
  let platform: TestPlatform;
  let service: TestService;
  let jwks: Server;
  let providerKey: { jwk: Awaited<ReturnType<typeof exportJWK>>; alg: string; kid: string };

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    providerKey = { jwk: await exportJWK(privateKey), alg: 'RS256', kid: 'bank-idp-2026-11' };
    const publicJwk = { ...(await exportJWK(publicKey)), kid: providerKey.kid, alg: 'RS256', use: 'sig' };
    jwks = createServer((_request, response) => {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    platform = await TestPlatform.create('in-process', 'jwks');
    service = await platform.start(customerProfileService, {
      env: {
        AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`,
        AUTH_TRUST_DEVELOPMENT_KEY: 'false',
        AUTH_ISSUER: 'https://idp.bank.example',
        AUTH_AUDIENCE: 'crm-api',
      },
    });
  });

  afterAll(async () => {
    await platform.close();
    jwks.close();
  });

  const read = (token: string) =>
    fetch(`${service.url}/v1/customers/0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69`, { headers: bearer(token) });

  it("accepts the identity provider's tokens", async () => {
    const token = await mintToken({
      scopes: ['customers:read'],
      key: providerKey,
      issuer: 'https://idp.bank.example',
      audience: 'crm-api',
    });
    expect((await read(token)).status).toBe(404);
  });

  it('no longer trusts the development key', async () => {
    const token = await mintToken({
      scopes: ['customers:read'],
      issuer: 'https://idp.bank.example',
      audience: 'crm-api',
    });
    expect((await read(token)).status).toBe(401);
  });
});
