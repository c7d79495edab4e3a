import type { LocalDate } from '@crm/kernel';
import type { HardshipOption } from '@crm/contracts';
import type { HardshipArrangement, HardshipRequest } from '../domain/hardship';
import type { Installment } from '../domain/schedule/installment';

export interface HardshipPreview {
  id: string;
  requestId: string;
  loanId: string;
  option: HardshipOption;
  parameters: Record<string, unknown>;
  basedOnVersion: number;
  startsOn: LocalDate;
  endsOn: LocalDate | null;
  installments: Installment[];
  createdAt: Date;
}

/** Port: hardship requests, their previews and the arrangements they lead to. */
export abstract class HardshipRepository {
  abstract addRequest(request: HardshipRequest): Promise<void>;
  abstract findRequest(loanId: string, id: string): Promise<HardshipRequest | undefined>;
  abstract saveRequest(request: HardshipRequest): Promise<void>;
  abstract hasRequestSince(loanId: string, since: Date): Promise<boolean>;
  abstract addPreview(preview: HardshipPreview): Promise<void>;
  abstract findPreview(requestId: string, id: string): Promise<HardshipPreview | undefined>;
  abstract addArrangement(arrangement: HardshipArrangement): Promise<void>;
  abstract saveArrangement(arrangement: HardshipArrangement): Promise<void>;
  abstract arrangements(loanId: string): Promise<HardshipArrangement[]>;
  /** Erases the free-text notes of a customer's requests; returns how many had any. */
  abstract eraseNotes(customerId: string): Promise<number>;
}
