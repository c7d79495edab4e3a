import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Money } from '@crm/kernel';
import { ApiProblemResponses, Idempotent, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { LoanQueries } from '../application/loan.queries';
import { RecordRepaymentUseCase } from '../application/record-repayment/record-repayment.use-case';
import type { RepaymentOutcome } from '../application/repayment-view';
import { ReverseRepaymentUseCase } from '../application/reverse-repayment/reverse-repayment.use-case';
import {
  RecordRepaymentRequest,
  RepaymentListResponse,
  RepaymentOutcomeResponse,
  RepaymentResponse,
} from './loan.dto';

function outcome(result: RepaymentOutcome): RepaymentOutcomeResponse {
  const currency = result.loan.terms.currency;
  return {
    ...RepaymentResponse.from(result.repayment, currency),
    outstanding: result.outstanding.toFixed(Money.minorUnits(currency)),
    loanStatus: result.loan.status,
  };
}

@ApiTags('repayments')
@Controller('v1/loans/:id/repayments')
export class RepaymentController {
  constructor(
    private readonly recordRepayment: RecordRepaymentUseCase,
    private readonly reverseRepayment: ReverseRepaymentUseCase,
    private readonly queries: LoanQueries,
  ) {}

  @Post()
  @Requires('loans:write')
  @Idempotent()
  @ApiCreatedResponse({ type: RepaymentOutcomeResponse })
  @ApiProblemResponses(400, 404, 409, 413, 415, 422)
  async record(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RecordRepaymentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RepaymentOutcomeResponse> {
    const result = await this.recordRepayment.execute({ loanId: id, ...body });
    void reply.status(201).header('location', `/v1/loans/${id}/repayments/${result.repayment.id}`);
    return outcome(result);
  }

  @Get()
  @Requires('loans:read')
  @ApiOkResponse({ type: RepaymentListResponse })
  @ApiProblemResponses(400, 404)
  async list(@Param('id', uuidParam('id')) id: string): Promise<RepaymentListResponse> {
    const { loan, repayments } = await this.queries.repayments(id);
    return { items: repayments.map((r) => RepaymentResponse.from(r, loan.terms.currency)) };
  }

  @Post(':repaymentId/reversal')
  @Requires('loans:write')
  @HttpCode(200)
  @ApiOkResponse({ type: RepaymentOutcomeResponse })
  @ApiProblemResponses(400, 404, 409)
  async reverse(
    @Param('id', uuidParam('id')) id: string,
    @Param('repaymentId', uuidParam('repaymentId')) repaymentId: string,
  ): Promise<RepaymentOutcomeResponse> {
    return outcome(await this.reverseRepayment.execute({ loanId: id, repaymentId }));
  }
}
