import { Type } from 'class-transformer';
import {
  IsNumber,
  IsString,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

@ValidatorConstraint({ name: 'isJsonObject' })
class IsJsonObject implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return '$property must be a JSON object';
  }
}

/** The complaints service's own settings (environment variables with defaults). */
export class ComplaintsSettings {
  /** Share of the time to a deadline after which `crm.complaint.sla-at-risk.v1` fires. */
  @Type(() => Number)
  @IsNumber()
  @Min(0.01)
  @Max(0.99)
  COMPLAINTS_SLA_AT_RISK_SHARE = 0.8;

  /**
   * The bank's own closures and openings by jurisdiction, e.g.
   * `{"CN":{"closures":["2026-02-19"],"openings":["2026-02-14"]}}` (China's 调休 working weekends).
   */
  @IsString()
  @Validate(IsJsonObject)
  COMPLAINTS_CALENDAR_OVERRIDES = '{}';

  /**
   * eu-jc deadlines per member state, replacing the built-in table, e.g.
   * `{"DE":[{"milestone":"finalResponse","count":{"days":15,"unit":"business"},"isObligation":true,"basis":"BaFin"}]}`.
   */
  @IsString()
  @Validate(IsJsonObject)
  COMPLAINTS_EU_JC_DEADLINES = '{}';

  /** The `Company` column of the CFPB export. */
  @IsString()
  @MaxLength(200)
  COMPLAINTS_COMPANY_NAME = 'Example Bank, N.A.';
}
