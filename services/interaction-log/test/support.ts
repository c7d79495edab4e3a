import { bearer, type TestService } from '@crm/testing';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small HTTP client for one service and token. */
export function client(service: TestService, token: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...bearer(token),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      headers: response.headers,
    } as Answer;
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      call('POST', path, body, headers),
    call,
  };
}

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
