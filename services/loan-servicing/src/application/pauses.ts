import type { PausePeriod } from '../domain/delinquency';
import type { HardshipArrangement } from '../domain/hardship';

/** The days hardship arrangements paused delinquency ageing. */
export function pausesOf(arrangements: readonly HardshipArrangement[]): PausePeriod[] {
  return arrangements.map((a) => ({ startsOn: a.startsOn, endsOn: a.status === 'ACTIVE' ? null : a.endsOn }));
}
