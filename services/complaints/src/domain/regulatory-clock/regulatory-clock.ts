import type { ComplaintDeadlines, ComplaintMilestone, ComplaintRegime } from '@crm/contracts';
import {
  BusinessCalendar,
  DomainError,
  addDays,
  instantOf,
  localDateOf,
  type CalendarOverrides,
  type LocalDate,
} from '@crm/kernel';
import { formatJurisdiction, holidayCalendarOf, timeZoneOf, type Jurisdiction } from './jurisdiction';
import {
  EU_JC_MEMBER_STATE_MILESTONES,
  REGIME_MILESTONES,
  type DayCount,
  type DeadlineChangeRule,
  type MilestoneRule,
} from './regime-rules';

/** Bank closures and extra openings, by jurisdiction (`CN`) or subdivision (`GB-SCT`). */
export type CalendarOverridesTable = Readonly<Record<string, CalendarOverrides>>;

export interface RegulatoryClockConfig {
  calendarOverrides?: CalendarOverridesTable;
  /** Replaces entries of EU_JC_MEMBER_STATE_MILESTONES (by member state, or `DEFAULT`). */
  euJcMilestones?: Readonly<Record<string, readonly MilestoneRule[]>>;
}

export interface MilestoneClock extends MilestoneRule {
  /** Local date in the clock's time zone: the milestone is on time when done by the end of it. */
  dueDate: LocalDate;
  met?: { at: string; isOnTime: boolean };
}

/** A complaint's running clock: day 0 and a due date per milestone. */
export interface ClockState {
  timeZone: string;
  /** The day of receipt (or of reopening) in `timeZone`. */
  dayZero: LocalDate;
  startedAt: string;
  milestones: MilestoneClock[];
}

export interface DeadlineChange {
  milestone: ComplaintMilestone;
  /** Absent when the change adds a milestone the clock did not have. */
  previousDeadline?: LocalDate;
  newDeadline: LocalDate;
  ground: string;
}

/**
 * The regulatory clock engine. Counting (the same for every regime): the day of receipt in the
 * jurisdiction's time zone is day 0; N calendar days is day 0 + N; N business days is the Nth business
 * day after day 0, skipping weekends, the jurisdiction's public holidays (substitute days included, from
 * date-holidays) and the bank's own closures, and counting the bank's extra openings.
 */
export class RegulatoryClock {
  private readonly calendars = new Map<string, BusinessCalendar>();

  constructor(private readonly config: RegulatoryClockConfig = {}) {}

  timeZoneOf(jurisdiction: Jurisdiction): string {
    const zone = timeZoneOf(jurisdiction);
    if (!zone) {
      throw new DomainError(
        'COMPLAINT_JURISDICTION_UNSUPPORTED',
        'invalid',
        `no time zone is configured for jurisdiction ${formatJurisdiction(jurisdiction)}`,
      );
    }
    return zone;
  }

  calendarOf(jurisdiction: Jurisdiction): BusinessCalendar {
    const key = formatJurisdiction(jurisdiction);
    let calendar = this.calendars.get(key);
    if (!calendar) {
      const overrides =
        this.config.calendarOverrides?.[key] ?? this.config.calendarOverrides?.[jurisdiction.country] ?? {};
      const { country, region } = holidayCalendarOf(jurisdiction);
      try {
        calendar = new BusinessCalendar(country, region, overrides);
      } catch {
        // A subdivision date-holidays does not know keeps its country's calendar.
        calendar = new BusinessCalendar(country, undefined, overrides);
      }
      this.calendars.set(key, calendar);
    }
    return calendar;
  }

  /** The date N calendar or business days after day 0. */
  dueDate(jurisdiction: Jurisdiction, dayZero: LocalDate, count: DayCount): LocalDate {
    return count.unit === 'calendar'
      ? addDays(dayZero, count.days)
      : this.calendarOf(jurisdiction).addBusinessDays(dayZero, count.days);
  }

  milestoneRules(regime: ComplaintRegime, jurisdiction: Jurisdiction): readonly MilestoneRule[] {
    if (regime !== 'eu-jc') return REGIME_MILESTONES[regime];
    const table = { ...EU_JC_MEMBER_STATE_MILESTONES, ...this.config.euJcMilestones };
    return table[jurisdiction.country] ?? table.DEFAULT ?? [];
  }

  /** Starts (or, on reopening, restarts) the clock at an instant. */
  start(regime: ComplaintRegime, jurisdiction: Jurisdiction, at: Date): ClockState {
    const timeZone = this.timeZoneOf(jurisdiction);
    const dayZero = localDateOf(at, timeZone);
    return {
      timeZone,
      dayZero,
      startedAt: at.toISOString(),
      milestones: this.milestoneRules(regime, jurisdiction).map((rule) => ({
        ...rule,
        dueDate: this.dueDate(jurisdiction, dayZero, rule.count),
      })),
    };
  }

  /** Moves (or adds) a milestone's deadline as a regime rule allows; a change never shortens one. */
  change(
    state: ClockState,
    jurisdiction: Jurisdiction,
    rule: DeadlineChangeRule,
  ): { state: ClockState; change: DeadlineChange } {
    const newDeadline = this.dueDate(jurisdiction, state.dayZero, rule.count);
    const existing = state.milestones.find((m) => m.milestone === rule.milestone);
    const dueDate = existing && existing.dueDate > newDeadline ? existing.dueDate : newDeadline;
    const updated: MilestoneClock = {
      milestone: rule.milestone,
      count: rule.count,
      isObligation: true,
      basis: rule.basis,
      dueDate,
    };
    return {
      state: {
        ...state,
        milestones: existing
          ? state.milestones.map((m) => (m.milestone === rule.milestone ? updated : m))
          : [...state.milestones, updated],
      },
      change: {
        milestone: rule.milestone,
        ...(existing ? { previousDeadline: existing.dueDate } : {}),
        newDeadline: dueDate,
        ground: rule.ground,
      },
    };
  }
}

/** Whether something done at `at` meets a due date: done by the end of that day in the clock's zone. */
export function isOnTime(state: ClockState, dueDate: LocalDate, at: Date): boolean {
  return localDateOf(at, state.timeZone) <= dueDate;
}

/** The instant a due date ends (midnight starting the next day, in the clock's zone). */
export function endOf(dueDate: LocalDate, timeZone: string): Date {
  return instantOf(addDays(dueDate, 1), '00:00', timeZone);
}

/** Marks milestones met (those not met yet), recording whether each was on time. */
export function meetMilestones(
  state: ClockState,
  milestones: readonly ComplaintMilestone[],
  at: Date,
): { state: ClockState; met: { milestone: ComplaintMilestone; deadline: LocalDate; isOnTime: boolean }[] } {
  const met: { milestone: ComplaintMilestone; deadline: LocalDate; isOnTime: boolean }[] = [];
  const updated = state.milestones.map((m) => {
    if (m.met || !milestones.includes(m.milestone)) return m;
    const onTime = isOnTime(state, m.dueDate, at);
    met.push({ milestone: m.milestone, deadline: m.dueDate, isOnTime: onTime });
    return { ...m, met: { at: at.toISOString(), isOnTime: onTime } };
  });
  return { state: { ...state, milestones: updated }, met };
}

/** The `deadlines` map events and the API carry. */
export function deadlinesOf(state: ClockState): ComplaintDeadlines {
  return Object.fromEntries(state.milestones.map((m) => [m.milestone, m.dueDate]));
}
