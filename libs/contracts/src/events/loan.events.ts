import { defineEvent } from '../event-definition';
import { s } from '../schema';
import {
  HARDSHIP_OPTIONS,
  LOAN_STATUSES,
  RISK_SEVERITIES,
  type HardshipOption,
  type LoanStatus,
  type RiskSeverity,
} from '../vocabulary';

const CUSTOMER_ID = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';
const LOAN_ID = '0192f0c2-7b1e-7cc1-8a3e-ffffffffffff';

/** Every loan event names the loan and its currency; amounts are decimal strings, never floats. */
interface LoanEventBase {
  loanId: string;
  customerId: string;
  /** ISO 4217. */
  currency: string;
}
const base = { loanId: s.uuid(), customerId: s.uuid(), currency: s.currency() };
const baseRequired = ['loanId', 'customerId', 'currency'];
const baseExample: LoanEventBase = { loanId: LOAN_ID, customerId: CUSTOMER_ID, currency: 'EUR' };

export interface LoanBoardedV1Data extends LoanEventBase {
  productCode: string;
  principal: string;
  numberOfRepayments: number;
  repaymentFrequency: 'MONTHLY' | 'BIWEEKLY' | 'WEEKLY';
  disbursementDate: string;
  firstRepaymentDate: string;
  maturityDate: string;
  /** The regular installment (the first one), for the welcome letter. */
  installmentAmount: string;
  boardedAt: string;
}

export const LoanBoardedV1 = defineEvent<LoanBoardedV1Data>({
  type: 'crm.loan.boarded.v1',
  producers: ['loan-servicing'],
  summary: 'A loan account was boarded for servicing, with its schedule summary.',
  dataSchema: s.object(
    [
      ...baseRequired,
      'productCode',
      'principal',
      'numberOfRepayments',
      'repaymentFrequency',
      'disbursementDate',
      'firstRepaymentDate',
      'maturityDate',
      'installmentAmount',
      'boardedAt',
    ],
    {
      ...base,
      productCode: s.text(60),
      principal: s.decimal(),
      numberOfRepayments: s.int(1, 1200),
      repaymentFrequency: s.oneOf(['MONTHLY', 'BIWEEKLY', 'WEEKLY']),
      disbursementDate: s.date(),
      firstRepaymentDate: s.date(),
      maturityDate: s.date(),
      installmentAmount: s.decimal(),
      boardedAt: s.instant(),
    },
  ),
  example: {
    ...baseExample,
    productCode: 'PERSONAL-12',
    principal: '10000.00',
    numberOfRepayments: 12,
    repaymentFrequency: 'MONTHLY',
    disbursementDate: '2026-01-01',
    firstRepaymentDate: '2026-02-01',
    maturityDate: '2027-01-01',
    installmentAmount: '888.49',
    boardedAt: '2026-01-01T09:00:00.000Z',
  },
});

export interface LoanPaymentDueV1Data extends LoanEventBase {
  installmentNumber: number;
  dueDate: string;
  amountDue: string;
  daysUntilDue: number;
}

export const LoanPaymentDueV1 = defineEvent<LoanPaymentDueV1Data>({
  type: 'crm.loan.payment-due.v1',
  producers: ['loan-servicing'],
  summary: 'An installment falls due in a configured number of days (for reminders).',
  dataSchema: s.object([...baseRequired, 'installmentNumber', 'dueDate', 'amountDue', 'daysUntilDue'], {
    ...base,
    installmentNumber: s.int(1),
    dueDate: s.date(),
    amountDue: s.decimal(),
    daysUntilDue: s.int(0),
  }),
  example: {
    ...baseExample,
    installmentNumber: 3,
    dueDate: '2026-04-01',
    amountDue: '888.49',
    daysUntilDue: 5,
  },
});

export interface LoanPaymentReceivedV1Data extends LoanEventBase {
  repaymentId: string;
  amount: string;
  paidAt: string;
  /** How the payment was allocated (Fineract's portions); `credit` is overpayment kept. */
  allocation: { principal: string; interest: string; fees: string; penalties: string; credit: string };
  /** Total still owed after the payment. */
  outstanding: string;
}

