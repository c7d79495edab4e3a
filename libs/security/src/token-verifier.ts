import { DomainError } from '@crm/kernel';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import developmentKey from '../dev/development-signing-key.json';
import {
  CUSTOMER_SELF_PERMISSIONS,
  ROLE_PERMISSIONS,
  isPermission,
  type Permission,
  type StaffRole,
} from './permissions';
import type { Principal } from './principal';

export interface TokenVerifierOptions {
  /** Production: the identity provider's JWKS URL. */
  jwksUrl?: string;
  /** Development only: trust the repository's development key (`npm run token` signs with it). */
  trustDevelopmentKey: boolean;
  issuer: string;
  audience: string;
  /** Asymmetric algorithms only: a shared-secret (HS*) or `none` token is refused outright. */
  algorithms: string[];
}

export function developmentPublicJwk() {
  const { d: _private, ...publicJwk } = developmentKey;
  return publicJwk;
}

export class AuthenticationError extends DomainError {
  constructor(message: string) {
    super('UNAUTHENTICATED', 'unauthenticated', message);
  }
}

/** Verifies bearer tokens (signature, issuer, audience, expiry, algorithm) and says who the caller is. */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.jwksUrl) {
      this.keys = createRemoteJWKSet(new URL(options.jwksUrl), {
        cooldownDuration: 30_000,
        cacheMaxAge: 600_000,
      });
    } else if (options.trustDevelopmentKey) {
      this.keys = createLocalJWKSet({ keys: [developmentPublicJwk()] });
    } else {
      throw new Error('no token keys configured: set AUTH_JWKS_URL');
    }
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: this.options.algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 30,
      }));
    } catch (error) {
      // The reason stays in our logs' level of detail, not in the answer: it would coach an attacker.
      const expired = error instanceof joseErrors.JWTExpired;
      throw new AuthenticationError(
        expired ? 'the access token has expired' : 'the access token is not valid',
      );
    }
    return principalFrom(payload);
  }
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(' ').filter(Boolean);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Claims → principal. `crm_actor` says who acts: `customer` (the subject is the customer id),
 * `staff` (permissions from `roles`), or `client` (permissions from `scope`), the default.
 */
function principalFrom(payload: JWTPayload): Principal {
  const subject = payload.sub as string;
  const clientId =
    typeof payload.client_id === 'string'
      ? payload.client_id
      : typeof payload.azp === 'string'
        ? payload.azp
        : undefined;
  const actor = payload.crm_actor;
  const scopes = stringList(payload.scope).filter(isPermission);
  if (actor === 'customer') {
    // A customer app can never do more than a customer may, whatever scopes it was given.
    const permissions = scopes.filter((scope) => CUSTOMER_SELF_PERMISSIONS.includes(scope));
    return { kind: 'customer', subject, clientId, roles: [], permissions: new Set(permissions) };
  }
  if (actor === 'staff') {
    const roles = stringList(payload.roles).filter((role): role is StaffRole => role in ROLE_PERMISSIONS);
    const permissions = new Set<Permission>(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
    return { kind: 'staff', subject, clientId, roles, permissions };
  }
  if (actor !== undefined && actor !== 'client')
    throw new AuthenticationError('the access token is not valid');
  return { kind: 'client', subject, clientId: clientId ?? subject, roles: [], permissions: new Set(scopes) };
}
