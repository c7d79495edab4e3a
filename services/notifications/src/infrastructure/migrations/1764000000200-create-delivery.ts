import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDelivery1764000000200 implements MigrationInterface {
  name = 'CreateDelivery1764000000200';

  async up(db: QueryRunner): Promise<void> {
    // The local copy of what delivery needs, fed by customer-profile events.
    await db.query(`
      CREATE TABLE recipients (
        customer_id             uuid PRIMARY KEY,
        locale                  text NOT NULL,
        time_zone               text NOT NULL,
        country                 text NOT NULL,
        communication_style     text,
        address_as              jsonb,
        preferred_channels      text[] NOT NULL DEFAULT '{}',
        contact_hours           jsonb,
        contact_points          jsonb NOT NULL DEFAULT '{}',
        observed_festivals      text[] NOT NULL DEFAULT '{}',
        adjustments             text[] NOT NULL DEFAULT '{}',
        has_contact_preferences boolean NOT NULL DEFAULT false,
        erased_at               timestamptz,
        updated_at              timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE recipient_consents (
        customer_id uuid NOT NULL,
        purpose     text NOT NULL,
        channel     text NOT NULL,
        status      text NOT NULL,
        changed_at  timestamptz NOT NULL,
        PRIMARY KEY (customer_id, purpose, channel)
      )`);
    await db.query(`
      CREATE TABLE hardship_arrangements (
        arrangement_id uuid PRIMARY KEY,
        customer_id    uuid NOT NULL,
        loan_id        uuid NOT NULL,
        started_at     timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX hardship_arrangements_customer_idx ON hardship_arrangements (customer_id)`);
    await db.query(`
      CREATE TABLE notifications (
        id                uuid PRIMARY KEY,
        customer_id       uuid NOT NULL,
        workflow          text NOT NULL,
        purpose           text NOT NULL,
        trigger_key       text NOT NULL UNIQUE,
        source_event_id   text,
        source_event_time timestamptz,
        loan_id           uuid,
        team              text,
        params            jsonb,
        status            text NOT NULL,
        reason            text,
        scheduled_for     timestamptz NOT NULL,
        step_index        integer NOT NULL DEFAULT 0,
        channel           text,
        locale            text,
        step_deadline     timestamptz,
        lease_until       timestamptz,
        digest_count      integer NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL,
        updated_at        timestamptz NOT NULL
      )`);
    // The dispatcher's and the fallback job's queues: partial indexes stay small as history grows.
    await db.query(
      `CREATE INDEX notifications_due_idx ON notifications (scheduled_for) WHERE status IN ('scheduled', 'deferred')`,
    );
    await db.query(
      `CREATE INDEX notifications_lease_idx ON notifications (lease_until) WHERE status = 'sending'`,
    );
    await db.query(
      `CREATE INDEX notifications_deadline_idx ON notifications (step_deadline) WHERE status = 'sent' AND step_deadline IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX notifications_customer_idx ON notifications (customer_id, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX notifications_loan_idx ON notifications (loan_id) WHERE loan_id IS NOT NULL`,
    );
    // One row per message key: the same trigger, workflow, step and channel can never be sent twice.
    await db.query(`
      CREATE TABLE notification_deliveries (
        message_key         text PRIMARY KEY,
        notification_id     uuid NOT NULL REFERENCES notifications (id),
        step_index          integer NOT NULL,
        channel             text NOT NULL,
        status              text NOT NULL,
        provider            text,
        provider_message_id text,
        address             text,
        subject             text,
        body                text,
        locale              text NOT NULL,
        direction           text NOT NULL,
        attempts            jsonb NOT NULL DEFAULT '[]',
        error               text,
        created_at          timestamptz NOT NULL,
        sent_at             timestamptz,
        updated_at          timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX notification_deliveries_notification_idx ON notification_deliveries (notification_id)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX notification_deliveries_provider_idx ON notification_deliveries (provider, provider_message_id) WHERE provider_message_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE inbox_messages (
        id              uuid PRIMARY KEY,
        customer_id     uuid NOT NULL,
        notification_id uuid NOT NULL,
        message_key     text NOT NULL UNIQUE,
        subject         text,
        body            text,
        locale          text NOT NULL,
        direction       text NOT NULL,
        created_at      timestamptz NOT NULL,
        read_at         timestamptz
      )`);
    await db.query(
      `CREATE INDEX inbox_messages_customer_idx ON inbox_messages (customer_id, created_at DESC, id DESC)`,
    );
    await db.query(`
      CREATE TABLE staff_tasks (
        id              uuid PRIMARY KEY,
        team            text NOT NULL,
        kind            text NOT NULL,
        customer_id     uuid NOT NULL,
        notification_id uuid NOT NULL,
        message_key     text NOT NULL UNIQUE,
        subject         text,
        body            text,
        created_at      timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX staff_tasks_team_idx ON staff_tasks (team, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX staff_tasks_customer_idx ON staff_tasks (customer_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP TABLE staff_tasks, inbox_messages, notification_deliveries, notifications, hardship_arrangements, recipient_consents, recipients`,
    );
  }
}
