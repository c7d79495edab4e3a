import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, decodeKeysetCursor, encodeCursor, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { BoardLoanUseCase } from '../application/board-loan/board-loan.use-case';
import { LoanQueries } from '../application/loan.queries';
import {
  BoardLoanRequest,
  InstallmentResponse,
  ListLoansQuery,
  LoanPageResponse,
  LoanResponse,
  LoanSummaryResponse,
  PayoffQuoteQuery,
  PayoffQuoteResponse,
  ScheduleQuery,
  ScheduleResponse,
} from './loan.dto';

@ApiTags('loans')
@Controller('v1/loans')
export class LoanController {
  constructor(
    private readonly boardLoan: BoardLoanUseCase,
    private readonly queries: LoanQueries,
  ) {}

  @Post()
  @Requires('loans:write')
  @Idempotent()
  @ApiCreatedResponse({ type: LoanResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async board(
    @Body() body: BoardLoanRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoanResponse> {
    const { loan } = await this.boardLoan.execute(body);
    void reply.status(201).header('location', `/v1/loans/${loan.id}`);
    return LoanResponse.fromView(await this.queries.get(loan.id));
  }

  @Get()
  @Requires('loans:read')
  @ApiOkResponse({ type: LoanPageResponse })
  @ApiProblemResponses(400)
  async list(@Query() query: ListLoansQuery): Promise<LoanPageResponse> {
    const position = query.cursor ? decodeKeysetCursor(query.cursor, 'boardedAt') : undefined;
    const after = position && { boardedAt: position.at.toISOString(), id: position.id };
    const loans = await this.queries.listByCustomer(query.customerId, query.limit + 1, after);
    const page = loans.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((loan) => LoanSummaryResponse.from(loan)),
      ...(loans.length > query.limit && last
        ? { nextCursor: encodeCursor({ boardedAt: last.boardedAt.toISOString(), id: last.id }) }
        : {}),
    };
  }

  @Get(':id')
  @Requires('loans:read')
  @ApiOkResponse({ type: LoanResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<LoanResponse> {
    return LoanResponse.fromView(await this.queries.get(id));
  }

  @Get(':id/schedule')
  @Requires('loans:read')
  @ApiOkResponse({ type: ScheduleResponse })
  @ApiProblemResponses(400, 404)
  async schedule(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ScheduleQuery,
  ): Promise<ScheduleResponse> {
    const { loan, version, installments } = await this.queries.schedule(id, query.version);
    return {
      loanId: loan.id,
      currency: loan.terms.currency,
      version,
      currentVersion: loan.scheduleVersion,
      installments: installments.map((i) => InstallmentResponse.from(i, loan.terms.currency)),
    };
  }

  @Get(':id/payoff-quote')
  @Requires('loans:read')
  @ApiOkResponse({ type: PayoffQuoteResponse })
  @ApiProblemResponses(400, 404)
  async payoffQuote(
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PayoffQuoteQuery,
  ): Promise<PayoffQuoteResponse> {
    const { loan, quote } = await this.queries.payoffQuote(id, query.asOf);
    return PayoffQuoteResponse.from(loan.id, loan.terms.currency, quote);
  }
}
