export { createServiceDataSource, runMigrations, type ServiceDatabaseOptions } from './data-source';
export { TransactionRunner, activeManager, requireTransaction } from './transaction-context';
export { decimalTransformer } from './decimal.transformer';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
