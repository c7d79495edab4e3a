import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInteractionsFollowUpsSurveys1764000000000 implements MigrationInterface {
  name = 'CreateInteractionsFollowUpsSurveys1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE timeline_entries ADD COLUMN interaction_id uuid`);
    await db.query(`ALTER TABLE timeline_entries ADD COLUMN is_superseded boolean NOT NULL DEFAULT false`);
    // The type and channel filters of a long timeline walk these in order instead of filtering the
    // customer's whole history: the first page of `?type=` reads 51 index entries, not all of them.
    await db.query(
      `CREATE INDEX timeline_entries_customer_type_time_idx ON timeline_entries (customer_id, type, occurred_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX timeline_entries_customer_channel_time_idx ON timeline_entries (customer_id, channel, occurred_at DESC, id DESC)`,
    );

    await db.query(`
      CREATE TABLE interactions (
        id               uuid PRIMARY KEY,
        customer_id      uuid NOT NULL,
        channel          text NOT NULL,
        direction        text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
        occurred_at      timestamptz NOT NULL,
        language         text NOT NULL,
        interpreter_used boolean NOT NULL,
        staff_id         text,
        team             text,
        summary          text,
        summary_erased_at timestamptz,
        outcome          text NOT NULL,
        topics           text[] NOT NULL DEFAULT '{}',
        loan_id          uuid,
        complaint_id     uuid,
        -- A correction supersedes exactly one interaction, and each is superseded at most once: a chain.
        supersedes       uuid UNIQUE REFERENCES interactions (id),
        recorded_at      timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX interactions_customer_time_idx ON interactions (customer_id, occurred_at DESC)`,
    );

    await db.query(`
      CREATE TABLE customer_copies (
        customer_id         uuid PRIMARY KEY,
        locale              text,
        time_zone           text,
        preferred_channels  text[] NOT NULL DEFAULT '{}',
        contact_hours_start text,
        contact_hours_end   text
      )`);

    await db.query(`
      CREATE TABLE follow_ups (
        id                        uuid PRIMARY KEY,
        customer_id               uuid NOT NULL,
        due_at                    timestamptz NOT NULL,
        reason                    text NOT NULL,
        assigned_staff_id         text,
        assigned_team             text,
        interaction_id            uuid,
        complaint_id              uuid,
        loan_id                   uuid,
        created_at                timestamptz NOT NULL,
        completed_at              timestamptz,
        completion_interaction_id uuid,
        -- Set in the transaction that publishes the event: the claim that makes each fire once.
        due_fired_at              timestamptz,
        overdue_fired_at          timestamptz,
        CHECK (assigned_staff_id IS NOT NULL OR assigned_team IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX follow_ups_open_due_idx ON follow_ups (due_at) WHERE completed_at IS NULL`);
    await db.query(
      `CREATE INDEX follow_ups_team_idx ON follow_ups (assigned_team, due_at, id) WHERE completed_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX follow_ups_staff_idx ON follow_ups (assigned_staff_id, due_at, id) WHERE completed_at IS NULL`,
    );
    await db.query(`CREATE INDEX follow_ups_customer_idx ON follow_ups (customer_id)`);

    await db.query(`
      CREATE TABLE surveys (
        id           uuid PRIMARY KEY,
        customer_id  uuid NOT NULL,
        trigger      text NOT NULL,
        trigger_id   uuid NOT NULL,
        channel      text,
        language     text,
        team         text,
        invited_at   timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        responded_at timestamptz,
        csat         smallint CHECK (csat BETWEEN 1 AND 5),
        nps          smallint CHECK (nps BETWEEN 0 AND 10),
        comment      text,
        -- One survey per trigger, however often the trigger's event is delivered or replayed.
        CONSTRAINT surveys_one_per_trigger UNIQUE (trigger, trigger_id)
      )`);
    await db.query(
      `CREATE INDEX surveys_responded_idx ON surveys (responded_at) WHERE responded_at IS NOT NULL`,
    );
    await db.query(`CREATE INDEX surveys_customer_idx ON surveys (customer_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE surveys`);
    await db.query(`DROP TABLE follow_ups`);
    await db.query(`DROP TABLE customer_copies`);
    await db.query(`DROP TABLE interactions`);
    await db.query(`DROP INDEX timeline_entries_customer_channel_time_idx`);
    await db.query(`DROP INDEX timeline_entries_customer_type_time_idx`);
    await db.query(`ALTER TABLE timeline_entries DROP COLUMN is_superseded`);
    await db.query(`ALTER TABLE timeline_entries DROP COLUMN interaction_id`);
  }
}
