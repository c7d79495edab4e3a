import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Carries the current transaction's EntityManager through async calls, so that use cases can say
 * "these writes and these events commit together" without passing a manager through every port.
 */
const current = new AsyncLocalStorage<EntityManager>();

/** Runs work in one database transaction; nested calls join the outer transaction. */
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    if (current.getStore()) return work();
    return this.dataSource.transaction((manager) => current.run(manager, work));
  }
}

/** The manager of the surrounding transaction, or the data source's own manager outside one. */
export function activeManager(dataSource: DataSource): EntityManager {
  return current.getStore() ?? dataSource.manager;
}

/** The manager of the surrounding transaction; throws when called outside one. */
export function requireTransaction(): EntityManager {
  const manager = current.getStore();
  if (!manager) throw new Error('this operation must run inside TransactionRunner.run()');
  return manager;
}
