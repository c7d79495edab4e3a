import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { pointer: { type: 'string' }, detail: { type: 'string' } } },
    },
  },
};

const descriptions: Record<number, string> = {
  400: 'The request breaks the API contract (malformed JSON, unknown or invalid fields).',
  404: 'No such resource.',
  409: 'The resource is in a state that forbids this.',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  422: 'The request breaks a business rule.',
  503: 'A dependency (the database or the broker) is unavailable; retry after Retry-After.',
};

/** Documents the RFC 9457 problem responses of an endpoint in the OpenAPI document. */
export function ApiProblemResponses(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status],
        content: { 'application/problem+json': { schema: problemSchema } },
      }),
    ),
  );
}
