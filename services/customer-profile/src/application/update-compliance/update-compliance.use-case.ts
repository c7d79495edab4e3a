import { Injectable } from '@nestjs/common';
import { CustomerComplianceChangedV1 } from '@crm/contracts';
import { Clock, NotFoundError, newId } from '@crm/kernel';
import { EventPublisher, newEvent } from '@crm/messaging';
import { TransactionRunner } from '@crm/persistence';
import { AuditTrail } from '@crm/security';
import { newComplianceChange, type ComplianceChange } from '../../domain/compliance';
import { ComplianceRepository } from '../compliance.repository';
import { CustomerRepository } from '../customer.repository';
import type { UpdateComplianceCommand } from './update-compliance.command';

@Injectable()
export class UpdateComplianceUseCase {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly compliance: ComplianceRepository,
    private readonly events: EventPublisher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async execute(command: UpdateComplianceCommand): Promise<ComplianceChange> {
    const now = this.clock.now();
    const change = newComplianceChange({ id: newId(), ...command, changedAt: now });
    return this.transactions.run(async () => {
      const customer = await this.customers.findById(command.customerId, { forUpdate: true });
      if (!customer) throw new NotFoundError('CUSTOMER_NOT_FOUND', `no customer ${command.customerId}`);
      await this.compliance.append(change);
      await this.audit.record({
        action: 'customer.compliance-changed',
        resourceType: 'customer',
        resourceId: command.customerId,
        fields: ['compliance.kycStatus', 'compliance.amlFlags'],
        outcome: 'success',
      });
      await this.events.publish(
        newEvent(
          CustomerComplianceChangedV1,
          command.customerId,
          {
            customerId: command.customerId,
            kycStatus: change.kycStatus,
            ...(change.kycExpiresOn === undefined ? {} : { kycExpiresOn: change.kycExpiresOn }),
            amlFlags: change.amlFlags,
            changedAt: now.toISOString(),
          },
          { occurredAt: now },
        ),
      );
      return change;
    });
  }
}
