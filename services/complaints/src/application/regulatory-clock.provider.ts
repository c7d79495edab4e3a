import type { Provider } from '@nestjs/common';
import { RegulatoryClock, type CalendarOverridesTable } from '../domain/regulatory-clock/regulatory-clock';
import type { MilestoneRule } from '../domain/regulatory-clock/regime-rules';
import { ComplaintsSettings } from '../complaints.settings';

/** One engine per service, configured from settings (bank closures, eu-jc table). */
export const regulatoryClockProvider: Provider = {
  provide: RegulatoryClock,
  useFactory: (settings: ComplaintsSettings) =>
    new RegulatoryClock({
      calendarOverrides: JSON.parse(settings.COMPLAINTS_CALENDAR_OVERRIDES) as CalendarOverridesTable,
      euJcMilestones: JSON.parse(settings.COMPLAINTS_EU_JC_DEADLINES) as Record<string, MilestoneRule[]>,
    }),
  inject: [ComplaintsSettings],
};
