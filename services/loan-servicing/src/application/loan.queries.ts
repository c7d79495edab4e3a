import { Injectable } from '@nestjs/common';
import { Clock, Decimal, NotFoundError, type LocalDate } from '@crm/kernel';
import { AuditTrail } from '@crm/security';
import type { HardshipArrangement } from '../domain/hardship';
import type { LoanAccount, Repayment } from '../domain/loan';
import { CurrencyRounding } from '../domain/loan-terms';
import { payoffQuote, type PayoffQuote } from '../domain/payoff-quote';
import { outstandingOf, type Installment } from '../domain/schedule/installment';
import { LoanServicingSettings } from '../loan-servicing.settings';
import { HardshipAssessment } from './hardship-assessment';
import { requireRequest } from './hardship-request-loader';
import type { HardshipRequestView } from './hardship-view';
import { HardshipRepository } from './hardship.repository';
import { loanNotFound } from './loan-errors';
import { LoanRepository } from './loan.repository';

export interface LoanView {
  loan: LoanAccount;
  installments: Installment[];
  outstanding: Decimal;
  arrangements: HardshipArrangement[];
}

@Injectable()
export class LoanQueries {
  constructor(
    private readonly loans: LoanRepository,
    private readonly hardship: HardshipRepository,
    private readonly assessment: HardshipAssessment,
    private readonly clock: Clock,
    private readonly settings: LoanServicingSettings,
    private readonly audit: AuditTrail,
  ) {}

  private async require(id: string): Promise<LoanAccount> {
    const loan = await this.loans.find(id);
    if (!loan) throw loanNotFound(id);
    return loan;
  }

  async get(id: string): Promise<LoanView> {
    const loan = await this.require(id);
    const installments = await this.loans.schedule(loan.id, loan.scheduleVersion);
    const owed = installments.reduce((sum, i) => sum.plus(outstandingOf(i)), loan.credit.negated());
    return {
      loan,
      installments,
      outstanding: Decimal.max(owed, 0),
      arrangements: await this.hardship.arrangements(loan.id),
    };
  }

  listByCustomer(
    customerId: string,
    limit: number,
    after?: { boardedAt: string; id: string },
  ): Promise<LoanAccount[]> {
    return this.loans.listByCustomer(customerId, limit, after);
  }

  /** The current schedule, or a previous version kept by a restructure. */
  async schedule(
    id: string,
    version?: number,
  ): Promise<{ loan: LoanAccount; version: number; installments: Installment[] }> {
    const loan = await this.require(id);
    const wanted = version ?? loan.scheduleVersion;
    if (wanted < 1 || wanted > loan.scheduleVersion)
      throw new NotFoundError(
        'SCHEDULE_VERSION_NOT_FOUND',
        `the loan has schedule versions 1 to ${loan.scheduleVersion}`,
      );
    return { loan, version: wanted, installments: await this.loans.schedule(loan.id, wanted) };
  }

  async repayments(id: string): Promise<{ loan: LoanAccount; repayments: Repayment[] }> {
    const loan = await this.require(id);
    return { loan, repayments: await this.loans.repayments(loan.id) };
  }

  async payoffQuote(id: string, asOf?: LocalDate): Promise<{ loan: LoanAccount; quote: PayoffQuote }> {
    const loan = await this.require(id);
    const installments = await this.loans.schedule(loan.id, loan.scheduleVersion);
    const date = asOf ?? this.clock.today(loan.timeZone);
    const rounding = new CurrencyRounding(loan.terms.currency, loan.terms.roundingMode);
    return {
      loan,
      quote: payoffQuote(
        installments,
        date,
        loan.credit,
        rounding,
        this.settings.LOAN_PAYOFF_QUOTE_VALID_DAYS,
      ),
    };
  }

  /** A hardship request: its reasons, income and notes can reveal health or family matters, so the read is audited. */
  async hardshipRequest(loanId: string, requestId: string): Promise<HardshipRequestView> {
    const loan = await this.require(loanId);
    const request = await requireRequest(this.hardship, loan.id, requestId);
    await this.audit.record({
      action: 'loan.hardship.read',
      resourceType: 'hardship-request',
      resourceId: request.id,
      fields: ['reasons', 'monthlyIncome', 'monthlyExpenses', ...(request.notes ? ['notes'] : [])],
      outcome: 'success',
    });
    return this.assessment.of(loan, request);
  }
}
