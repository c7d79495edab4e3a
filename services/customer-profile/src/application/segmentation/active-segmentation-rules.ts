import type { SegmentationRules } from '../../domain/segmentation/segmentation-rules';

/** The rules the service started with: the default document or the operator's file, checked at start. */
export class ActiveSegmentationRules {
  constructor(readonly rules: SegmentationRules) {}
}
