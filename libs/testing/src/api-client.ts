import { bearer } from './tokens';
import type { TestService } from './test-platform';

export interface ApiAnswer {
  status: number;
  /** The parsed JSON body, when the answer is JSON; tests check it field by field. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read any field of the contract
  body: any;
  text: string;
  headers: Headers;
}

export interface CallOptions {
  /** Another caller's token for this call; the client's own otherwise. */
  token?: string;
  headers?: Record<string, string>;
}

/** A small HTTP client for one service, as a channel app holding `token` would call it. */
export function apiClient(service: TestService, token: string) {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    options: CallOptions = {},
  ): Promise<ApiAnswer> => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        ...bearer(options.token ?? token),
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
    call,
    get: (path: string, asToken?: string) => call('GET', path, undefined, { token: asToken }),
    post: (path: string, body: unknown = {}, options?: CallOptions) => call('POST', path, body, options),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
