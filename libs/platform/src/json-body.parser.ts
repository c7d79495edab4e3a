import createError from '@fastify/error';
import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';

const JsonTooDeep = createError('CRM_JSON_TOO_DEEP', 'The JSON body is nested deeper than %s levels.', 400);

/** Deepest nesting of objects and arrays in a JSON text, found in one pass without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/**
 * Fastify's JSON parser plus a depth limit: a deeply nested body would otherwise exhaust the stack of
 * validation and transformation code and end as a 500. Prototype-poisoning keys are refused as Fastify
 * does by default.
 */
export function useBoundedJsonParser(fastify: FastifyInstance, maxDepth: number): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (jsonDepth(text) > maxDepth) return done(new JsonTooDeep(maxDepth), undefined);
    try {
      done(null, secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (error) {
      const invalid = error as Error & { statusCode?: number };
      invalid.statusCode = 400;
      done(invalid, undefined);
    }
  });
}
