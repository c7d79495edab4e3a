import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { SegmentationQueries } from '../../application/segmentation/segmentation.queries';
import { CustomerSegmentsResponse } from './segments.dto';

@ApiTags('segmentation')
@Controller('v1/customers')
export class SegmentsController {
  constructor(private readonly queries: SegmentationQueries) {}

  @Get(':id/segments')
  @Requires('customers:read', { customerParam: 'id' })
  @ApiOperation({
    summary: 'Current segments and churn risk, with the reason codes of the rules that gave them.',
  })
  @ApiOkResponse({ type: CustomerSegmentsResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<CustomerSegmentsResponse> {
    return CustomerSegmentsResponse.from(await this.queries.get(id));
  }
}