export const LoanPaymentReceivedV1 = defineEvent<LoanPaymentReceivedV1Data>({
  type: 'crm.loan.payment-received.v1',
  producers: ['loan-servicing'],
  summary: 'A repayment was received and allocated.',
  dataSchema: s.object([...baseRequired, 'repaymentId', 'amount', 'paidAt', 'allocation', 'outstanding'], {
    ...base,
    repaymentId: s.uuid(),
    amount: s.decimal(),
    paidAt: s.instant(),
    allocation: s.object(['principal', 'interest', 'fees', 'penalties', 'credit'], {
      principal: s.decimal(),
      interest: s.decimal(),
      fees: s.decimal(),
      penalties: s.decimal(),
      credit: s.decimal(),
    }),
    outstanding: s.decimal(),
  }),
  example: {
    ...baseExample,
    repaymentId: '0192f0c2-7b1e-7cc1-8a3e-000000000001',
    amount: '888.49',
    paidAt: '2026-02-01T08:00:00.000Z',
    allocation: { principal: '788.49', interest: '100.00', fees: '0.00', penalties: '0.00', credit: '0.00' },
    outstanding: '9773.39',
  },
});

export interface LoanPaymentReversedV1Data extends LoanEventBase {
  repaymentId: string;
  amount: string;
  reversedAt: string;
  outstanding: string;
}

export const LoanPaymentReversedV1 = defineEvent<LoanPaymentReversedV1Data>({
  type: 'crm.loan.payment-reversed.v1',
  producers: ['loan-servicing'],
  summary: 'A repayment was reversed and allocation replayed.',
  dataSchema: s.object([...baseRequired, 'repaymentId', 'amount', 'reversedAt', 'outstanding'], {
    ...base,
    repaymentId: s.uuid(),
    amount: s.decimal(),
    reversedAt: s.instant(),
    outstanding: s.decimal(),
  }),
  example: {
    ...baseExample,
    repaymentId: '0192f0c2-7b1e-7cc1-8a3e-000000000001',
    amount: '888.49',
    reversedAt: '2026-02-03T08:00:00.000Z',
    outstanding: '10661.88',
  },
});

export interface LoanPaymentMissedV1Data extends LoanEventBase {
  installmentNumber: number;
  dueDate: string;
  amountOverdue: string;
  daysPastDue: number;
  /** The business date of the run that found it. */
  businessDate: string;
}

export const LoanPaymentMissedV1 = defineEvent<LoanPaymentMissedV1Data>({
  type: 'crm.loan.payment-missed.v1',
  producers: ['loan-servicing'],
  summary: 'An installment passed its due date unpaid beyond the arrears tolerance.',
  dataSchema: s.object(
    [...baseRequired, 'installmentNumber', 'dueDate', 'amountOverdue', 'daysPastDue', 'businessDate'],
    {
      ...base,
      installmentNumber: s.int(1),
      dueDate: s.date(),
      amountOverdue: s.decimal(),
      daysPastDue: s.int(0),
      businessDate: s.date(),
    },
  ),
  example: {
    ...baseExample,
    installmentNumber: 3,
    dueDate: '2026-04-01',
    amountOverdue: '888.49',
    daysPastDue: 1,
    businessDate: '2026-04-02',
  },
});

export interface LoanDelinquencyChangedV1Data extends LoanEventBase {
  /** Bucket names from configuration (e.g. `1-30`); null when not delinquent. */
  previousBucket: string | null;
  bucket: string | null;
  daysPastDue: number;
  amountOverdue: string;
  businessDate: string;
}

