import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, Idempotent, decodeKeysetCursor, encodeCursor, uuidParam } from '@crm/platform';
import { Requires } from '@crm/security';
import { AcknowledgeComplaintUseCase } from '../application/acknowledge-complaint/acknowledge-complaint.use-case';
import { ApproveResolutionUseCase } from '../application/approve-resolution/approve-resolution.use-case';
import { AssignComplaintUseCase } from '../application/assign-complaint/assign-complaint.use-case';
import { CloseComplaintUseCase } from '../application/close-complaint/close-complaint.use-case';
import { ComplaintQueries } from '../application/complaint.queries';
import { EscalateComplaintUseCase } from '../application/escalate-complaint/escalate-complaint.use-case';
import { ExtendDeadlineUseCase } from '../application/extend-deadline/extend-deadline.use-case';
import { ReopenComplaintUseCase } from '../application/reopen-complaint/reopen-complaint.use-case';
import { ResolveComplaintUseCase } from '../application/resolve-complaint/resolve-complaint.use-case';
import { SendHoldingResponseUseCase } from '../application/send-holding-response/send-holding-response.use-case';
import { StartInvestigationUseCase } from '../application/start-investigation/start-investigation.use-case';
import { SubmitComplaintUseCase } from '../application/submit-complaint/submit-complaint.use-case';
import type { Complaint } from '../domain/complaint';
import {
  AssignmentRequest,
  ClosureRequest,
  ComplaintListQuery,
  ComplaintPageResponse,
  ComplaintResponse,
  EscalationRequest,
  ExtensionRequest,
  ReopeningRequest,
  ResolutionRequest,
  SubmitComplaintRequest,
} from './complaint.dto';

/**
 * Complaints and their handling. Each step of the state machine is a POST on a sub-resource named after
 * the step (`/acknowledgement`, `/resolution`, …); a step the current state does not allow is a 409
 * `COMPLAINT_ILLEGAL_TRANSITION`.
 */
@ApiTags('complaints')
@Controller('v1/complaints')
export class ComplaintController {
  constructor(
    private readonly submitComplaint: SubmitComplaintUseCase,
    private readonly acknowledgeComplaint: AcknowledgeComplaintUseCase,
    private readonly startInvestigation: StartInvestigationUseCase,
    private readonly sendHoldingResponse: SendHoldingResponseUseCase,
    private readonly resolveComplaint: ResolveComplaintUseCase,
    private readonly approveResolution: ApproveResolutionUseCase,
    private readonly closeComplaint: CloseComplaintUseCase,
    private readonly reopenComplaint: ReopenComplaintUseCase,
    private readonly escalateComplaint: EscalateComplaintUseCase,
    private readonly extendDeadline: ExtendDeadlineUseCase,
    private readonly assignComplaint: AssignComplaintUseCase,
    private readonly queries: ComplaintQueries,
  ) {}

  private async view(complaint: Complaint): Promise<ComplaintResponse> {
    return ComplaintResponse.from(await this.queries.withVulnerability(complaint));
  }

  @Post()
  @Requires('complaints:write')
  @Idempotent()
  @ApiOperation({ summary: 'Record a complaint from any channel; answers with its regime and deadlines.' })
  @ApiCreatedResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async submit(
    @Body() body: SubmitComplaintRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplaintResponse> {
    const complaint = await this.submitComplaint.execute(body);
    void reply.status(201).header('location', `/v1/complaints/${complaint.snapshot.id}`);
    return this.view(complaint);
  }

  @Get(':id')
  @Requires('complaints:read')
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', uuidParam('id')) id: string): Promise<ComplaintResponse> {
    return ComplaintResponse.from(await this.queries.get(id));
  }

  @Get()
  @Requires('complaints:read')
  @ApiOkResponse({ type: ComplaintPageResponse, description: 'Newest first.' })
  @ApiProblemResponses(400)
  async list(@Query() query: ComplaintListQuery): Promise<ComplaintPageResponse> {
    const cursor = query.cursor ? decodeKeysetCursor(query.cursor) : undefined;
    const page = await this.queries.page({
      ...(query.customerId ? { customerId: query.customerId } : {}),
      ...(query.status ? { status: query.status } : {}),
      limit: query.limit,
      ...(cursor ? { before: { recordedAt: cursor.at, id: cursor.id } } : {}),
    });
    return {
      items: await Promise.all(page.complaints.map((complaint) => this.view(complaint))),
      nextCursor: page.next
        ? encodeCursor({ at: page.next.recordedAt.toISOString(), id: page.next.id })
        : null,
    };
  }

