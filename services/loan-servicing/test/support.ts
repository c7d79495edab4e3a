import { eventsTopic } from '@crm/contracts';
import { newId } from '@crm/kernel';
import { decodeEvent } from '@crm/messaging';
import type { ApiClient, TestPlatform } from '@crm/testing';

export { apiClient as client, type ApiAnswer as Answer } from '@crm/testing';

export type Client = ApiClient;

/** The golden annuity: 10,000.00 EUR at 12 % over 12 months, 30/360 → 888.49 a month. */
export function loanRequest(overrides: Record<string, unknown> = {}) {
  return {
    customerId: newId(),
    productCode: 'PERSONAL-12',
    principal: '10000.00',
    currency: 'EUR',
    annualInterestRate: '12',
    numberOfRepayments: 12,
    repaymentFrequency: 'MONTHLY',
    amortizationMethod: 'EQUAL_INSTALLMENTS',
    interestMethod: 'DECLINING_BALANCE',
    daysInYearType: 'DAYS_360',
    daysInMonthType: 'DAYS_30',
    disbursementDate: '2026-01-15',
    firstRepaymentDate: '2026-02-15',
    holidayCalendar: { country: 'DE' },
    nonWorkingDayRule: 'SAME_DAY',
    ...overrides,
  };
}

export async function board(
  api: Client,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const answer = await api.post('/v1/loans', loanRequest(overrides));
  if (answer.status !== 201)
    throw new Error(`boarding failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, any>;
}

/** Every event this service published, decoded, as a live array. */
export async function publishedEvents(platform: TestPlatform) {
  const records = await platform.collect(eventsTopic('loan-servicing', platform.topicPrefix));
  return (type: string, loanId?: string) =>
    records
      .map((record) => decodeEvent(record))
      .filter(
        (e) => e.type === type && (loanId === undefined || (e.data as { loanId?: string }).loanId === loanId),
      )
      .map((e) => e.data as Record<string, any>);
}

export const DAY = 86_400_000;