export const LoanDelinquencyChangedV1 = defineEvent<LoanDelinquencyChangedV1Data>({
  type: 'crm.loan.delinquency-changed.v1',
  producers: ['loan-servicing'],
  summary: 'A loan moved between delinquency buckets.',
  dataSchema: s.object(
    [...baseRequired, 'previousBucket', 'bucket', 'daysPastDue', 'amountOverdue', 'businessDate'],
    {
      ...base,
      previousBucket: s.nullable(s.text(40)),
      bucket: s.nullable(s.text(40)),
      daysPastDue: s.int(0),
      amountOverdue: s.decimal(),
      businessDate: s.date(),
    },
  ),
  example: {
    ...baseExample,
    previousBucket: '1-30',
    bucket: '31-60',
    daysPastDue: 31,
    amountOverdue: '1776.98',
    businessDate: '2026-05-02',
  },
});

export interface LoanClosedV1Data extends LoanEventBase {
  status: LoanStatus;
  closedAt: string;
}

export const LoanClosedV1 = defineEvent<LoanClosedV1Data>({
  type: 'crm.loan.closed.v1',
  producers: ['loan-servicing'],
  summary: 'A loan was closed (obligations met, written off, overpaid…).',
  dataSchema: s.object([...baseRequired, 'status', 'closedAt'], {
    ...base,
    status: s.oneOf(LOAN_STATUSES),
    closedAt: s.instant(),
  }),
  example: { ...baseExample, status: 'CLOSED_OBLIGATIONS_MET', closedAt: '2027-01-01T09:00:00.000Z' },
});

export interface LoanRiskWarningV1Data extends LoanEventBase {
  severity: RiskSeverity;
  previousSeverity: RiskSeverity;
  /** Reason codes from repayment behaviour only, e.g. `MISSED_PAYMENTS_2`, `DPD_RISING`. */
  reasons: string[];
  raisedAt: string;
}

/** Early warning from repayment behaviour only — never language, nationality, culture or vulnerability. */
export const LoanRiskWarningV1 = defineEvent<LoanRiskWarningV1Data>({
  type: 'crm.loan.risk-warning.v1',
  producers: ['loan-servicing'],
  summary: "A loan's early-warning severity rose, with reason codes.",
  dataSchema: s.object([...baseRequired, 'severity', 'previousSeverity', 'reasons', 'raisedAt'], {
    ...base,
    severity: s.oneOf(RISK_SEVERITIES),
    previousSeverity: s.oneOf(RISK_SEVERITIES),
    reasons: s.list(s.text(60), 20),
    raisedAt: s.instant(),
  }),
  example: {
    ...baseExample,
    severity: 'medium',
    previousSeverity: 'low',
    reasons: ['PARTIAL_PAYMENT', 'DPD_RISING'],
    raisedAt: '2026-04-10T00:00:00.000Z',
  },
});

export interface LoanHardshipRequestedV1Data extends LoanEventBase {
  requestId: string;
  /** The channel it came through; the reason stays in loan-servicing (it can reveal health data). */
  channel: string;
  language: string;
  requestedAt: string;
}

export const LoanHardshipRequestedV1 = defineEvent<LoanHardshipRequestedV1Data>({
  type: 'crm.loan.hardship-requested.v1',
  producers: ['loan-servicing'],
  summary: 'A customer asked for help with repayments.',
  dataSchema: s.object([...baseRequired, 'requestId', 'channel', 'language', 'requestedAt'], {
    ...base,
    requestId: s.uuid(),
    channel: s.text(40),
    language: s.locale(),
    requestedAt: s.instant(),
  }),
  example: {
    ...baseExample,
    requestId: '0192f0c2-7b1e-7cc1-8a3e-000000000002',
    channel: 'phone',
    language: 'es',
    requestedAt: '2026-04-05T10:00:00.000Z',
  },
});

export interface LoanHardshipArrangementStartedV1Data extends LoanEventBase {
  arrangementId: string;
  option: HardshipOption;
  startsOn: string;
  /** Null when it lasts until the loan ends. */
  endsOn: string | null;
  startedAt: string;
}

