import { Injectable } from '@nestjs/common';
import {
  CustomerConsentChangedV1,
  CustomerContactPreferencesChangedV1,
  CustomerProfileUpdatedV1,
  CustomerRegisteredV1,
  CustomerSensitiveDataDeletedV1,
  CustomerVulnerabilityChangedV1,
  LoanHardshipArrangementEndedV1,
  LoanHardshipArrangementStartedV1,
  type CrmEvent,
  type CustomerConsentChangedV1Data,
  type CustomerContactPreferencesChangedV1Data,
  type CustomerProfileUpdatedV1Data,
  type CustomerRegisteredV1Data,
  type CustomerSensitiveDataDeletedV1Data,
  type CustomerVulnerabilityChangedV1Data,
  type LoanHardshipArrangementEndedV1Data,
  type LoanHardshipArrangementStartedV1Data,
} from '@crm/contracts';
import { RecipientRepository } from '../recipient.repository';

/**
 * Keeps the local copy of what delivery needs (event-carried state transfer): language, zone, name as
 * the customer wants it, channels, hours, contact points, consents, adjustments, festivals, hardship.
 * Runs in the inbox transaction of the event, so a redelivered event changes nothing.
 */
@Injectable()
export class RecordRecipientChangeUseCase {
  constructor(private readonly recipients: RecipientRepository) {}

  async execute(event: CrmEvent): Promise<void> {
    const at = new Date(event.time);
    switch (event.type) {
      case CustomerRegisteredV1.type:
        return this.recipients.applyRegistration(event.data as CustomerRegisteredV1Data, at);
      case CustomerContactPreferencesChangedV1.type:
        return this.recipients.applyContactPreferences(
          event.data as CustomerContactPreferencesChangedV1Data,
          at,
        );
      case CustomerConsentChangedV1.type:
        return this.recipients.applyConsent(event.data as CustomerConsentChangedV1Data);
      case CustomerVulnerabilityChangedV1.type: {
        const data = event.data as CustomerVulnerabilityChangedV1Data;
        return this.recipients.applyAdjustments(data.customerId, data.adjustments, at);
      }
      case CustomerProfileUpdatedV1.type:
        return this.recipients.applyProfileUpdate(event.data as CustomerProfileUpdatedV1Data, at);
      case CustomerSensitiveDataDeletedV1.type: {
        const data = event.data as CustomerSensitiveDataDeletedV1Data;
        // Special-category data (GDPR Art. 9): our copy goes with the original.
        if (data.attributes.includes('observedFestivals'))
          await this.recipients.setObservedFestivals(data.customerId, [], at);
        return;
      }
      case LoanHardshipArrangementStartedV1.type: {
        const data = event.data as LoanHardshipArrangementStartedV1Data;
        return this.recipients.startHardship(data.arrangementId, data.customerId, data.loanId, at);
      }
      case LoanHardshipArrangementEndedV1.type:
        return this.recipients.endHardship((event.data as LoanHardshipArrangementEndedV1Data).arrangementId);
    }
  }
}
