import type { TemplateParams } from '../../domain/workflow';

/** A workflow triggered by an event of another service, by a channel app, or by a job. */
export type TriggerWorkflowCommand =
  | {
      kind: 'event';
      eventId: string;
      eventType: string;
      eventTime: string;
      customerId: string;
      data: unknown;
    }
  | {
      kind: 'direct';
      workflow: string;
      customerId: string;
      params: TemplateParams;
      loanId?: string;
      triggerKey: string;
    };
