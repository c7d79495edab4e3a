import type { Permission } from './permissions';

/** Who is calling, as established from a verified token (or the service itself, for event handlers). */
export interface Principal {
  kind: 'client' | 'customer' | 'staff' | 'system';
  /** The token's `sub`: a client id, a customer id or a staff member's id. */
  subject: string;
  /** The OAuth2 client the token was issued to. */
  clientId?: string;
  roles: readonly string[];
  permissions: ReadonlySet<Permission>;
}

/** The service itself, acting on an event: recorded in the audit trail like any caller. */
export function systemPrincipal(service: string): Principal {
  return { kind: 'system', subject: service, roles: [], permissions: new Set() };
}
