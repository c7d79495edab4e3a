import { readFileSync } from 'node:fs';
import { DEFAULT_SEGMENTATION_RULES } from '../../domain/segmentation/default-segmentation-rules';
import {
  InvalidSegmentationRulesError,
  parseSegmentationRules,
  type SegmentationRules,
} from '../../domain/segmentation/segmentation-rules';

/** The built-in rules, or the operator's JSON document; any problem stops the service at start. */
export function loadSegmentationRules(file: string | undefined): SegmentationRules {
  if (!file) return parseSegmentationRules(DEFAULT_SEGMENTATION_RULES);
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidSegmentationRulesError([`SEGMENTATION_RULES_FILE ${file}: ${(error as Error).message}`]);
  }
  return parseSegmentationRules(document);
}
