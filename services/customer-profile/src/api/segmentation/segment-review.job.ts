import { Injectable } from '@nestjs/common';
import type { ScheduledJob } from '@crm/platform';
import { ReviewDueSegmentsUseCase } from '../../application/segmentation/review-due-segments/review-due-segments.use-case';

/** Dormancy and falling activity happen without any event: this looks again when a window passes. */
@Injectable()
export class SegmentReviewJob implements ScheduledJob {
  readonly name = 'segment-review';

  constructor(private readonly reviewDueSegments: ReviewDueSegmentsUseCase) {}

  run(): Promise<number> {
    return this.reviewDueSegments.execute();
  }
}
