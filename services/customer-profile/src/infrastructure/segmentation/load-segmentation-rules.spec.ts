import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SEGMENTATION_RULES } from '../../domain/segmentation/default-segmentation-rules';
import { loadSegmentationRules } from './load-segmentation-rules';

const folder = mkdtempSync(join(tmpdir(), 'segmentation-rules-'));
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('loading the segmentation rules', () => {
  it('uses the built-in rules when no file is configured', () => {
    expect(loadSegmentationRules(undefined)).toEqual(DEFAULT_SEGMENTATION_RULES);
  });

  it("takes the operator's JSON document instead", () => {
    const custom = { ...DEFAULT_SEGMENTATION_RULES, version: 'bank-2027-01' };
    expect(loadSegmentationRules(file('custom.json', JSON.stringify(custom))).version).toBe('bank-2027-01');
  });

  it('refuses a file that is missing, not JSON, or breaks the rules', () => {
    expect(() => loadSegmentationRules(join(folder, 'missing.json'))).toThrow(/SEGMENTATION_RULES_FILE/);
    expect(() => loadSegmentationRules(file('broken.json', '{ "version": '))).toThrow(
      /SEGMENTATION_RULES_FILE/,
    );
    const biased = structuredClone(DEFAULT_SEGMENTATION_RULES) as unknown as Record<string, any>;
    biased['churnRisk']['factors'].push({
      reason: 'FOREIGN',
      when: [{ signal: 'nationality', gte: 1 }],
      points: 50,
    });
    expect(() => loadSegmentationRules(file('biased.json', JSON.stringify(biased)))).toThrow(
      /nationality is not a behavioural signal/,
    );
  });
});
