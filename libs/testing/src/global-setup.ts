import { provideTestInfrastructure } from './infrastructure';

/** Jest global setup: finds or starts PostgreSQL and Kafka once; workers read the settings from env. */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await provideTestInfrastructure();
  process.env.CRM_TEST_RUNTIME = infrastructure.runtime;
  if (infrastructure.adminDatabaseUrl)
    process.env.CRM_TEST_ADMIN_DATABASE_URL = infrastructure.adminDatabaseUrl;
  if (infrastructure.kafkaBrokers) process.env.CRM_TEST_KAFKA_BROKERS = infrastructure.kafkaBrokers;
  if (infrastructure.redisUrl) process.env.CRM_TEST_REDIS_URL = infrastructure.redisUrl;
  (globalThis as { crmTestInfrastructure?: typeof infrastructure }).crmTestInfrastructure = infrastructure;
}
