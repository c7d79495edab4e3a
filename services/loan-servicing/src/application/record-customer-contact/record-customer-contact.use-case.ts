import { Injectable } from '@nestjs/common';
import { LocalCopyRepository } from '../local-copy.repository';

/** Keeps the customer's language and time zone for loan letters (a contact copy, erased on request). */
@Injectable()
export class RecordCustomerContactUseCase {
  constructor(private readonly copies: LocalCopyRepository) {}

  execute(customerId: string, contact: { locale?: string; timeZone?: string }, at: Date): Promise<void> {
    return this.copies.saveCustomerContact(customerId, contact, at);
  }
}
