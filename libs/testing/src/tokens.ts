import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, importJWK, type JWK } from 'jose';
import { PERMISSIONS } from '@crm/security';

const developmentJwk = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'security', 'dev', 'development-signing-key.json'), 'utf8'),
) as JWK & { kid: string; alg: string };

export interface TokenOptions {
  scopes?: readonly string[];
  roles?: readonly string[];
  /** A customer-facing app's token for this customer id. */
  customer?: string;
  subject?: string;
  client?: string;
  ttlSeconds?: number;
  issuer?: string;
  audience?: string;
  /** Signs with another key (tampering tests); the development key by default. */
  key?: { jwk: JWK; alg: string; kid?: string };
  extraClaims?: Record<string, unknown>;
}

/** Mints a token the services trust in development and tests, as `npm run token` does. */
export async function mintToken(options: TokenOptions = {}): Promise<string> {
  const signing = options.key ?? { jwk: developmentJwk, alg: developmentJwk.alg, kid: developmentJwk.kid };
  const roles = options.roles ?? [];
  const actor = options.customer ? 'customer' : roles.length ? 'staff' : 'client';
  const client = options.client ?? 'test-channel-app';
  const jwt = new SignJWT({
    scope: (options.scopes ?? []).join(' '),
    ...(roles.length ? { roles } : {}),
    client_id: client,
    crm_actor: actor,
    ...options.extraClaims,
  })
    .setProtectedHeader({ alg: signing.alg, ...(signing.kid ? { kid: signing.kid } : {}), typ: 'JWT' })
    .setSubject(options.customer ?? options.subject ?? client)
    .setIssuer(options.issuer ?? 'crm-development')
    .setAudience(options.audience ?? 'crm-platform')
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (options.ttlSeconds ?? 600));
  return jwt.sign(await importJWK(signing.jwk, signing.alg));
}

/** A channel app's token with every scope: for tests about something other than authorisation. */
export function fullAccessToken(): Promise<string> {
  return mintToken({ scopes: PERMISSIONS, client: 'full-access-test-app' });
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
