import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApiDocument } from '@crm/contracts';

// Writes the AsyncAPI document of every topic and event type; a unit test fails when it is stale.
const target = join(__dirname, '..', '..', 'libs', 'contracts', 'asyncapi.json');
writeFileSync(target, `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`);
console.log(`wrote ${target}`);
