import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestPlatform, bearer, fullAccessToken } from '@crm/testing';
import { customerProfileService } from '../src/customer-profile.service';
import { DEFAULT_SEGMENTATION_RULES } from '../src/domain/segmentation/default-segmentation-rules';

describe('segmentation rules from configuration, and the OpenAPI document of segmentation and erasure', () => {
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

  it('documents segments and erasure requests in /docs with examples', async () => {
    const service = await platform.start(customerProfileService);
    const openapi = (await (await fetch(`${service.url}/docs/openapi.json`)).json()) as Record<string, any>;
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/v1/customers/{id}/segments',
        '/v1/customers/{id}/erasure-requests',
        '/v1/customers/{id}/erasure-requests/{requestId}',
      ]),
    );
    expect(Object.keys(openapi.paths['/v1/customers/{id}/erasure-requests'].post.responses)).toEqual(
      expect.arrayContaining(['201', '401', '403', '404', '409']),
    );
    const schemas = openapi.components.schemas as Record<string, { properties: Record<string, any> }>;
    for (const name of [
      'CustomerSegmentsResponse',
      'SegmentResponse',
      'ChurnRiskResponse',
      'ErasureRequestResponse',
      'ServiceErasureStatusResponse',
      'RetainedDataResponse',
    ]) {
      const properties = Object.entries(schemas[name]?.properties ?? {});
      expect(properties.length).toBeGreaterThan(0);
      for (const [property, schema] of properties)
        expect([
          name,
          property,
          schema.example !== undefined || schema.$ref || schema.items?.$ref || schema.allOf,
        ]).toEqual([name, property, expect.anything()]);
    }
  });
});
