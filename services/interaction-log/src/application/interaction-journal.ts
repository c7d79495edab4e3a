import { Injectable } from '@nestjs/common';
import { InteractionRecordedV1 } from '@crm/contracts';
import { EventPublisher, newEvent } from '@crm/messaging';
import { AuditTrail } from '@crm/security';
import { interactionTitle, type Interaction } from '../domain/interaction';
import { INTERACTION_ENTRY_TYPE } from '../domain/timeline-entry';
import { InteractionRepository } from './interaction.repository';
import { InviteToSurveyUseCase } from './invite-to-survey/invite-to-survey.use-case';
import { TimelineRepository } from './timeline.repository';

/**
 * Appends an interaction (new or a correction) with everything that goes with it, in the caller's
 * transaction: the timeline entry, the event (without the summary: free text stays here), the
 * survey a resolved touchpoint triggers, and the audit record.
 */
@Injectable()
export class InteractionJournal {
  constructor(
    private readonly interactions: InteractionRepository,
    private readonly timeline: TimelineRepository,
    private readonly events: EventPublisher,
    private readonly inviteToSurvey: InviteToSurveyUseCase,
    private readonly audit: AuditTrail,
  ) {}

  async append(interaction: Interaction, rootId: string = interaction.id): Promise<void> {
    await this.interactions.add(interaction);
    if (interaction.supersedes) await this.timeline.markSuperseded(interaction.supersedes);
    const [event] = await this.events.publish(
      newEvent(
        InteractionRecordedV1,
        interaction.customerId,
        {
          interactionId: interaction.id,
          customerId: interaction.customerId,
          channel: interaction.channel,
          direction: interaction.direction,
          occurredAt: interaction.occurredAt.toISOString(),
          language: interaction.language,
          interpreterUsed: interaction.interpreterUsed,
          outcome: interaction.outcome,
          topics: interaction.topics,
          ...(interaction.staffId ? { staffId: interaction.staffId } : {}),
          ...(interaction.team ? { team: interaction.team } : {}),
          ...(interaction.loanId ? { loanId: interaction.loanId } : {}),
          ...(interaction.complaintId ? { complaintId: interaction.complaintId } : {}),
          ...(interaction.supersedes ? { supersedes: interaction.supersedes } : {}),
        },
        { subject: `interactions/${interaction.id}`, occurredAt: interaction.recordedAt },
      ),
    );
    await this.timeline.add({
      id: interaction.id,
      customerId: interaction.customerId,
      type: INTERACTION_ENTRY_TYPE,
      channel: interaction.channel,
      occurredAt: interaction.occurredAt,
      title: interactionTitle(interaction),
      interactionId: interaction.id,
      ...(event ? { sourceEvent: { id: event.id, type: event.type, source: event.source } } : {}),
    });
    if (interaction.outcome === 'resolved') {
      // The root of a correction chain is the trigger: correcting a resolved call invites no second survey.
      await this.inviteToSurvey.execute({
        trigger: 'interaction-resolved',
        triggerId: rootId,
        customerId: interaction.customerId,
        channel: interaction.channel,
        language: interaction.language,
        ...(interaction.team ? { team: interaction.team } : {}),
      });
    }
    await this.audit.record({
      action: interaction.supersedes ? 'interaction.correct' : 'interaction.record',
      resourceType: 'interaction',
      resourceId: interaction.id,
      fields: ['summary'],
      outcome: 'success',
    });
  }
}
