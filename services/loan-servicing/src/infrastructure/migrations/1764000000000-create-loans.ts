import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLoans1764000000000 implements MigrationInterface {
  name = 'CreateLoans1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE loans (
        id                     uuid PRIMARY KEY,
        customer_id            uuid NOT NULL,
        product_code           text NOT NULL,
        currency               char(3) NOT NULL,
        principal              numeric NOT NULL,
        annual_interest_rate   numeric NOT NULL,
        number_of_repayments   integer NOT NULL,
        repayment_frequency    text NOT NULL,
        amortization_method    text NOT NULL,
        interest_method        text NOT NULL,
        days_in_year_type      text NOT NULL,
        days_in_month_type     text NOT NULL,
        disbursement_date      date NOT NULL,
        first_repayment_date   date NOT NULL,
        calendar_country       char(2) NOT NULL,
        calendar_region        text,
        non_working_day_rule   text NOT NULL,
        time_zone              text NOT NULL,
        rounding_mode          text NOT NULL,
        installment_fee        numeric NOT NULL,
        status                 text NOT NULL,
        credit                 numeric NOT NULL DEFAULT 0,
        schedule_version       integer NOT NULL DEFAULT 1,
        days_past_due          integer NOT NULL DEFAULT 0,
        delinquency_bucket     text,
        risk_severity          text NOT NULL DEFAULT 'none',
        risk_reasons           jsonb NOT NULL DEFAULT '[]',
        boarded_at             timestamptz NOT NULL,
        closed_at              timestamptz
      )`);
    await db.query(`CREATE INDEX loans_customer ON loans (customer_id, boarded_at, id)`);
    await db.query(`CREATE INDEX loans_active ON loans (id) WHERE status = 'ACTIVE'`);
    // Every schedule version is kept: a restructure adds a version, it never rewrites history.
    await db.query(`
      CREATE TABLE loan_installments (
        loan_id                 uuid NOT NULL REFERENCES loans (id),
        schedule_version        integer NOT NULL,
        number                  integer NOT NULL,
        period_start            date NOT NULL,
        period_end              date NOT NULL,
        due_date                date NOT NULL,
        principal               numeric NOT NULL,
        interest                numeric NOT NULL,
        fees                    numeric NOT NULL,
        penalties               numeric NOT NULL,
        principal_balance_after numeric NOT NULL,
        principal_paid          numeric NOT NULL DEFAULT 0,
        interest_paid           numeric NOT NULL DEFAULT 0,
        fees_paid               numeric NOT NULL DEFAULT 0,
        penalties_paid          numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (loan_id, schedule_version, number)
      )`);
    await db.query(`
      CREATE TABLE loan_repayments (
        id          uuid PRIMARY KEY,
        loan_id     uuid NOT NULL REFERENCES loans (id),
        amount      numeric NOT NULL,
        paid_at     timestamptz NOT NULL,
        paid_on     date NOT NULL,
        allocation  jsonb,
        recorded_at timestamptz NOT NULL,
        reversed_at timestamptz
      )`);
    await db.query(`CREATE INDEX loan_repayments_loan ON loan_repayments (loan_id, paid_on, recorded_at)`);
    // The daily run's claims: one row per thing fired, so that replicas fire each exactly once.
    await db.query(`
      CREATE TABLE loan_run_claims (
        loan_id    uuid NOT NULL,
        kind       text NOT NULL,
        key        text NOT NULL,
        claimed_at timestamptz NOT NULL,
        PRIMARY KEY (loan_id, kind, key)
      )`);
    await db.query(`
      CREATE TABLE hardship_requests (
        id                uuid PRIMARY KEY,
        loan_id           uuid NOT NULL REFERENCES loans (id),
        customer_id       uuid NOT NULL,
        reasons           jsonb NOT NULL,
        monthly_income    numeric NOT NULL,
        monthly_expenses  numeric NOT NULL,
        requested_help    jsonb NOT NULL,
        channel           text NOT NULL,
        language          text NOT NULL,
        notes             text,
        status            text NOT NULL,
        requested_at      timestamptz NOT NULL,
        proposed_preview_id uuid,
        proposed_by       text,
        proposed_at       timestamptz,
        acceptance        jsonb,
        approved_by       text,
        approved_at       timestamptz
      )`);
    await db.query(`CREATE INDEX hardship_requests_loan ON hardship_requests (loan_id, requested_at)`);
    await db.query(`
      CREATE TABLE hardship_previews (
        id               uuid PRIMARY KEY,
        request_id       uuid NOT NULL REFERENCES hardship_requests (id),
        loan_id          uuid NOT NULL REFERENCES loans (id),
        option           text NOT NULL,
        parameters       jsonb NOT NULL,
        based_on_version integer NOT NULL,
        starts_on        date NOT NULL,
        ends_on          date,
        installments     jsonb NOT NULL,
        created_at       timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE hardship_arrangements (
        id          uuid PRIMARY KEY,
        loan_id     uuid NOT NULL REFERENCES loans (id),
        request_id  uuid NOT NULL REFERENCES hardship_requests (id),
        option      text NOT NULL,
        starts_on   date NOT NULL,
        ends_on     date,
        status      text NOT NULL,
        end_reason  text,
        started_at  timestamptz NOT NULL,
        ended_at    timestamptz
      )`);
    await db.query(`CREATE INDEX hardship_arrangements_loan ON hardship_arrangements (loan_id, starts_on)`);
    // Local copies from other services' events (event-carried state transfer).
    await db.query(`
      CREATE TABLE loan_customers (
        customer_id   uuid PRIMARY KEY,
        locale        text,
        time_zone     text,
        adjustments   jsonb NOT NULL DEFAULT '[]',
        updated_at    timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE loan_complaints (
        complaint_id uuid PRIMARY KEY,
        loan_id      uuid NOT NULL,
        customer_id  uuid NOT NULL,
        is_open      boolean NOT NULL,
        updated_at   timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX loan_complaints_loan ON loan_complaints (loan_id) WHERE is_open`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'loan_complaints',
      'loan_customers',
      'hardship_arrangements',
      'hardship_previews',
      'hardship_requests',
      'loan_run_claims',
      'loan_repayments',
      'loan_installments',
      'loans',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
