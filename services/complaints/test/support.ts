import { bearer, mintToken, type TestService } from '@crm/testing';

export interface Answer {
  status: number;
  /** The parsed JSON body; tests check it field by field against the API contract. */
  body: any;
  text: string;
  headers: Headers;
}

/** A small HTTP client for one service; each call may use its own token. */
export function client(service: TestService, defaultToken: string) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...bearer(options.token ?? defaultToken),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    return {
      status: response.status,
      body: isJson && text ? JSON.parse(text) : undefined,
      text,
      headers: response.headers,
    };
  };
  return {
    get: (path: string, token?: string) => call('GET', path, undefined, { token }),
    post: (
      path: string,
      body: unknown = {},
      options?: { token?: string; headers?: Record<string, string> },
    ) => call('POST', path, body, options),
  };
}

/** A complaint handler's staff token (complaints:read/write/approve through the role). */
export function staffToken(subject: string): Promise<string> {
  return mintToken({ subject, roles: ['complaint-handler'] });
}

export function complianceToken(): Promise<string> {
  return mintToken({ subject: 'compliance-1', roles: ['compliance-officer'] });
}

export function complaintBody(customerId: string, overrides: Record<string, unknown> = {}) {
  return {
    customerId,
    submittedVia: 'phone',
    receivedAt: '2022-12-23T10:00:00+00:00',
    jurisdiction: 'GB',
    language: 'en-GB',
    product: 'Mortgage',
    subProduct: 'Conventional home mortgage',
    issue: 'Trouble during payment process',
    subIssue: 'Payment process',
    description: 'My December payment was taken twice.',
    desiredOutcome: 'Refund the second payment.',
    narrativePublicationConsent: false,
    ...overrides,
  };
}

/** RFC 4180 parser for checking exports (quoted fields, doubled quotes, CRLF inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}
