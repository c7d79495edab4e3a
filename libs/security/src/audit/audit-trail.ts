import { Injectable } from '@nestjs/common';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import type { Principal } from '../principal';
import { currentPrincipal } from '../request-context';

export interface AuditEntry {
  /** What was done, e.g. `customer.registered`, `customer.read`, `GET /v1/customers/…` for a refusal. */
  action: string;
  resourceType: string;
  resourceId?: string;
  /** The personal-data fields read or changed. */
  fields?: string[];
  outcome: 'success' | 'denied' | 'failure';
}

export interface AuditRecord extends AuditEntry {
  id: string;
  occurredAt: string;
  actorKind: string;
  subject: string;
  clientId?: string;
  roles: string[];
  traceId?: string;
}

/**
 * Writes the audit trail. Inside a transaction the record commits or rolls back with the change it
 * describes; a read is recorded on its own.
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, principal: Principal | undefined = currentPrincipal()): Promise<void> {
    const span = trace.getActiveSpan()?.spanContext();
    await activeManager(this.dataSource).query(
      `INSERT INTO audit_log (actor_kind, subject, client_id, roles, action, resource_type, resource_id, fields, outcome, trace_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        principal?.kind ?? 'anonymous',
        principal?.subject ?? 'anonymous',
        principal?.clientId ?? null,
        principal?.roles ?? [],
        entry.action,
        entry.resourceType,
        entry.resourceId ?? null,
        entry.fields ?? [],
        entry.outcome,
        span && isSpanContextValid(span) ? span.traceId : null,
      ],
    );
  }
}
