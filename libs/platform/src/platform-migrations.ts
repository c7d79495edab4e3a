import { CreateOutboxAndInbox1732000000000 } from '@crm/messaging';
import { CreateAuditLog1732000000001 } from '@crm/security';
import { CreateIdempotencyKeys1732000000002 } from './idempotency/1732000000002-create-idempotency-keys';
import type { ServiceDescriptor } from './service-descriptor';

/** A service's migrations in order: the platform's tables (outbox, inbox, audit, idempotency), then its own. */
export function serviceMigrations(descriptor: ServiceDescriptor): ServiceDescriptor['migrations'] {
  return [
    CreateOutboxAndInbox1732000000000,
    CreateAuditLog1732000000001,
    CreateIdempotencyKeys1732000000002,
    ...descriptor.migrations,
  ];
}
