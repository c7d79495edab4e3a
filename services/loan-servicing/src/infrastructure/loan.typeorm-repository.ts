import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Decimal } from '@crm/kernel';
import type { LoanStatus, RiskSeverity } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { LoanRepository } from '../application/loan.repository';
import type { LoanAccount, Repayment } from '../domain/loan';
import type {
  AmortizationMethod,
  DaysInMonthType,
  DaysInYearType,
  InterestMethod,
  NonWorkingDayRule,
  RepaymentFrequency,
  RoundingMode,
} from '../domain/loan-terms';
import type { Installment } from '../domain/schedule/installment';
import { allocationFromJson, allocationToJson } from './json-codecs';

interface LoanRow {
  id: string;
  customer_id: string;
  product_code: string;
  currency: string;
  principal: string;
  annual_interest_rate: string;
  number_of_repayments: number;
  repayment_frequency: RepaymentFrequency;
  amortization_method: AmortizationMethod;
  interest_method: InterestMethod;
  days_in_year_type: DaysInYearType;
  days_in_month_type: DaysInMonthType;
  disbursement_date: string;
  first_repayment_date: string;
  calendar_country: string;
  calendar_region: string | null;
  non_working_day_rule: NonWorkingDayRule;
  time_zone: string;
  rounding_mode: RoundingMode;
  installment_fee: string;
  status: LoanStatus;
  credit: string;
  schedule_version: number;
  days_past_due: number;
  delinquency_bucket: string | null;
  risk_severity: RiskSeverity;
  risk_reasons: string[];
  boarded_at: Date;
  closed_at: Date | null;
}

interface InstallmentRow {
  number: number;
  period_start: string;
  period_end: string;
  due_date: string;
  principal: string;
  interest: string;
  fees: string;
  penalties: string;
  principal_balance_after: string;
  principal_paid: string;
  interest_paid: string;
  fees_paid: string;
  penalties_paid: string;
}

interface RepaymentRow {
  id: string;
  loan_id: string;
  amount: string;
  paid_at: Date;
  paid_on: string;
  allocation: Record<string, unknown> | null;
  recorded_at: Date;
  reversed_at: Date | null;
}

// Dates come back as text: `date` columns are cast so that no time zone can shift a due date.
const LOAN_COLUMNS = `id, customer_id, product_code, currency, principal::text, annual_interest_rate::text,
  number_of_repayments, repayment_frequency, amortization_method, interest_method, days_in_year_type,
  days_in_month_type, disbursement_date::text, first_repayment_date::text, calendar_country, calendar_region,
  non_working_day_rule, time_zone, rounding_mode, installment_fee::text, status, credit::text,
  schedule_version, days_past_due, delinquency_bucket, risk_severity, risk_reasons, boarded_at, closed_at`;

function toLoan(row: LoanRow): LoanAccount {
  return {
    id: row.id,
    customerId: row.customer_id,
    productCode: row.product_code,
    terms: {
      principal: new Decimal(row.principal),
      currency: row.currency,
      annualInterestRate: new Decimal(row.annual_interest_rate),
      numberOfRepayments: row.number_of_repayments,
      repaymentFrequency: row.repayment_frequency,
      amortizationMethod: row.amortization_method,
      interestMethod: row.interest_method,
      daysInYearType: row.days_in_year_type,
      daysInMonthType: row.days_in_month_type,
      disbursementDate: row.disbursement_date,
      firstRepaymentDate: row.first_repayment_date,
      nonWorkingDayRule: row.non_working_day_rule,
      roundingMode: row.rounding_mode,
      installmentFee: new Decimal(row.installment_fee),
    },
    calendarCountry: row.calendar_country,
    calendarRegion: row.calendar_region,
    timeZone: row.time_zone,
    status: row.status,
    credit: new Decimal(row.credit),
    scheduleVersion: row.schedule_version,
    daysPastDue: row.days_past_due,
    delinquencyBucket: row.delinquency_bucket,
    riskSeverity: row.risk_severity,
    riskReasons: row.risk_reasons,
    boardedAt: row.boarded_at,
    closedAt: row.closed_at,
  };
}

function toInstallment(row: InstallmentRow): Installment {
  return {
    number: row.number,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    dueDate: row.due_date,
    principal: new Decimal(row.principal),
    interest: new Decimal(row.interest),
    fees: new Decimal(row.fees),
    penalties: new Decimal(row.penalties),
    principalBalanceAfter: new Decimal(row.principal_balance_after),
    paid: {
      principal: new Decimal(row.principal_paid),
      interest: new Decimal(row.interest_paid),
      fees: new Decimal(row.fees_paid),
      penalties: new Decimal(row.penalties_paid),
    },
  };
}

