import type { ContactHours, NotificationPurpose } from '@crm/contracts';

export interface LegalFloor {
  /** Contact only inside this local window. */
  window?: ContactHours;
  /** At most `count` contacts per loan in `days` consecutive days. */
  cap?: { count: number; days: number };
  /** Shown as the reason of a deferral. */
  code: string;
}

/**
 * Legal floors that apply on top of the customer's own hours, by purpose and jurisdiction (the
 * customer's country of residence).
 * - US collections: Regulation F, 12 CFR 1006.6(b)(1)(i): before 8 a.m. or after 9 p.m. local time is
 *   presumed inconvenient; 12 CFR 1006.14(b)(2)(i): more than 7 call attempts within 7 consecutive days
 *   about one debt is presumed harassment. The cap here counts every collections contact about the
 *   loan, not only calls — stricter than the rule, so no channel mix can exceed it.
 */
export function legalFloorFor(purpose: NotificationPurpose, country: string): LegalFloor | undefined {
  if (purpose === 'collections' && country === 'US') {
    return { window: { start: '08:00', end: '21:00' }, cap: { count: 7, days: 7 }, code: 'REGULATION_F' };
  }
  return undefined;
}
