import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@crm/kernel';
import type { ErasureRequest } from '../../domain/privacy/erasure-request';
import { ErasureRequestRepository } from './erasure-request.repository';

@Injectable()
export class ErasureRequestQueries {
  constructor(private readonly requests: ErasureRequestRepository) {}

  async get(customerId: string, requestId: string): Promise<ErasureRequest> {
    const request = await this.requests.find(customerId, requestId);
    if (!request) throw new NotFoundError('ERASURE_REQUEST_NOT_FOUND', 'No such erasure request.');
    return request;
  }
}
