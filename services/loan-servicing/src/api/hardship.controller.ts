import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@crm/kernel';
import { ApiProblemResponses, Idempotent, uuidParam } from '@crm/platform';
import { Requires, currentPrincipal } from '@crm/security';
import { ApproveHardshipArrangementUseCase } from '../application/approve-hardship-arrangement/approve-hardship-arrangement.use-case';
import { CancelHardshipArrangementUseCase } from '../application/cancel-hardship-arrangement/cancel-hardship-arrangement.use-case';
import { LoanQueries } from '../application/loan.queries';
import { PreviewHardshipOptionUseCase } from '../application/preview-hardship-option/preview-hardship-option.use-case';
import { ProposeHardshipArrangementUseCase } from '../application/propose-hardship-arrangement/propose-hardship-arrangement.use-case';
import { RecordHardshipAcceptanceUseCase } from '../application/record-hardship-acceptance/record-hardship-acceptance.use-case';
import { RequestHardshipUseCase } from '../application/request-hardship/request-hardship.use-case';
import {
  HardshipPreviewResponse,
  HardshipRequestResponse,
  PreviewHardshipOptionRequest,
  ProposeHardshipRequest,
  RecordAcceptanceRequest,
  RequestHardshipRequest,
} from './hardship.dto';
import { HardshipArrangementResponse } from './loan.dto';

/** Who is acting, for maker–checker: the same person through any client is the same person. */
function actor(): string {
  const principal = currentPrincipal();
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'unauthenticated', 'no caller');
  return `${principal.kind}:${principal.subject}`;
}

@ApiTags('hardship')
@Controller('v1/loans/:id')
export class HardshipController {
  constructor(
    private readonly requestHardship: RequestHardshipUseCase,
    private readonly previewOption: PreviewHardshipOptionUseCase,
    private readonly propose: ProposeHardshipArrangementUseCase,
    private readonly recordAcceptance: RecordHardshipAcceptanceUseCase,
    private readonly approve: ApproveHardshipArrangementUseCase,
    private readonly cancel: CancelHardshipArrangementUseCase,
    private readonly queries: LoanQueries,
  ) {}

  @Post('hardship-requests')
  @Requires('loans:write')
  @Idempotent()
  @ApiCreatedResponse({ type: HardshipRequestResponse })
  @ApiProblemResponses(400, 404, 409, 413, 415, 422)
  async request(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RequestHardshipRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HardshipRequestResponse> {
    const view = await this.requestHardship.execute({ loanId: id, ...body });
    void reply.status(201).header('location', `/v1/loans/${id}/hardship-requests/${view.request.id}`);
    return HardshipRequestResponse.from(view);
  }

  @Get('hardship-requests/:requestId')
  @Requires('loans:read')
  @ApiOkResponse({ type: HardshipRequestResponse })
  @ApiProblemResponses(400, 404)
  async get(
    @Param('id', uuidParam('id')) id: string,
    @Param('requestId', uuidParam('requestId')) requestId: string,
  ): Promise<HardshipRequestResponse> {
    return HardshipRequestResponse.from(await this.queries.hardshipRequest(id, requestId));
  }

  @Post('hardship-requests/:requestId/previews')
  @Requires('loans:write')
  @Idempotent()
  @ApiCreatedResponse({ type: HardshipPreviewResponse })
  @ApiProblemResponses(400, 404, 409, 413, 415, 422)
  async preview(
    @Param('id', uuidParam('id')) id: string,
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @Body() body: PreviewHardshipOptionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HardshipPreviewResponse> {
    const view = await this.previewOption.execute({ loanId: id, requestId, ...body });
    void reply.status(201);
    return HardshipPreviewResponse.from(view);
  }

  @Post('hardship-requests/:requestId/proposal')
  @Requires('loans:write')
  @HttpCode(200)
  @ApiOkResponse({ type: HardshipRequestResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async proposeOption(
    @Param('id', uuidParam('id')) id: string,
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @Body() body: ProposeHardshipRequest,
  ): Promise<HardshipRequestResponse> {
    await this.propose.execute({ loanId: id, requestId, previewId: body.previewId, proposedBy: actor() });
    return HardshipRequestResponse.from(await this.queries.hardshipRequest(id, requestId));
  }

  @Post('hardship-requests/:requestId/acceptance')
  @Requires('loans:write')
  @HttpCode(200)
  @ApiOkResponse({ type: HardshipRequestResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async accept(
    @Param('id', uuidParam('id')) id: string,
    @Param('requestId', uuidParam('requestId')) requestId: string,
    @Body() body: RecordAcceptanceRequest,
  ): Promise<HardshipRequestResponse> {
    await this.recordAcceptance.execute({ loanId: id, requestId, ...body });
    return HardshipRequestResponse.from(await this.queries.hardshipRequest(id, requestId));
  }

  @Post('hardship-requests/:requestId/approval')
  @Requires('loans:approve')
  @HttpCode(200)
  @ApiOkResponse({ type: HardshipArrangementResponse })
  @ApiProblemResponses(400, 404, 409)
  async approveArrangement(
    @Param('id', uuidParam('id')) id: string,
    @Param('requestId', uuidParam('requestId')) requestId: string,
  ): Promise<HardshipArrangementResponse> {
    return HardshipArrangementResponse.from(
      await this.approve.execute({ loanId: id, requestId, approvedBy: actor() }),
    );
  }

  @Post('hardship-arrangements/:arrangementId/cancellation')
  @Requires('loans:write')
  @HttpCode(200)
  @ApiOkResponse({ type: HardshipArrangementResponse })
  @ApiProblemResponses(400, 404, 409)
  async cancelArrangement(
    @Param('id', uuidParam('id')) id: string,
    @Param('arrangementId', uuidParam('arrangementId')) arrangementId: string,
  ): Promise<HardshipArrangementResponse> {
    return HardshipArrangementResponse.from(await this.cancel.execute({ loanId: id, arrangementId }));
  }
}
