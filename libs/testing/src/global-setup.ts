import { provideTestInfrastructure } from './infrastructure';

/** Jest global setup: finds or starts PostgreSQL and Kafka once; workers read the settings from env. */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await provideTestInfrastructure();
  process.env.CRM_TEST_ADMIN_DATABASE_URL = infrastructure.adminDatabaseUrl;
  process.env.CRM_TEST_KAFKA_BROKERS = infrastructure.kafkaBrokers;
  (globalThis as { crmTestInfrastructure?: typeof infrastructure }).crmTestInfrastructure = infrastructure;
}
