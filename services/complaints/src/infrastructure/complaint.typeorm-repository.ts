import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '@crm/kernel';
import { activeManager } from '@crm/persistence';
import { ComplaintRepository, type ComplaintPosition } from '../application/complaint.repository';
import { Complaint, type ComplaintSnapshot, type ComplaintStatus } from '../domain/complaint';
import { endOf } from '../domain/regulatory-clock/regulatory-clock';
import { ComplaintClockOrmEntity, ComplaintOrmEntity } from './complaint.orm-entity';

/** The snapshot fields kept in their own columns; the rest goes to `details`. */
type ColumnFields =
  | 'id'
  | 'customerId'
  | 'status'
  | 'regime'
  | 'jurisdiction'
  | 'language'
  | 'product'
  | 'issue'
  | 'submittedVia'
  | 'receivedAt'
  | 'recordedAt'
  | 'description'
  | 'desiredOutcome'
  | 'handlerId'
  | 'redactedAt'
  | 'version';
type Details = Omit<ComplaintSnapshot, ColumnFields>;

/** The row as TypeORM writes it (the jsonb column takes the details object as is). */
function toRow(c: Readonly<ComplaintSnapshot>, version: number): QueryDeepPartialEntity<ComplaintOrmEntity> {
  const {
    id,
    customerId,
    status,
    regime,
    jurisdiction,
    language,
    product,
    issue,
    submittedVia,
    receivedAt,
    recordedAt,
    description,
    desiredOutcome,
    handlerId,
    redactedAt,
    version: _version,
    ...details
  } = c;
  return {
    id,
    customerId,
    status,
    regime,
    jurisdiction,
    language,
    product,
    issue,
    submittedVia,
    receivedAt,
    recordedAt,
    description,
    desiredOutcome,
    handlerId: handlerId ?? null,
    rootCause: c.closure?.rootCause ?? null,
    resolvedAt: c.resolution ? new Date(c.resolution.resolvedAt) : null,
    redactedAt: redactedAt ?? null,
    details: details as unknown as QueryDeepPartialEntity<Record<string, unknown>>,
    version,
  };
}

function fromRow(row: ComplaintOrmEntity): Complaint {
  const details = row.details as unknown as Details;
  return Complaint.restore({
    ...details,
    id: row.id,
    customerId: row.customerId,
    status: row.status as ComplaintStatus,
    regime: row.regime as ComplaintSnapshot['regime'],
    jurisdiction: row.jurisdiction,
    language: row.language,
    product: row.product,
    issue: row.issue,
    submittedVia: row.submittedVia as ComplaintSnapshot['submittedVia'],
    receivedAt: row.receivedAt,
    recordedAt: row.recordedAt,
    description: row.description,
    desiredOutcome: row.desiredOutcome,
    ...(row.handlerId ? { handlerId: row.handlerId } : {}),
    ...(row.redactedAt ? { redactedAt: row.redactedAt } : {}),
    version: row.version,
  });
}

@Injectable()
export class ComplaintTypeOrmRepository extends ComplaintRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(complaint: Complaint): Promise<void> {
    await activeManager(this.dataSource).insert(
      ComplaintOrmEntity,
      toRow(complaint.snapshot, complaint.snapshot.version),
    );
    await this.writeClocks(complaint);
  }

  async save(complaint: Complaint): Promise<void> {
    const c = complaint.snapshot;
    const result = await activeManager(this.dataSource)
      .createQueryBuilder()
      .update(ComplaintOrmEntity)
      .set(toRow(c, c.version + 1))
      .where('id = :id AND version = :version', { id: c.id, version: c.version })
      .execute();
    if (result.affected !== 1) {
      throw new DomainError(
        'COMPLAINT_CHANGED_CONCURRENTLY',
        'conflict',
        'the complaint changed meanwhile; retry',
      );
    }
    complaint.recordSaved(c.version + 1);
    await this.writeClocks(complaint);
  }

  /** The scheduler's view of the clock: only obligations not yet met, on complaints still open, are watched. */
  private async writeClocks(complaint: Complaint): Promise<void> {
    const c = complaint.snapshot;
    const manager = activeManager(this.dataSource);
    await manager.delete(ComplaintClockOrmEntity, { complaintId: c.id });
    const rows = c.clock.milestones.map((m) => ({
      complaintId: c.id,
      milestone: m.milestone,
      dueDate: m.dueDate,
      timeZone: c.clock.timeZone,
      startsAt: new Date(c.clock.startedAt),
      dueAt: endOf(m.dueDate, c.clock.timeZone),
      isWatched: m.isObligation && !m.met && complaint.isOpen,
    }));
    if (rows.length > 0) await manager.insert(ComplaintClockOrmEntity, rows);
  }

  async findById(id: string, forUpdate = false): Promise<Complaint | undefined> {
    const row = await activeManager(this.dataSource).findOne(ComplaintOrmEntity, {
      where: { id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return row ? fromRow(row) : undefined;
  }

  async list(filter: {
    customerId?: string;
    status?: ComplaintStatus;
    limit: number;
    before?: ComplaintPosition;
  }): Promise<Complaint[]> {
    const query = activeManager(this.dataSource)
      .createQueryBuilder(ComplaintOrmEntity, 'c')
      .orderBy('c.recorded_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(filter.limit);
    if (filter.customerId) query.andWhere('c.customer_id = :customerId', { customerId: filter.customerId });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.before) {
      query.andWhere('(c.recorded_at, c.id) < (:at, :id)', {
        at: filter.before.recordedAt,
        id: filter.before.id,
      });
    }
    return (await query.getMany()).map(fromRow);
  }

  async activeBetween(from: Date, to: Date): Promise<Complaint[]> {
    const rows = await activeManager(this.dataSource)
      .createQueryBuilder(ComplaintOrmEntity, 'c')
      .where(
        '(c.received_at >= :from AND c.received_at < :to) OR (c.resolved_at >= :from AND c.resolved_at < :to)',
        {
          from,
          to,
        },
      )
      .orderBy('c.received_at', 'ASC')
      .getMany();
    return rows.map(fromRow);
  }

  async findByCustomer(customerId: string): Promise<Complaint[]> {
    const rows = await activeManager(this.dataSource).find(ComplaintOrmEntity, {
      where: { customerId },
      lock: { mode: 'pessimistic_write' },
    });
    return rows.map(fromRow);
  }
}
