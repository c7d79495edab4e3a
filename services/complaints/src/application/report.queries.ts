import { Injectable } from '@nestjs/common';
import { Clock, DomainError, addDays, instantOf, type LocalDate } from '@crm/kernel';
import { AuditTrail } from '@crm/security';
import { ComplaintsSettings } from '../complaints.settings';
import {
  CFPB_COLUMNS,
  cfpbRows,
  complaintInsights,
  fcaComplaintsReturn,
  type FcaProductGroupFigures,
  type InsightDimension,
  type InsightGroup,
} from '../domain/complaint-reports';
import { toCsv } from '../domain/csv';
import { RegulatoryClock } from '../domain/regulatory-clock/regulatory-clock';
import { ComplaintRepository } from './complaint.repository';

/** Reports span at most this many days: a bounded read. */
const MAX_PERIOD_DAYS = 400;

@Injectable()
export class ReportQueries {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly engine: RegulatoryClock,
    private readonly settings: ComplaintsSettings,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async cfpbCsv(from: LocalDate, to: LocalDate): Promise<string> {
    const complaints = await this.inPeriod(from, to);
    await this.audit.record({ action: 'report.cfpb', resourceType: 'report', outcome: 'success' });
    return toCsv([
      [...CFPB_COLUMNS],
      ...cfpbRows(complaints, this.settings.COMPLAINTS_COMPANY_NAME, from, to, this.clock.now()),
    ]);
  }

  async fcaReturn(from: LocalDate, to: LocalDate): Promise<FcaProductGroupFigures[]> {
    return fcaComplaintsReturn(await this.inPeriod(from, to), this.engine, from, to);
  }

  async insights(groupBy: InsightDimension, from?: LocalDate, to?: LocalDate): Promise<InsightGroup[]> {
    const end = to ?? this.clock.today();
    const start = from ?? addDays(end, -365);
    return complaintInsights(await this.inPeriod(start, end), groupBy);
  }

  /** Complaints received or resolved in the period, by any jurisdiction's local date (a day's margin each side). */
  private inPeriod(from: LocalDate, to: LocalDate) {
    if (from > to) throw new DomainError('REPORT_PERIOD_INVALID', 'invalid', 'from must not be after to');
    if (addDays(from, MAX_PERIOD_DAYS) < to) {
      throw new DomainError(
        'REPORT_PERIOD_INVALID',
        'invalid',
        `a report covers at most ${MAX_PERIOD_DAYS} days`,
      );
    }
    return this.complaints.activeBetween(
      instantOf(addDays(from, -1), '00:00', 'UTC'),
      instantOf(addDays(to, 2), '00:00', 'UTC'),
    );
  }
}
