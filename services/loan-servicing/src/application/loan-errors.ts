import { DomainError, NotFoundError } from '@crm/kernel';
import type { LoanAccount } from '../domain/loan';

export function loanNotFound(id: string): NotFoundError {
  return new NotFoundError('LOAN_NOT_FOUND', `no loan ${id}`);
}

export function requireActive(loan: LoanAccount): void {
  if (loan.status !== 'ACTIVE')
    throw new DomainError('LOAN_NOT_ACTIVE', 'conflict', `the loan is ${loan.status}, not ACTIVE`);
}
