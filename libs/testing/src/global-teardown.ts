import type { TestInfrastructure } from './infrastructure';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { crmTestInfrastructure?: TestInfrastructure }).crmTestInfrastructure?.stop();
}
