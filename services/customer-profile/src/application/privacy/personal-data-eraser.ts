import type { RetainedData } from '../../domain/privacy/erasure-request';

export interface ErasureOutcome {
  erased: string[];
  retained: RetainedData[];
}

/** Erases or anonymises everything this service holds about a customer, in the caller's transaction. */
export abstract class PersonalDataEraser {
  abstract isRegistered(customerId: string): Promise<boolean>;
  abstract erase(customerId: string, at: Date): Promise<ErasureOutcome>;
}
