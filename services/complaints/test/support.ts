import { mintToken } from '@crm/testing';

export { apiClient as client, type ApiAnswer as Answer } from '@crm/testing';

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