  @Post(':id/acknowledgement')
  @HttpCode(200)
  @Requires('complaints:write')
  @ApiOperation({ summary: 'received|reopened → acknowledged' })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async acknowledge(@Param('id', uuidParam('id')) id: string): Promise<ComplaintResponse> {
    return this.view(await this.acknowledgeComplaint.execute(id));
  }

  @Post(':id/investigation')
  @HttpCode(200)
  @Requires('complaints:write')
  @ApiOperation({ summary: 'acknowledged|reopened → investigating (the caller must not be recused)' })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async investigate(@Param('id', uuidParam('id')) id: string): Promise<ComplaintResponse> {
    return this.view(await this.startInvestigation.execute(id));
  }

  @Post(':id/holding-response')
  @HttpCode(200)
  @Requires('complaints:write')
  @ApiOperation({
    summary:
      'investigating → holding-response-sent (CFPB "in progress": final response at 60 days; PSD: 35 business days)',
  })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async holdingResponse(@Param('id', uuidParam('id')) id: string): Promise<ComplaintResponse> {
    return this.view(await this.sendHoldingResponse.execute(id));
  }

  @Post(':id/resolution')
  @Requires('complaints:write')
  @ApiOperation({
    summary:
      '→ resolved with the final response; with legal or regulatory impact it waits (202) for a second approver',
  })
  @ApiOkResponse({ type: ComplaintResponse, description: 'Resolved.' })
  @ApiAcceptedResponse({ type: ComplaintResponse, description: 'Waiting for approval by a second person.' })
  @ApiProblemResponses(400, 404, 409, 422)
  async resolve(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ResolutionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplaintResponse> {
    const complaint = await this.resolveComplaint.execute(id, body);
    void reply.status(complaint.snapshot.pendingResolution ? 202 : 200);
    return this.view(complaint);
  }

  @Post(':id/resolution-approval')
  @HttpCode(200)
  @Requires('complaints:approve')
  @ApiOperation({
    summary: 'The checker approves the proposed final response (not its maker, not recused staff)',
  })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async approve(@Param('id', uuidParam('id')) id: string): Promise<ComplaintResponse> {
    return this.view(await this.approveResolution.execute(id));
  }

  @Post(':id/closure')
  @HttpCode(200)
  @Requires('complaints:write')
  @ApiOperation({ summary: 'resolved → closed, with a root cause from the list and the findings' })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async close(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ClosureRequest,
  ): Promise<ComplaintResponse> {
    return this.view(await this.closeComplaint.execute(id, body));
  }

  @Post(':id/reopening')
  @HttpCode(200)
  @Requires('complaints:write')
  @ApiOperation({ summary: 'resolved|closed → reopened; the clock restarts' })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async reopen(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReopeningRequest,
  ): Promise<ComplaintResponse> {
    return this.view(await this.reopenComplaint.execute(id, body.reason));
  }

  @Post(':id/escalation')
  @HttpCode(200)
  @Requires('complaints:write')
  @ApiOperation({ summary: '→ escalated to an ombudsman, regulator or internally, with a reference' })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async escalate(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: EscalationRequest,
  ): Promise<ComplaintResponse> {
    return this.view(await this.escalateComplaint.execute(id, body));
  }

  @Post(':id/extensions')
  @HttpCode(200)
  @Requires('complaints:approve')
  @ApiOperation({
    summary: 'A deadline extension the regime allows (cn-nfra), approved by the caller, with a reason',
  })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async extend(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ExtensionRequest,
  ): Promise<ComplaintResponse> {
    return this.view(await this.extendDeadline.execute(id, body));
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @Requires('complaints:write')
  @ApiOperation({
    summary: 'Assign a handler (staff involved in the complained-about interaction are recused: 409)',
  })
  @ApiOkResponse({ type: ComplaintResponse })
  @ApiProblemResponses(400, 404, 409)
  async assign(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AssignmentRequest,
  ): Promise<ComplaintResponse> {
    return this.view(await this.assignComplaint.execute(id, body.handlerId));
  }
}
