import { ApiProperty } from '@nestjs/swagger';
import { SERVICES, type ServiceName } from '@crm/contracts';
import type { ErasureRequest } from '../../domain/privacy/erasure-request';

export class RetainedDataResponse {
  @ApiProperty({ example: 'loan ledger' })
  data!: string;

  @ApiProperty({ example: 'legal hold: bookkeeping retention, 10 years' })
  reason!: string;
}

export class ServiceErasureStatusResponse {
  @ApiProperty({ enum: SERVICES, example: 'loan-servicing' })
  service!: ServiceName;

  @ApiProperty({ enum: ['pending', 'completed'], example: 'completed' })
  status!: 'pending' | 'completed';

  @ApiProperty({ type: [String], example: ['contact copies', 'hardship notes'] })
  erased!: string[];

  @ApiProperty({ type: [RetainedDataResponse] })
  retained!: RetainedDataResponse[];

  @ApiProperty({ nullable: true, type: String, example: '2026-11-24T08:00:05.000Z' })
  completedAt!: string | null;
}

export class ErasureRequestResponse {
  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-aaaaaaaaaaaa' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69' })
  customerId!: string;

  @ApiProperty({
    enum: ['pending', 'completed'],
    description: 'Completed once every service of the platform has reported.',
    example: 'pending',
  })
  status!: 'pending' | 'completed';

  @ApiProperty({ example: '2026-11-24T08:00:00.000Z' })
  requestedAt!: string;

  @ApiProperty({ nullable: true, type: String, example: null })
  completedAt!: string | null;

  @ApiProperty({ type: [ServiceErasureStatusResponse] })
  services!: ServiceErasureStatusResponse[];

  static from(request: ErasureRequest): ErasureRequestResponse {
    const r = request.snapshot;
    return {
      id: r.id,
      customerId: r.customerId,
      status: request.status,
      requestedAt: r.requestedAt,
      completedAt: request.completedAt,
      services: r.services.map((s) => ({ ...s })),
    };
  }
}
