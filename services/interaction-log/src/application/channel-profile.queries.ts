import { Injectable } from '@nestjs/common';
import {
  compareStatedAndObserved,
  type Difference,
  type ObservedUse,
  type StatedPreferences,
} from '../domain/channel-profile';
import { CustomerCopyRepository } from './customer-copy.repository';
import { InteractionRepository } from './interaction.repository';

export interface ChannelProfile {
  customerId: string;
  /** The zone the hour histogram is in: the customer's, or UTC while it is unknown. */
  timeZone: string;
  stated: StatedPreferences;
  observed: ObservedUse;
  differences: Difference[];
}

@Injectable()
export class ChannelProfileQueries {
  constructor(
    private readonly customers: CustomerCopyRepository,
    private readonly interactions: InteractionRepository,
  ) {}

  async get(customerId: string): Promise<ChannelProfile> {
    const copy = await this.customers.get(customerId);
    const stated: StatedPreferences = {
      preferredChannels: copy?.preferredChannels ?? [],
      ...(copy?.locale ? { locale: copy.locale } : {}),
      ...(copy?.timeZone ? { timeZone: copy.timeZone } : {}),
      ...(copy?.contactHours ? { contactHours: copy.contactHours } : {}),
    };
    const timeZone = stated.timeZone ?? 'UTC';
    const observed = await this.interactions.observedUse(customerId, timeZone);
    return {
      customerId,
      timeZone,
      stated,
      observed,
      differences: compareStatedAndObserved(stated, observed),
    };
  }
}
