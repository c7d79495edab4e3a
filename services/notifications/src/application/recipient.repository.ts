import type {
  CustomerContactPreferencesChangedV1Data,
  CustomerConsentChangedV1Data,
  CustomerProfileUpdatedV1Data,
  CustomerRegisteredV1Data,
  Festival,
  VulnerabilityAdjustment,
} from '@crm/contracts';
import type { Recipient } from '../domain/recipient';

export interface StoredRecipient extends Recipient {
  isErased: boolean;
}

/** The local copy of customers: only what delivery needs, fed by customer-profile and loan events. */
export abstract class RecipientRepository {
  abstract get(customerId: string): Promise<StoredRecipient | undefined>;
  abstract getMany(customerIds: string[]): Promise<Map<string, StoredRecipient>>;
  abstract applyRegistration(data: CustomerRegisteredV1Data, at: Date): Promise<void>;
  abstract applyContactPreferences(data: CustomerContactPreferencesChangedV1Data, at: Date): Promise<void>;
  abstract applyConsent(data: CustomerConsentChangedV1Data): Promise<void>;
  abstract applyAdjustments(
    customerId: string,
    adjustments: VulnerabilityAdjustment[],
    at: Date,
  ): Promise<void>;
  abstract applyProfileUpdate(data: CustomerProfileUpdatedV1Data, at: Date): Promise<void>;
  abstract setObservedFestivals(customerId: string, festivals: Festival[], at: Date): Promise<void>;
  abstract startHardship(arrangementId: string, customerId: string, loanId: string, at: Date): Promise<void>;
  abstract endHardship(arrangementId: string): Promise<void>;
  /** Customers who observe at least one festival, after a customer id (keyset), for the greeting job. */
  abstract festivalObservers(afterCustomerId: string | undefined, limit: number): Promise<StoredRecipient[]>;
  /** Deletes contact copies, names, festivals and consents; leaves a tombstone so nothing is sent. */
  abstract erase(customerId: string, at: Date): Promise<void>;
}
