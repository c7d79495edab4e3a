import { IsOptional, IsString } from 'class-validator';

/** The settings of segmentation, read from the environment at start like the platform's. */
export class SegmentationSettings {
  /**
   * A JSON rules document replacing the built-in one (domain/segmentation/default-segmentation-rules.ts),
   * same shape; checked at start, and the service refuses to start on any problem.
   */
  @IsOptional()
  @IsString()
  SEGMENTATION_RULES_FILE?: string;
}
