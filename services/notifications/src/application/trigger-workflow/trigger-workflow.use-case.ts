import { Injectable } from '@nestjs/common';
import { Clock, newId } from '@crm/kernel';
import { hasGrantedConsent } from '../../domain/recipient';
import { eventConditionsHold, paramsFor, valueAt, type Workflow } from '../../domain/workflow';
import { NotificationRepository, type NewNotification } from '../notification.repository';
import { RecipientRepository } from '../recipient.repository';
import { WorkflowCatalog } from '../workflows/workflow-catalog';
import type { TriggerWorkflowCommand } from './trigger-workflow.command';

const MINUTE = 60_000;

/**
 * Turns a trigger into messages owed: one per matching workflow, scheduled (after the workflow's delay)
 * for the dispatcher. Sends nothing itself, so a trigger commits fast and a provider outage never
 * blocks the event stream. The trigger key is unique: a replayed trigger adds nothing.
 */
@Injectable()
export class TriggerWorkflowUseCase {
  constructor(
    private readonly catalog: WorkflowCatalog,
    private readonly notifications: NotificationRepository,
    private readonly recipients: RecipientRepository,
    private readonly clock: Clock,
  ) {}

  /** The ids of the notifications created (empty when no workflow matched or all were replays). */
  async execute(command: TriggerWorkflowCommand): Promise<string[]> {
    const now = this.clock.now();
    const created: string[] = [];
    const candidates =
      command.kind === 'event'
        ? this.catalog.forEvent(command.eventType).filter((w) => eventConditionsHold(w, command.data))
        : [this.catalog.get(command.workflow)];
    for (const workflow of candidates) {
      if (!(await this.customerConditionsHold(workflow, command.customerId))) continue;
      const params = command.kind === 'event' ? paramsFor(workflow, command.data) : command.params;
      if (workflow.digest) {
        const since = new Date(now.getTime() - workflow.digest.windowMinutes * MINUTE);
        const target = await this.notifications.findDigestTarget(command.customerId, workflow.name, since);
        if (target) {
          await this.notifications.addToDigest(target, params);
          continue;
        }
      }
      const notification: NewNotification = {
        id: newId(),
        customerId: command.customerId,
        workflow: workflow.name,
        purpose: workflow.purpose,
        triggerKey: command.kind === 'event' ? `${command.eventId}:${workflow.name}` : command.triggerKey,
        sourceEventId: command.kind === 'event' ? command.eventId : undefined,
        sourceEventTime: command.kind === 'event' ? new Date(command.eventTime) : undefined,
        loanId: command.kind === 'event' ? this.text(command.data, workflow.loanIdPath) : command.loanId,
        team: command.kind === 'event' ? this.text(command.data, workflow.teamPath) : undefined,
        params,
        status: 'scheduled',
        scheduledFor: new Date(now.getTime() + (workflow.delayMinutes ?? 0) * MINUTE),
        stepIndex: 0,
        digestCount: 1,
        createdAt: now,
      };
      if (await this.notifications.create(notification)) created.push(notification.id);
    }
    return created;
  }

  private text(data: unknown, path: string | undefined): string | undefined {
    if (!path) return undefined;
    const value = valueAt(data, path);
    return typeof value === 'string' ? value : undefined;
  }

  private async customerConditionsHold(workflow: Workflow, customerId: string): Promise<boolean> {
    const conditions = (workflow.conditions ?? []).filter((c) => 'customer' in c);
    if (conditions.length === 0) return true;
    const recipient = await this.recipients.get(customerId);
    if (!recipient) return false;
    return conditions.every((c) => 'customer' in c && hasGrantedConsent(recipient, c.purpose));
  }
}
