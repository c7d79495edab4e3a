import { Module } from '@nestjs/common';
import { ComplaintController } from './api/complaint.controller';
import { ComplaintEventsHandler } from './api/complaint-events.handler';
import { ReportController } from './api/report.controller';
import { SlaClockJob } from './api/sla-clock.job';
import { AcknowledgeComplaintUseCase } from './application/acknowledge-complaint/acknowledge-complaint.use-case';
import { ApproveResolutionUseCase } from './application/approve-resolution/approve-resolution.use-case';
import { AssignComplaintUseCase } from './application/assign-complaint/assign-complaint.use-case';
import { CloseComplaintUseCase } from './application/close-complaint/close-complaint.use-case';
import { ComplaintSteps } from './application/complaint-steps';
import { ComplaintQueries } from './application/complaint.queries';
import {
  ComplaintRepository,
  InvolvementRepository,
  SlaRepository,
  VulnerabilityRepository,
} from './application/complaint.repository';
import { EraseCustomerComplaintsUseCase } from './application/erase-customer-complaints/erase-customer-complaints.use-case';
import { EscalateComplaintUseCase } from './application/escalate-complaint/escalate-complaint.use-case';
import { ExtendDeadlineUseCase } from './application/extend-deadline/extend-deadline.use-case';
import { FireSlaAlertsUseCase } from './application/fire-sla-alerts/fire-sla-alerts.use-case';
import { RecordInteractionInvolvementUseCase } from './application/record-interaction-involvement/record-interaction-involvement.use-case';
import { RecordVulnerabilityUseCase } from './application/record-vulnerability/record-vulnerability.use-case';
import { regulatoryClockProvider } from './application/regulatory-clock.provider';
import { ReopenComplaintUseCase } from './application/reopen-complaint/reopen-complaint.use-case';
import { ReportQueries } from './application/report.queries';
import { ResolveComplaintUseCase } from './application/resolve-complaint/resolve-complaint.use-case';
import { SendHoldingResponseUseCase } from './application/send-holding-response/send-holding-response.use-case';
import { StoredReplies } from './application/stored-replies.repository';
import { StartInvestigationUseCase } from './application/start-investigation/start-investigation.use-case';
import { SubmitComplaintUseCase } from './application/submit-complaint/submit-complaint.use-case';
import { ComplaintTypeOrmRepository } from './infrastructure/complaint.typeorm-repository';
import {
  InvolvementTypeOrmRepository,
  VulnerabilityTypeOrmRepository,
} from './infrastructure/local-copies.typeorm-repository';
import { SlaTypeOrmRepository } from './infrastructure/sla.typeorm-repository';
import { StoredRepliesTypeOrmRepository } from './infrastructure/stored-replies.typeorm-repository';

@Module({
  controllers: [ComplaintController, ReportController, ComplaintEventsHandler],
  providers: [
    regulatoryClockProvider,
    ComplaintSteps,
    SubmitComplaintUseCase,
    AcknowledgeComplaintUseCase,
    StartInvestigationUseCase,
    SendHoldingResponseUseCase,
    ResolveComplaintUseCase,
    ApproveResolutionUseCase,
    CloseComplaintUseCase,
    ReopenComplaintUseCase,
    EscalateComplaintUseCase,
    ExtendDeadlineUseCase,
    AssignComplaintUseCase,
    FireSlaAlertsUseCase,
    RecordInteractionInvolvementUseCase,
    RecordVulnerabilityUseCase,
    EraseCustomerComplaintsUseCase,
    ComplaintQueries,
    ReportQueries,
    SlaClockJob,
    { provide: ComplaintRepository, useClass: ComplaintTypeOrmRepository },
    { provide: InvolvementRepository, useClass: InvolvementTypeOrmRepository },
    { provide: VulnerabilityRepository, useClass: VulnerabilityTypeOrmRepository },
    { provide: SlaRepository, useClass: SlaTypeOrmRepository },
    { provide: StoredReplies, useClass: StoredRepliesTypeOrmRepository },
  ],
})
export class ComplaintsModule {}
