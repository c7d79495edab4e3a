export { apiClient as client, type ApiAnswer as Answer } from '@crm/testing';

export function interaction(customerId: string, overrides: Record<string, unknown> = {}) {
  return {
    customerId,
    channel: 'phone',
    direction: 'inbound',
    occurredAt: '2026-11-20T09:15:00+08:00',
    language: 'zh-hans',
    interpreterUsed: false,
    staffId: 'staff-0042',
    team: 'shanghai-branch',
    summary: '客户询问还款日期，已告知下次还款日为12月5日。',
    outcome: 'informed',
    topics: ['repayment-date'],
    ...overrides,
  };
}

/** The body of a correction: the interaction restated, without the customer (the original's). */
export function correction(overrides: Record<string, unknown> = {}) {
  const { customerId: _customerId, ...body } = interaction('', overrides);
  return body;
}
