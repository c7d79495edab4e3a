import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { ErasureRequestQueries } from '../../application/privacy/erasure-request.queries';
import { RequestErasureUseCase } from '../../application/privacy/request-erasure/request-erasure.use-case';
import { ErasureRequestResponse } from './erasure-request.dto';

@ApiTags('data-subject rights')
@Controller('v1/customers/:id/erasure-requests')
export class ErasureRequestController {
  constructor(
    private readonly requestErasure: RequestErasureUseCase,
    private readonly queries: ErasureRequestQueries,
  ) {}

  @Post()
  @Requires('privacy:write', { customerParam: 'id' })
  @Idempotent()
  @ApiOperation({
    summary:
      "Erase the customer (GDPR Art. 17): this service's data at once, every other service's on crm.customer.erasure-requested.v1.",
  })
  @ApiCreatedResponse({ type: ErasureRequestResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async create(
    @Param('id', uuidParam('id')) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ErasureRequestResponse> {
    const request = await this.requestErasure.execute({ customerId: id });
    void reply.status(201).header('location', `/v1/customers/${id}/erasure-requests/${request.snapshot.id}`);
    return ErasureRequestResponse.from(request);
  }

  @Get(':requestId')
  @Requires('privacy:write', { customerParam: 'id' })
  @ApiOperation({
    summary: 'Where the erasure stands, service by service: what each erased and what it kept, and why.',
  })
  @ApiOkResponse({ type: ErasureRequestResponse })
  @ApiProblemResponses(400, 404)
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Param('requestId', uuidParam('requestId')) requestId: string,
  ): Promise<ErasureRequestResponse> {
    return ErasureRequestResponse.from(await this.queries.get(id, requestId));
  }
}