function toRepayment(row: RepaymentRow): Repayment {
  return {
    id: row.id,
    loanId: row.loan_id,
    amount: new Decimal(row.amount),
    paidAt: row.paid_at,
    paidOn: row.paid_on,
    allocation: row.allocation ? allocationFromJson(row.allocation) : null,
    recordedAt: row.recorded_at,
    reversedAt: row.reversed_at,
  };
}

@Injectable()
export class LoanTypeOrmRepository extends LoanRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return activeManager(this.dataSource).query(sql, parameters) as Promise<T[]>;
  }

  async add(loan: LoanAccount, schedule: Installment[]): Promise<void> {
    const t = loan.terms;
    await this.query(
      `INSERT INTO loans (id, customer_id, product_code, currency, principal, annual_interest_rate,
         number_of_repayments, repayment_frequency, amortization_method, interest_method, days_in_year_type,
         days_in_month_type, disbursement_date, first_repayment_date, calendar_country, calendar_region,
         non_working_day_rule, time_zone, rounding_mode, installment_fee, status, credit, schedule_version,
         days_past_due, delinquency_bucket, risk_severity, risk_reasons, boarded_at, closed_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29)`,
      [
        loan.id,
        loan.customerId,
        loan.productCode,
        t.currency,
        t.principal.toString(),
        t.annualInterestRate.toString(),
        t.numberOfRepayments,
        t.repaymentFrequency,
        t.amortizationMethod,
        t.interestMethod,
        t.daysInYearType,
        t.daysInMonthType,
        t.disbursementDate,
        t.firstRepaymentDate,
        loan.calendarCountry,
        loan.calendarRegion,
        t.nonWorkingDayRule,
        loan.timeZone,
        t.roundingMode,
        t.installmentFee.toString(),
        loan.status,
        loan.credit.toString(),
        loan.scheduleVersion,
        loan.daysPastDue,
        loan.delinquencyBucket,
        loan.riskSeverity,
        JSON.stringify(loan.riskReasons),
        loan.boardedAt,
        loan.closedAt,
      ],
    );
    await this.addScheduleVersion(loan.id, loan.scheduleVersion, schedule);
  }

  async find(id: string): Promise<LoanAccount | undefined> {
    const [row] = await this.query<LoanRow>(`SELECT ${LOAN_COLUMNS} FROM loans WHERE id = $1`, [id]);
    return row ? toLoan(row) : undefined;
  }

  async lock(id: string, options: { skipLocked?: boolean } = {}): Promise<LoanAccount | undefined> {
    const [row] = await this.query<LoanRow>(
      `SELECT ${LOAN_COLUMNS} FROM loans WHERE id = $1 FOR UPDATE${options.skipLocked ? ' SKIP LOCKED' : ''}`,
      [id],
    );
    return row ? toLoan(row) : undefined;
  }

  async update(loan: LoanAccount): Promise<void> {
    await this.query(
      `UPDATE loans SET number_of_repayments = $2, status = $3, credit = $4, schedule_version = $5,
         days_past_due = $6, delinquency_bucket = $7, risk_severity = $8, risk_reasons = $9, closed_at = $10
       WHERE id = $1`,
      [
        loan.id,
        loan.terms.numberOfRepayments,
        loan.status,
        loan.credit.toString(),
        loan.scheduleVersion,
        loan.daysPastDue,
        loan.delinquencyBucket,
        loan.riskSeverity,
        JSON.stringify(loan.riskReasons),
        loan.closedAt,
      ],
    );
  }

  async listByCustomer(
    customerId: string,
    limit: number,
    after?: { boardedAt: string; id: string },
  ): Promise<LoanAccount[]> {
    const rows = after
      ? await this.query<LoanRow>(
          `SELECT ${LOAN_COLUMNS} FROM loans WHERE customer_id = $1 AND (boarded_at, id) > ($2::timestamptz, $3::uuid)
           ORDER BY boarded_at, id LIMIT $4`,
          [customerId, after.boardedAt, after.id, limit],
        )
      : await this.query<LoanRow>(
          `SELECT ${LOAN_COLUMNS} FROM loans WHERE customer_id = $1 ORDER BY boarded_at, id LIMIT $2`,
          [customerId, limit],
        );
    return rows.map(toLoan);
  }

  async loansDueForDailyRun(now: Date): Promise<string[]> {
    // The business date is computed per loan in its own time zone, from the injected clock's instant.
    const rows = await this.query<{ id: string }>(
      `SELECT l.id FROM loans l
       WHERE l.status = 'ACTIVE'
         AND NOT EXISTS (
           SELECT 1 FROM loan_run_claims c
           WHERE c.loan_id = l.id AND c.kind = 'daily-run'
             AND c.key = to_char($1::timestamptz AT TIME ZONE l.time_zone, 'YYYY-MM-DD'))
       ORDER BY l.id`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  async schedule(loanId: string, version: number): Promise<Installment[]> {
    const rows = await this.query<InstallmentRow>(
      `SELECT number, period_start::text, period_end::text, due_date::text, principal::text, interest::text,
         fees::text, penalties::text, principal_balance_after::text, principal_paid::text, interest_paid::text,
         fees_paid::text, penalties_paid::text
       FROM loan_installments WHERE loan_id = $1 AND schedule_version = $2 ORDER BY number`,
      [loanId, version],
    );
    return rows.map(toInstallment);
  }

  async addScheduleVersion(loanId: string, version: number, installments: Installment[]): Promise<void> {
    // One statement per schedule, however long: unnest of parallel arrays.
    const column = <T>(pick: (i: Installment) => T) => installments.map(pick);
    await this.query(
      `INSERT INTO loan_installments (loan_id, schedule_version, number, period_start, period_end, due_date,
         principal, interest, fees, penalties, principal_balance_after, principal_paid, interest_paid, fees_paid,
         penalties_paid)
       SELECT $1, $2, * FROM unnest($3::int[], $4::date[], $5::date[], $6::date[], $7::numeric[], $8::numeric[],
         $9::numeric[], $10::numeric[], $11::numeric[], $12::numeric[], $13::numeric[], $14::numeric[], $15::numeric[])`,
      [
        loanId,
        version,
        column((i) => i.number),
        column((i) => i.periodStart),
        column((i) => i.periodEnd),
        column((i) => i.dueDate),
        column((i) => i.principal.toString()),
        column((i) => i.interest.toString()),
        column((i) => i.fees.toString()),
        column((i) => i.penalties.toString()),
        column((i) => i.principalBalanceAfter.toString()),
        column((i) => i.paid.principal.toString()),
        column((i) => i.paid.interest.toString()),
        column((i) => i.paid.fees.toString()),
        column((i) => i.paid.penalties.toString()),
      ],
    );
  }

  async savePaid(loanId: string, version: number, installments: Installment[]): Promise<void> {
    await this.query(
      `UPDATE loan_installments AS i SET principal_paid = p.principal, interest_paid = p.interest,
         fees_paid = p.fees, penalties_paid = p.penalties
       FROM unnest($3::int[], $4::numeric[], $5::numeric[], $6::numeric[], $7::numeric[])
         AS p(number, principal, interest, fees, penalties)
       WHERE i.loan_id = $1 AND i.schedule_version = $2 AND i.number = p.number`,
      [
        loanId,
        version,
        installments.map((i) => i.number),
        installments.map((i) => i.paid.principal.toString()),
        installments.map((i) => i.paid.interest.toString()),
        installments.map((i) => i.paid.fees.toString()),
        installments.map((i) => i.paid.penalties.toString()),
      ],
    );
  }

  async repayments(loanId: string): Promise<Repayment[]> {
    const rows = await this.query<RepaymentRow>(
      `SELECT id, loan_id, amount::text, paid_at, paid_on::text, allocation, recorded_at, reversed_at
       FROM loan_repayments WHERE loan_id = $1 ORDER BY paid_on, recorded_at, id`,
      [loanId],
    );
    return rows.map(toRepayment);
  }

  async addRepayment(r: Repayment): Promise<void> {
    await this.query(
      `INSERT INTO loan_repayments (id, loan_id, amount, paid_at, paid_on, allocation, recorded_at, reversed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        r.id,
        r.loanId,
        r.amount.toString(),
        r.paidAt,
        r.paidOn,
        r.allocation ? JSON.stringify(allocationToJson(r.allocation)) : null,
        r.recordedAt,
        r.reversedAt,
      ],
    );
  }

  async saveRepayment(r: Repayment): Promise<void> {
    await this.query(`UPDATE loan_repayments SET allocation = $2, reversed_at = $3 WHERE id = $1`, [
      r.id,
      r.allocation ? JSON.stringify(allocationToJson(r.allocation)) : null,
      r.reversedAt,
    ]);
  }

  async claim(loanId: string, kind: string, key: string, at: Date): Promise<boolean> {
    const rows = await this.query<{ key: string }>(
      `INSERT INTO loan_run_claims (loan_id, kind, key, claimed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING key`,
      [loanId, kind, key, at],
    );
    return rows.length === 1;
  }
}
