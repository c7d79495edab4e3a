import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApiDocument } from './asyncapi';
import { EVENT_CATALOG } from './catalog';

describe('AsyncAPI document', () => {
  it('is a valid AsyncAPI 3 document that lists every event type', async () => {
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(buildAsyncApiDocument()));
    const errors = diagnostics.filter((d) => d.severity === 0);
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    if (!document) throw new Error('the parser returned no document');
    const names = document
      .allMessages()
      .all()
      .map((m) => m.name());
    expect(names.sort()).toEqual(EVENT_CATALOG.map((d) => d.type).sort());
  });

  it('is checked in as generated (run `npm run contracts:asyncapi` after changing a contract)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', 'asyncapi.json'), 'utf8'));
    expect(committed).toEqual(buildAsyncApiDocument());
  });
});
