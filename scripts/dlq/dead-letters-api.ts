import type { DeadLetterDetail, DeadLetterFilter, DeadLetterList, ReplayReport } from '@crm/platform';

/** An answer other than 2xx, with what its problem details say. */
export class AdminApiError extends Error {}

/** The admin endpoints of one service's dead letters, as the operator's token may call them. */
export function deadLettersApi(baseUrl: string, token: string) {
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> => {
    const url = `${baseUrl.replace(/\/$/, '')}/v1/admin/dead-letters${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new AdminApiError(`${url} does not answer: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok)
      throw new AdminApiError(`${method} ${url} answered ${response.status}: ${problemOf(text)}`);
    return JSON.parse(text) as T;
  };
  return {
    list: (filter: DeadLetterFilter) => call<DeadLetterList>('GET', queryOf(filter)),
    show: (eventId: string) => call<DeadLetterDetail>('GET', `/${encodeURIComponent(eventId)}`),
    replay: (filter: DeadLetterFilter) => call<ReplayReport>('POST', '/replay', filter),
  };
}

function queryOf(filter: DeadLetterFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return query ? `?${query}` : '';
}

function problemOf(text: string): string {
  try {
    const problem = JSON.parse(text) as { code?: string; detail?: string; errors?: { detail: string }[] };
    const details = problem.errors?.map((error) => error.detail).join('; ');
    return [problem.code, details ?? problem.detail].filter(Boolean).join(': ');
  } catch {
    return text.slice(0, 200);
  }
}
