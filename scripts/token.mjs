#!/usr/bin/env node
// Mints a development access token, signed with the repository's development key, which services
// trust only outside production. Examples:
//   npm run token -- --scopes customers:read,customers:write,pii:read
//   npm run token -- --roles auditor --subject staff-042
//   npm run token -- --customer 0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69 --scopes customers:read
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SignJWT, importJWK } from 'jose';

const { values } = parseArgs({
  options: {
    scopes: { type: 'string', default: '' },
    roles: { type: 'string', default: '' },
    customer: { type: 'string' },
    subject: { type: 'string' },
    client: { type: 'string', default: 'development-app' },
    ttl: { type: 'string', default: '3600' },
    issuer: { type: 'string', default: process.env.AUTH_ISSUER ?? 'crm-development' },
    audience: { type: 'string', default: process.env.AUTH_AUDIENCE ?? 'crm-platform' },
  },
});

const jwk = JSON.parse(
  readFileSync(new URL('../libs/security/dev/development-signing-key.json', import.meta.url), 'utf8'),
);
const key = await importJWK(jwk, jwk.alg);
const roles = values.roles.split(',').filter(Boolean);
const actor = values.customer ? 'customer' : roles.length ? 'staff' : 'client';
const subject = values.customer ?? values.subject ?? values.client;
const token = await new SignJWT({
  scope: values.scopes.split(',').filter(Boolean).join(' '),
  ...(roles.length ? { roles } : {}),
  client_id: values.client,
  crm_actor: actor,
})
  .setProtectedHeader({ alg: jwk.alg, kid: jwk.kid, typ: 'JWT' })
  .setSubject(subject)
  .setIssuer(values.issuer)
  .setAudience(values.audience)
  .setIssuedAt()
  .setExpirationTime(`${Number(values.ttl)}s`)
  .sign(key);
console.log(token);
