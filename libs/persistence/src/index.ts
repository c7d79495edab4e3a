export { createServiceDataSource, runMigrations, type ServiceDatabaseOptions } from './data-source';
export { TransactionRunner, activeManager, requireTransaction } from './transaction-context';
export { decimalTransformer } from './decimal.transformer';
export { isUniqueViolation, isTransientDatabaseError, PG_UNIQUE_VIOLATION } from './database-errors';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
