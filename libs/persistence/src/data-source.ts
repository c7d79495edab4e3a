import { DataSource, type DataSourceOptions } from 'typeorm';

export interface ServiceDatabaseOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  poolSize?: number;
  /** How long to wait for a pooled connection; 0 waits without limit. */
  connectTimeoutMs?: number;
  applicationName?: string;
}

/**
 * The one way a service gets its database: its own PostgreSQL database, schema changed only by the
 * migrations checked into the service (never `synchronize`).
 */
export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    applicationName: options.applicationName,
    // A connection that cannot be had in time is an outage (answered 503, or waited out by consumers),
    // not a request that hangs until its client gives up.
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000 },
  });
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
