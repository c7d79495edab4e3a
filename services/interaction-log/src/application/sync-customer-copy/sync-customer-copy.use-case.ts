import { Injectable } from '@nestjs/common';
import { CustomerCopyRepository } from '../customer-copy.repository';
import type { SyncCustomerCopyCommand } from './sync-customer-copy.command';

/**
 * Keeps the local copy of what the channel profile needs from customer-profile's events: locale,
 * time zone, stated channels and hours — no names, no contact points (GDPR Art. 5(1)(c) minimisation).
 */
@Injectable()
export class SyncCustomerCopyUseCase {
  constructor(private readonly customers: CustomerCopyRepository) {}

  async execute({ customerId, ...fields }: SyncCustomerCopyCommand): Promise<void> {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    await this.customers.merge(customerId, defined);
  }
}
