import type { Affordability, EligibleOption, HardshipRequest } from '../domain/hardship';

/** A hardship request with the affordability check and the options it is eligible for, now. */
export interface HardshipRequestView {
  request: HardshipRequest;
  affordability: Affordability;
  eligibleOptions: EligibleOption[];
  currency: string;
}
