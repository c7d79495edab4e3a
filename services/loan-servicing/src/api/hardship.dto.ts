import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { HARDSHIP_OPTIONS, type HardshipOption } from '@crm/contracts';
import { Money } from '@crm/kernel';
import { IsHumanText, IsLocale } from '@crm/platform';
import type { HardshipRequestView } from '../application/hardship-view';
import type { HardshipPreviewView } from '../application/preview-hardship-option/preview-hardship-option.use-case';
import { HARDSHIP_REASONS, type HardshipReason, type HardshipRequest } from '../domain/hardship';
import {
  RE_AGE_INTEREST_HANDLING_TYPES,
  type LoanReAgeInterestHandlingType,
} from '../domain/schedule/schedule';
import { InstallmentResponse } from './loan.dto';
import { IsDecimalString } from './loan.validators';

const CHANNEL = /^[a-z][a-z-]{1,39}$/;

export class RequestHardshipRequest {
  @ApiProperty({ enum: HARDSHIP_REASONS, isArray: true, example: ['job-loss'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(HARDSHIP_REASONS.length)
  @IsIn(HARDSHIP_REASONS, { each: true })
  reasons!: HardshipReason[];

  @ApiProperty({
    description: "Declared monthly income, decimal string in the loan's currency.",
    example: '1800.00',
  })
  @IsDecimalString()
  monthlyIncome!: string;

  @ApiProperty({ description: 'Declared monthly expenses.', example: '1500.00' })
  @IsDecimalString()
  monthlyExpenses!: string;

  @ApiProperty({
    enum: HARDSHIP_OPTIONS,
    isArray: true,
    example: ['PAYMENT_HOLIDAY'],
    description: 'The help the customer asks for (may be empty).',
  })
  @IsArray()
  @ArrayMaxSize(HARDSHIP_OPTIONS.length)
  @IsIn(HARDSHIP_OPTIONS, { each: true })
  requestedHelp!: HardshipOption[];

  @ApiProperty({ example: 'phone' })
  @Matches(CHANNEL, { message: 'channel must be a lower-case word such as phone or mobile-app' })
  channel!: string;

  @ApiProperty({ description: 'BCP 47.', example: 'es-MX' })
  @IsLocale()
  language!: string;

  @ApiPropertyOptional({
    description: 'Free text; stays in this service and is erased on request.',
    maxLength: 2000,
  })
  @IsOptional()
  @IsHumanText({ maxLength: 2000, multiline: true })
  notes?: string;
}

export class PreviewHardshipOptionRequest {
  @ApiProperty({ enum: HARDSHIP_OPTIONS, example: 'PAYMENT_HOLIDAY' })
  @IsIn(HARDSHIP_OPTIONS)
  option!: HardshipOption;

  @ApiPropertyOptional({
    description: 'PAYMENT_HOLIDAY, INTEREST_PAUSE, GRACE_ON_PRINCIPAL: installments covered.',
    example: 2,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  installments?: number;

  @ApiPropertyOptional({
    description: 'PAYMENT_HOLIDAY: keep the maturity date instead of extending the term.',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  keepTerm?: boolean;

  @ApiPropertyOptional({ description: 'EXTEND_REPAYMENT_PERIOD: installments added.', example: 12 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  additionalInstallments?: number;

  @ApiPropertyOptional({
    description: 'RE_AGE: installments to spread over (default: those left).',
    example: 10,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  numberOfInstallments?: number;

  @ApiPropertyOptional({
    enum: RE_AGE_INTEREST_HANDLING_TYPES,
    description: "RE_AGE: Fineract's LoanReAgeInterestHandlingType.",
  })
  @IsOptional()
  @IsIn(RE_AGE_INTEREST_HANDLING_TYPES)
  reAgeInterestHandling?: LoanReAgeInterestHandlingType;
}

export class ProposeHardshipRequest {
  @ApiProperty({ format: 'uuid', description: 'The preview to propose.' })
  @IsUUID()
  previewId!: string;
}

export class RecordAcceptanceRequest {
  @ApiProperty({ description: 'Version of the wording the customer saw.', example: 'hardship-terms-2026-03' })
  @Matches(/^[A-Za-z0-9._-]{1,60}$/, {
    message: 'wordingVersion must be 1 to 60 letters, digits, dots, dashes or underscores',
  })
  wordingVersion!: string;

  @ApiProperty({ description: 'BCP 47: the language of that wording.', example: 'es-MX' })
  @IsLocale()
  language!: string;

  @ApiProperty({ example: 'mobile-app' })
  @Matches(CHANNEL, { message: 'channel must be a lower-case word such as phone or mobile-app' })
  channel!: string;
}

export class AffordabilityResponse {
  @ApiProperty({ example: '300.00' }) disposableIncome!: string;
  @ApiProperty({ example: '888.49' }) currentInstallment!: string;
  @ApiProperty() isCurrentInstallmentAffordable!: boolean;
}

export class EligibleOptionResponse {
  @ApiProperty({ enum: HARDSHIP_OPTIONS }) option!: string;
  @ApiProperty({ example: 3 }) maxInstallments!: number;
}

export class AcceptanceResponse {
  @ApiProperty() wordingVersion!: string;
  @ApiProperty() language!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ format: 'date-time' }) acceptedAt!: string;
}

export class HardshipRequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) loanId!: string;
  @ApiProperty({ enum: ['OPEN', 'PROPOSED', 'ACCEPTED', 'APPROVED', 'WITHDRAWN'] }) status!: string;
  @ApiProperty({ enum: HARDSHIP_REASONS, isArray: true }) reasons!: string[];
  @ApiProperty({ example: '1800.00' }) monthlyIncome!: string;
  @ApiProperty({ example: '1500.00' }) monthlyExpenses!: string;
  @ApiProperty({ enum: HARDSHIP_OPTIONS, isArray: true }) requestedHelp!: string[];
  @ApiProperty() channel!: string;
  @ApiProperty() language!: string;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: AffordabilityResponse }) affordability!: AffordabilityResponse;
  @ApiProperty({ type: [EligibleOptionResponse] }) eligibleOptions!: EligibleOptionResponse[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) proposedPreviewId!: string | null;
  @ApiProperty({ nullable: true, type: String }) proposedBy!: string | null;
  @ApiProperty({ type: AcceptanceResponse, nullable: true }) acceptance!: AcceptanceResponse | null;
  @ApiProperty({ nullable: true, type: String }) approvedBy!: string | null;

  static from(view: HardshipRequestView): HardshipRequestResponse {
    const f = (v: { toFixed(d: number): string }) => v.toFixed(Money.minorUnits(view.currency));
    const r: HardshipRequest = view.request;
    return {
      id: r.id,
      loanId: r.loanId,
      status: r.status,
      reasons: r.reasons,
      monthlyIncome: f(r.monthlyIncome),
      monthlyExpenses: f(r.monthlyExpenses),
      requestedHelp: r.requestedHelp,
      channel: r.channel,
      language: r.language,
      notes: r.notes,
      requestedAt: r.requestedAt.toISOString(),
      affordability: {
        disposableIncome: f(view.affordability.disposableIncome),
        currentInstallment: f(view.affordability.currentInstallment),
        isCurrentInstallmentAffordable: view.affordability.isCurrentInstallmentAffordable,
      },
      eligibleOptions: view.eligibleOptions,
      proposedPreviewId: r.proposal?.previewId ?? null,
      proposedBy: r.proposal?.proposedBy ?? null,
      acceptance: r.acceptance
        ? { ...r.acceptance, acceptedAt: r.acceptance.acceptedAt.toISOString() }
        : null,
      approvedBy: r.approvedBy,
    };
  }
}

export class ScheduleSummaryResponse {
  @ApiProperty({ example: '888.49', description: 'The regular installment from today on.' })
  installmentAmount!: string;
  @ApiProperty({ example: 12 }) numberOfRepayments!: number;
  @ApiProperty({ format: 'date' }) maturityDate!: string;
  @ApiProperty({ example: '661.86', description: 'Interest, fees and penalties over the whole loan.' })
  totalCost!: string;
  @ApiProperty({ type: [InstallmentResponse] }) installments!: InstallmentResponse[];
}

export class ScheduleDifferenceResponse {
  @ApiProperty({ example: '-120.15' }) installmentAmount!: string;
  @ApiProperty({ example: 2 }) numberOfRepayments!: number;
  @ApiProperty({ example: '35.20' }) totalCost!: string;
}

export class HardshipPreviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ enum: HARDSHIP_OPTIONS }) option!: string;
  @ApiProperty({ type: Object, example: { installments: 2, keepTerm: false } }) parameters!: Record<
    string,
    unknown
  >;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty({ type: ScheduleSummaryResponse }) current!: ScheduleSummaryResponse;
  @ApiProperty({ type: ScheduleSummaryResponse }) proposed!: ScheduleSummaryResponse;
  @ApiProperty({ type: ScheduleDifferenceResponse, description: 'proposed − current.' })
  difference!: ScheduleDifferenceResponse;

  static from(view: HardshipPreviewView): HardshipPreviewResponse {
    const currency = view.loan.terms.currency;
    const f = (v: { toFixed(d: number): string }) => v.toFixed(Money.minorUnits(currency));
    const c = view.comparison;
    return {
      id: view.preview.id,
      requestId: view.preview.requestId,
      option: view.preview.option,
      parameters: view.preview.parameters,
      currency,
      startsOn: view.preview.startsOn,
      endsOn: view.preview.endsOn,
      current: {
        installmentAmount: f(c.current.installmentAmount),
        numberOfRepayments: c.current.numberOfRepayments,
        maturityDate: c.current.maturityDate,
        totalCost: f(c.current.totalCost),
        installments: view.current.map((i) => InstallmentResponse.from(i, currency)),
      },
      proposed: {
        installmentAmount: f(c.proposed.installmentAmount),
        numberOfRepayments: c.proposed.numberOfRepayments,
        maturityDate: c.proposed.maturityDate,
        totalCost: f(c.proposed.totalCost),
        installments: view.preview.installments.map((i) => InstallmentResponse.from(i, currency)),
      },
      difference: {
        installmentAmount: f(c.difference.installmentAmount),
        numberOfRepayments: c.difference.numberOfRepayments,
        totalCost: f(c.difference.totalCost),
      },
    };
  }
}