/** Delinquency ageing pauses and collections contact stops until the matching `-ended` event. */
export const LoanHardshipArrangementStartedV1 = defineEvent<LoanHardshipArrangementStartedV1Data>({
  type: 'crm.loan.hardship-arrangement-started.v1',
  producers: ['loan-servicing'],
  summary: 'A hardship arrangement started: collections contact stops.',
  dataSchema: s.object([...baseRequired, 'arrangementId', 'option', 'startsOn', 'endsOn', 'startedAt'], {
    ...base,
    arrangementId: s.uuid(),
    option: s.oneOf(HARDSHIP_OPTIONS),
    startsOn: s.date(),
    endsOn: s.nullable(s.date()),
    startedAt: s.instant(),
  }),
  example: {
    ...baseExample,
    arrangementId: '0192f0c2-7b1e-7cc1-8a3e-000000000003',
    option: 'PAYMENT_HOLIDAY',
    startsOn: '2026-05-01',
    endsOn: '2026-07-31',
    startedAt: '2026-04-20T10:00:00.000Z',
  },
});

export interface LoanHardshipArrangementEndedV1Data extends LoanEventBase {
  arrangementId: string;
  reason: 'completed' | 'cancelled' | 'broken';
  endedAt: string;
}

export const LoanHardshipArrangementEndedV1 = defineEvent<LoanHardshipArrangementEndedV1Data>({
  type: 'crm.loan.hardship-arrangement-ended.v1',
  producers: ['loan-servicing'],
  summary: 'A hardship arrangement ended: normal servicing resumes.',
  dataSchema: s.object([...baseRequired, 'arrangementId', 'reason', 'endedAt'], {
    ...base,
    arrangementId: s.uuid(),
    reason: s.oneOf(['completed', 'cancelled', 'broken']),
    endedAt: s.instant(),
  }),
  example: {
    ...baseExample,
    arrangementId: '0192f0c2-7b1e-7cc1-8a3e-000000000003',
    reason: 'completed',
    endedAt: '2026-08-01T00:00:00.000Z',
  },
});

export interface LoanRestructuredV1Data extends LoanEventBase {
  option: HardshipOption;
  arrangementId?: string;
  scheduleVersion: number;
  previousInstallmentAmount: string;
  installmentAmount: string;
  previousNumberOfRepayments: number;
  numberOfRepayments: number;
  previousMaturityDate: string;
  maturityDate: string;
  restructuredAt: string;
}

export const LoanRestructuredV1 = defineEvent<LoanRestructuredV1Data>({
  type: 'crm.loan.restructured.v1',
  producers: ['loan-servicing'],
  summary: 'A loan got a new schedule (the previous one kept as a version).',
  dataSchema: s.object(
    [
      ...baseRequired,
      'option',
      'scheduleVersion',
      'previousInstallmentAmount',
      'installmentAmount',
      'previousNumberOfRepayments',
      'numberOfRepayments',
      'previousMaturityDate',
      'maturityDate',
      'restructuredAt',
    ],
    {
      ...base,
      option: s.oneOf(HARDSHIP_OPTIONS),
      arrangementId: s.uuid(),
      scheduleVersion: s.int(1),
      previousInstallmentAmount: s.decimal(),
      installmentAmount: s.decimal(),
      previousNumberOfRepayments: s.int(1),
      numberOfRepayments: s.int(1),
      previousMaturityDate: s.date(),
      maturityDate: s.date(),
      restructuredAt: s.instant(),
    },
  ),
  example: {
    ...baseExample,
    option: 'EXTEND_REPAYMENT_PERIOD',
    arrangementId: '0192f0c2-7b1e-7cc1-8a3e-000000000003',
    scheduleVersion: 2,
    previousInstallmentAmount: '888.49',
    installmentAmount: '512.30',
    previousNumberOfRepayments: 12,
    numberOfRepayments: 24,
    previousMaturityDate: '2027-01-01',
    maturityDate: '2028-04-01',
    restructuredAt: '2026-04-21T10:00:00.000Z',
  },
});
