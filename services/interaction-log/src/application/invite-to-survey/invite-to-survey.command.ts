import type { SurveyTrigger } from '@crm/contracts';

export interface InviteToSurveyCommand {
  trigger: SurveyTrigger;
  triggerId: string;
  customerId: string;
  channel?: string;
  language?: string;
  team?: string;
}
