import { Module } from '@nestjs/common';
import { ComplaintEventsHandler } from './api/complaint-events.handler';
import { CustomerEventsHandler } from './api/customer-events.handler';
import { DailyLoanRunJob } from './api/daily-loan-run.job';
import { HardshipController } from './api/hardship.controller';
import { LoanController } from './api/loan.controller';
import { RepaymentController } from './api/repayment.controller';
import { ApproveHardshipArrangementUseCase } from './application/approve-hardship-arrangement/approve-hardship-arrangement.use-case';
import { BoardLoanUseCase } from './application/board-loan/board-loan.use-case';
import { CancelHardshipArrangementUseCase } from './application/cancel-hardship-arrangement/cancel-hardship-arrangement.use-case';
import { EraseCustomerUseCase } from './application/erase-customer/erase-customer.use-case';
import { HardshipAssessment } from './application/hardship-assessment';
import { HardshipRepository } from './application/hardship.repository';
import { LoanLedger } from './application/loan-ledger';
import { LoanRiskAssessor } from './application/loan-risk-assessor';
import { LoanQueries } from './application/loan.queries';
import { LoanRepository } from './application/loan.repository';
import { LocalCopyRepository } from './application/local-copy.repository';
import { PreviewHardshipOptionUseCase } from './application/preview-hardship-option/preview-hardship-option.use-case';
import { ProposeHardshipArrangementUseCase } from './application/propose-hardship-arrangement/propose-hardship-arrangement.use-case';
import { RecordComplaintCopyUseCase } from './application/record-complaint-copy/record-complaint-copy.use-case';
import { RecordCustomerContactUseCase } from './application/record-customer-contact/record-customer-contact.use-case';
import { RecordHardshipAcceptanceUseCase } from './application/record-hardship-acceptance/record-hardship-acceptance.use-case';
import { RecordRepaymentUseCase } from './application/record-repayment/record-repayment.use-case';
import { RecordVulnerabilityAdjustmentsUseCase } from './application/record-vulnerability-adjustments/record-vulnerability-adjustments.use-case';
import { RequestHardshipUseCase } from './application/request-hardship/request-hardship.use-case';
import { ReverseRepaymentUseCase } from './application/reverse-repayment/reverse-repayment.use-case';
import { StoredReplies } from './application/stored-replies.repository';
import { RunDailyLoanCycleUseCase } from './application/run-daily-loan-cycle/run-daily-loan-cycle.use-case';
import { HardshipTypeOrmRepository } from './infrastructure/hardship.typeorm-repository';
import { LoanTypeOrmRepository } from './infrastructure/loan.typeorm-repository';
import { LocalCopyTypeOrmRepository } from './infrastructure/local-copy.typeorm-repository';
import { StoredRepliesTypeOrmRepository } from './infrastructure/stored-replies.typeorm-repository';

@Module({
  controllers: [
    LoanController,
    RepaymentController,
    HardshipController,
    CustomerEventsHandler,
    ComplaintEventsHandler,
  ],
  providers: [
    BoardLoanUseCase,
    RecordRepaymentUseCase,
    ReverseRepaymentUseCase,
    RunDailyLoanCycleUseCase,
    RequestHardshipUseCase,
    PreviewHardshipOptionUseCase,
    ProposeHardshipArrangementUseCase,
    RecordHardshipAcceptanceUseCase,
    ApproveHardshipArrangementUseCase,
    CancelHardshipArrangementUseCase,
    RecordCustomerContactUseCase,
    RecordVulnerabilityAdjustmentsUseCase,
    RecordComplaintCopyUseCase,
    EraseCustomerUseCase,
    LoanLedger,
    LoanRiskAssessor,
    HardshipAssessment,
    LoanQueries,
    DailyLoanRunJob,
    { provide: LoanRepository, useClass: LoanTypeOrmRepository },
    { provide: HardshipRepository, useClass: HardshipTypeOrmRepository },
    { provide: LocalCopyRepository, useClass: LocalCopyTypeOrmRepository },
    { provide: StoredReplies, useClass: StoredRepliesTypeOrmRepository },
  ],
})
export class LoanServicingModule {}
