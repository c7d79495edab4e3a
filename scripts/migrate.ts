import { createServiceDataSource, runMigrations } from '@crm/persistence';
import { serviceMigrations } from '@crm/platform';
import { PLATFORM_SERVICES as services } from './platform-services';

/**
 * Runs one service's migrations against DATABASE_URL: what the Kubernetes migration Job runs before a
 * rollout. Usage: `npm run migrate -- <service>`.
 */

async function main(): Promise<void> {
  const name = process.argv[2];
  const service = services.find((s) => s.name === name);
  const url = process.env.DATABASE_URL;
  if (!service || !url) {
    console.error(
      `usage: DATABASE_URL=postgres://… npm run migrate -- <${services.map((s) => s.name).join('|')}>`,
    );
    process.exit(2);
  }
  const dataSource = createServiceDataSource({
    url,
    entities: service.entities,
    migrations: serviceMigrations(service),
    applicationName: `${service.name}-migrations`,
  });
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(
      applied.length
        ? `${service.name}: applied ${applied.join(', ')}`
        : `${service.name}: schema up to date`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
