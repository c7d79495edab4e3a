import { SignJWT, importJWK } from 'jose';
import developmentKey from '../../libs/security/dev/development-signing-key.json';

const DEAD_LETTER_SCOPES = ['dead-letters:read', 'dead-letters:replay'];

/**
 * The operator's bearer token: CRM_ADMIN_TOKEN, or else a short-lived development token with the
 * dead-letter permissions, signed as `npm run token` signs — which a service trusts only outside
 * production.
 */
export async function adminToken(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.CRM_ADMIN_TOKEN) return env.CRM_ADMIN_TOKEN;
  const client = 'crm-dlq-command';
  return new SignJWT({ scope: DEAD_LETTER_SCOPES.join(' '), client_id: client, crm_actor: 'client' })
    .setProtectedHeader({ alg: developmentKey.alg, kid: developmentKey.kid, typ: 'JWT' })
    .setSubject(client)
    .setIssuer(env.AUTH_ISSUER ?? 'crm-development')
    .setAudience(env.AUTH_AUDIENCE ?? 'crm-platform')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(await importJWK(developmentKey, developmentKey.alg));
}
