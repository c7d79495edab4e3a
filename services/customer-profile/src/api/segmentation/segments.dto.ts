import { ApiProperty } from '@nestjs/swagger';
import {
  CHURN_RISK_BANDS,
  SEGMENT_DIMENSIONS,
  type ChurnRiskBand,
  type SegmentDimension,
} from '@crm/contracts';
import type { SegmentsView } from '../../application/segmentation/segmentation.queries';

export class SegmentResponse {
  @ApiProperty({ enum: SEGMENT_DIMENSIONS, example: 'lifecycle-stage' })
  dimension!: SegmentDimension;

  @ApiProperty({ example: 'at-risk' })
  segment!: string;

  @ApiProperty({ type: [String], example: ['PAYMENT_MISSED', 'COMPLAINT_OPEN'] })
  reasons!: string[];

  @ApiProperty({
    description: 'When the customer entered this segment (UTC).',
    example: '2026-11-24T08:00:00.000Z',
  })
  since!: string;
}

export class ChurnRiskResponse {
  @ApiProperty({ minimum: 0, maximum: 100, example: 45 })
  score!: number;

  @ApiProperty({ enum: CHURN_RISK_BANDS, example: 'medium' })
  band!: ChurnRiskBand;

  @ApiProperty({ type: [String], example: ['COMPLAINT_OPEN', 'PAYMENT_MISSED'] })
  reasons!: string[];
}

export class CustomerSegmentsResponse {
  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69' })
  customerId!: string;

  @ApiProperty({ type: [SegmentResponse] })
  segments!: SegmentResponse[];

  @ApiProperty({ type: ChurnRiskResponse })
  churnRisk!: ChurnRiskResponse;

  @ApiProperty({ example: '2026-11-24T08:00:00.000Z' })
  assessedAt!: string;

  @ApiProperty({ description: 'The rules document that gave this answer.', example: '2026-11-default' })
  rulesVersion!: string;

  static from(view: SegmentsView): CustomerSegmentsResponse {
    return {
      customerId: view.customerId,
      segments: SEGMENT_DIMENSIONS.map((dimension) => ({ dimension, ...view.segments[dimension] })),
      churnRisk: view.churnRisk,
      assessedAt: view.assessedAt,
      rulesVersion: view.rulesVersion,
    };
  }
}
