import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { DomainError } from '@crm/kernel';
import type { Workflow } from '../../domain/workflow';
import { NotificationsSettings } from '../../notifications.settings';
import { SHIPPED_WORKFLOWS } from './shipped-workflows';

/** The workflows in force: the shipped ones, replaced or extended by name from WORKFLOWS_FILE. */
@Injectable()
export class WorkflowCatalog {
  private readonly byName = new Map<string, Workflow>();
  private readonly byEvent = new Map<string, Workflow[]>();

  constructor(settings: NotificationsSettings) {
    const overrides: Workflow[] = settings.WORKFLOWS_FILE
      ? (JSON.parse(readFileSync(settings.WORKFLOWS_FILE, 'utf8')) as Workflow[])
      : [];
    for (const workflow of [...SHIPPED_WORKFLOWS, ...overrides]) this.byName.set(workflow.name, workflow);
    for (const workflow of this.byName.values()) {
      if (!workflow.eventType) continue;
      this.byEvent.set(workflow.eventType, [...(this.byEvent.get(workflow.eventType) ?? []), workflow]);
    }
  }

  forEvent(type: string): Workflow[] {
    return this.byEvent.get(type) ?? [];
  }

  find(name: string): Workflow | undefined {
    return this.byName.get(name);
  }

  get(name: string): Workflow {
    const workflow = this.byName.get(name);
    if (!workflow) throw new DomainError('WORKFLOW_NOT_FOUND', 'invalid', `there is no workflow ${name}`);
    return workflow;
  }

  eventTypes(): string[] {
    return [...this.byEvent.keys()];
  }
}
