import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Decimal } from '@crm/kernel';
import type { HardshipOption } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { HardshipRepository, type HardshipPreview } from '../application/hardship.repository';
import type {
  HardshipAcceptance,
  HardshipArrangement,
  HardshipReason,
  HardshipRequest,
  HardshipRequestStatus,
} from '../domain/hardship';
import { installmentsFromJson, installmentsToJson } from './json-codecs';

interface RequestRow {
  id: string;
  loan_id: string;
  customer_id: string;
  reasons: HardshipReason[];
  monthly_income: string;
  monthly_expenses: string;
  requested_help: HardshipOption[];
  channel: string;
  language: string;
  notes: string | null;
  status: HardshipRequestStatus;
  requested_at: Date;
  proposed_preview_id: string | null;
  proposed_by: string | null;
  proposed_at: Date | null;
  acceptance: (Omit<HardshipAcceptance, 'acceptedAt'> & { acceptedAt: string }) | null;
  approved_by: string | null;
  approved_at: Date | null;
}

interface PreviewRow {
  id: string;
  request_id: string;
  loan_id: string;
  option: HardshipOption;
  parameters: Record<string, unknown>;
  based_on_version: number;
  starts_on: string;
  ends_on: string | null;
  installments: Record<string, unknown>[];
  created_at: Date;
}

interface ArrangementRow {
  id: string;
  loan_id: string;
  request_id: string;
  option: HardshipOption;
  starts_on: string;
  ends_on: string | null;
  status: 'ACTIVE' | 'ENDED';
  end_reason: HardshipArrangement['endReason'];
  started_at: Date;
  ended_at: Date | null;
}

function toRequest(row: RequestRow): HardshipRequest {
  return {
    id: row.id,
    loanId: row.loan_id,
    customerId: row.customer_id,
    reasons: row.reasons,
    monthlyIncome: new Decimal(row.monthly_income),
    monthlyExpenses: new Decimal(row.monthly_expenses),
    requestedHelp: row.requested_help,
    channel: row.channel,
    language: row.language,
    notes: row.notes,
    status: row.status,
    requestedAt: row.requested_at,
    proposal:
      row.proposed_preview_id && row.proposed_by && row.proposed_at
        ? { previewId: row.proposed_preview_id, proposedBy: row.proposed_by, proposedAt: row.proposed_at }
        : null,
    acceptance: row.acceptance
      ? { ...row.acceptance, acceptedAt: new Date(row.acceptance.acceptedAt) }
      : null,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
  };
}

const REQUEST_COLUMNS = `id, loan_id, customer_id, reasons, monthly_income::text, monthly_expenses::text,
  requested_help, channel, language, notes, status, requested_at, proposed_preview_id, proposed_by, proposed_at,
  acceptance, approved_by, approved_at`;

@Injectable()
export class HardshipTypeOrmRepository extends HardshipRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return activeManager(this.dataSource).query(sql, parameters) as Promise<T[]>;
  }

  async addRequest(r: HardshipRequest): Promise<void> {
    await this.query(
      `INSERT INTO hardship_requests (id, loan_id, customer_id, reasons, monthly_income, monthly_expenses,
         requested_help, channel, language, notes, status, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        r.id,
        r.loanId,
        r.customerId,
        JSON.stringify(r.reasons),
        r.monthlyIncome.toString(),
        r.monthlyExpenses.toString(),
        JSON.stringify(r.requestedHelp),
        r.channel,
        r.language,
        r.notes,
        r.status,
        r.requestedAt,
      ],
    );
  }

  async findRequest(loanId: string, id: string): Promise<HardshipRequest | undefined> {
    const [row] = await this.query<RequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM hardship_requests WHERE loan_id = $1 AND id = $2`,
      [loanId, id],
    );
    return row ? toRequest(row) : undefined;
  }

  async saveRequest(r: HardshipRequest): Promise<void> {
    await this.query(
      `UPDATE hardship_requests SET status = $2, proposed_preview_id = $3, proposed_by = $4, proposed_at = $5,
         acceptance = $6, approved_by = $7, approved_at = $8, notes = $9
       WHERE id = $1`,
      [
        r.id,
        r.status,
        r.proposal?.previewId ?? null,
        r.proposal?.proposedBy ?? null,
        r.proposal?.proposedAt ?? null,
        r.acceptance
          ? JSON.stringify({ ...r.acceptance, acceptedAt: r.acceptance.acceptedAt.toISOString() })
          : null,
        r.approvedBy,
        r.approvedAt,
        r.notes,
      ],
    );
  }

  async hasRequestSince(loanId: string, since: Date): Promise<boolean> {
    const rows = await this.query(
      `SELECT 1 FROM hardship_requests WHERE loan_id = $1 AND requested_at >= $2 LIMIT 1`,
      [loanId, since],
    );
    return rows.length > 0;
  }

  async addPreview(p: HardshipPreview): Promise<void> {
    await this.query(
      `INSERT INTO hardship_previews (id, request_id, loan_id, option, parameters, based_on_version, starts_on,
         ends_on, installments, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        p.id,
        p.requestId,
        p.loanId,
        p.option,
        JSON.stringify(p.parameters),
        p.basedOnVersion,
        p.startsOn,
        p.endsOn,
        JSON.stringify(installmentsToJson(p.installments)),
        p.createdAt,
      ],
    );
  }

  async findPreview(requestId: string, id: string): Promise<HardshipPreview | undefined> {
    const [row] = await this.query<PreviewRow>(
      `SELECT id, request_id, loan_id, option, parameters, based_on_version, starts_on::text, ends_on::text,
         installments, created_at
       FROM hardship_previews WHERE request_id = $1 AND id = $2`,
      [requestId, id],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      requestId: row.request_id,
      loanId: row.loan_id,
      option: row.option,
      parameters: row.parameters,
      basedOnVersion: row.based_on_version,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      installments: installmentsFromJson(row.installments),
      createdAt: row.created_at,
    };
  }

  async addArrangement(a: HardshipArrangement): Promise<void> {
    await this.query(
      `INSERT INTO hardship_arrangements (id, loan_id, request_id, option, starts_on, ends_on, status, end_reason,
         started_at, ended_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        a.id,
        a.loanId,
        a.requestId,
        a.option,
        a.startsOn,
        a.endsOn,
        a.status,
        a.endReason,
        a.startedAt,
        a.endedAt,
      ],
    );
  }

  async saveArrangement(a: HardshipArrangement): Promise<void> {
    await this.query(
      `UPDATE hardship_arrangements SET ends_on = $2, status = $3, end_reason = $4, ended_at = $5 WHERE id = $1`,
      [a.id, a.endsOn, a.status, a.endReason, a.endedAt],
    );
  }

  async arrangements(loanId: string): Promise<HardshipArrangement[]> {
    const rows = await this.query<ArrangementRow>(
      `SELECT id, loan_id, request_id, option, starts_on::text, ends_on::text, status, end_reason, started_at, ended_at
       FROM hardship_arrangements WHERE loan_id = $1 ORDER BY starts_on, started_at`,
      [loanId],
    );
    return rows.map((row) => ({
      id: row.id,
      loanId: row.loan_id,
      requestId: row.request_id,
      option: row.option,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      status: row.status,
      endReason: row.end_reason,
      startedAt: row.started_at,
      endedAt: row.ended_at,
    }));
  }

  async eraseNotes(customerId: string): Promise<number> {
    const rows = await this.query(
      `UPDATE hardship_requests SET notes = NULL WHERE customer_id = $1 AND notes IS NOT NULL RETURNING id`,
      [customerId],
    );
    return rows.length;
  }
}
