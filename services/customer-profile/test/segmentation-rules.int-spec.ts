import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestPlatform, bearer, fullAccessToken } from '@crm/testing';
import { customerProfileService } from '../src/customer-profile.service';
import { DEFAULT_SEGMENTATION_RULES } from '../src/domain/segmentation/default-segmentation-rules';

describe('segmentation rules from configuration', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.create('in-process', 'segmentation-rules');
  });

  afterAll(() => platform?.close());

  it('assesses customers by the rules file named in SEGMENTATION_RULES_FILE', async () => {
    const rules = structuredClone(DEFAULT_SEGMENTATION_RULES);
    rules.version = 'operator-2027-01';
    rules.dimensions['lifecycle-stage'] = [{ segment: 'prospect', reasons: ['EVERYONE_IS_A_PROSPECT'] }];
    const path = join(mkdtempSync(join(tmpdir(), 'rules-')), 'rules.json');
    writeFileSync(path, JSON.stringify(rules));
    const service = await platform.start(customerProfileService, { env: { SEGMENTATION_RULES_FILE: path } });
    const token = await fullAccessToken();

    const created = await fetch(`${service.url}/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({
        name: { full: 'Sakura Tanaka' },
        locale: 'ja-JP',
        timeZone: 'Asia/Tokyo',
        countryOfResidence: 'JP',
      }),
    });
    const { id } = (await created.json()) as { id: string };
    const answer = (await (
      await fetch(`${service.url}/v1/customers/${id}/segments`, { headers: bearer(token) })
    ).json()) as {
      rulesVersion: string;
      segments: { dimension: string; segment: string; reasons: string[] }[];
    };

    expect(answer.rulesVersion).toBe('operator-2027-01');
    expect(answer.segments.find((s) => s.dimension === 'lifecycle-stage')).toMatchObject({
      segment: 'prospect',
      reasons: ['EVERYONE_IS_A_PROSPECT'],
    });
  });
});
