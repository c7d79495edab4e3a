import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

const storage = new AsyncLocalStorage<Principal>();

/** Runs work on behalf of a principal; the audit trail and masking read it from here. */
export function runAs<T>(principal: Principal, work: () => T): T {
  return storage.run(principal, work);
}

export function currentPrincipal(): Principal | undefined {
  return storage.getStore();
}
