import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { parseDelinquencyRanges, type DelinquencyRange } from './domain/delinquency';
import { parseHardshipRules, type HardshipRules } from './domain/hardship';
import {
  DEFAULT_ALLOCATION_ORDER,
  parseAllocationOrder,
  type PaymentAllocationType,
} from './domain/repayment-allocation';

function Parses(parse: (value: string) => unknown, what: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'parses',
      validator: {
        validate: (value) => {
          try {
            parse(String(value));
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: () => `$property must be ${what}`,
      },
    },
    options,
  );
}

/** loan-servicing's own settings: environment variables with defaults, checked at start. */
export class LoanServicingSettings {
  /** Delinquency buckets by days past due (Fineract's delinquency ranges). */
  @Parses(parseDelinquencyRanges, 'ascending ranges like 1-30,31-60,61-90,91+')
  LOAN_DELINQUENCY_RANGES = '1-30,31-60,61-90,91+';

  /** A shortfall up to this amount (in the loan's currency) is not arrears (Fineract's inArrearsTolerance). */
  @Matches(/^\d{1,12}(\.\d{1,4})?$/, { message: 'LOAN_ARREARS_TOLERANCE must be a decimal amount' })
  LOAN_ARREARS_TOLERANCE = '0';

  /** crm.loan.payment-due.v1 fires this many days before each due date. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  LOAN_PAYMENT_DUE_REMINDER_DAYS = 5;

  /** Days after the due date before crm.loan.payment-missed.v1 (1 = the day after). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  LOAN_PAYMENT_MISSED_AFTER_DAYS = 1;

  /** Extra days before any collections event for a customer with the `extra-time` adjustment (FCA FG21/1). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  LOAN_EXTRA_TIME_GRACE_DAYS = 14;

  /** Fineract PaymentAllocationType order, every type once. */
  @Parses(parseAllocationOrder, 'every PaymentAllocationType once, comma-separated')
  LOAN_ALLOCATION_ORDER = DEFAULT_ALLOCATION_ORDER.join(',');

  /** Per-option overrides of the hardship eligibility rules, as JSON. */
  @Parses(parseHardshipRules, 'a JSON object of hardship option rules')
  LOAN_HARDSHIP_RULES = '{}';

  /** A hardship request counts as an early-warning signal this many days. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOAN_HARDSHIP_ENQUIRY_SIGNAL_DAYS = 90;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  LOAN_PAYOFF_QUOTE_VALID_DAYS = 7;

  /** Stated in erasure reports: how long loan records are kept after the loan closes. */
  @IsString()
  LOAN_RECORD_RETENTION =
    'loan ledger kept 10 years after the loan closes (bookkeeping and credit-agreement retention)';

  get delinquencyRanges(): DelinquencyRange[] {
    return parseDelinquencyRanges(this.LOAN_DELINQUENCY_RANGES);
  }

  get allocationOrder(): PaymentAllocationType[] {
    return parseAllocationOrder(this.LOAN_ALLOCATION_ORDER);
  }

  get hardshipRules(): HardshipRules {
    return parseHardshipRules(this.LOAN_HARDSHIP_RULES);
  }
}
