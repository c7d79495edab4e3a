import { NotFoundError } from '@crm/kernel';
import type { HardshipRequest } from '../domain/hardship';
import type { HardshipRepository } from './hardship.repository';

export async function requireRequest(
  hardship: HardshipRepository,
  loanId: string,
  requestId: string,
): Promise<HardshipRequest> {
  const request = await hardship.findRequest(loanId, requestId);
  if (!request)
    throw new NotFoundError('HARDSHIP_REQUEST_NOT_FOUND', `no hardship request ${requestId} on this loan`);
  return request;
}
