import type { ErasureRequest } from '../../domain/privacy/erasure-request';

export abstract class ErasureRequestRepository {
  abstract add(request: ErasureRequest): Promise<void>;
  /** Locked until the surrounding transaction ends: two services' reports never overwrite each other. */
  abstract lock(requestId: string): Promise<ErasureRequest | undefined>;
  abstract save(request: ErasureRequest): Promise<void>;
  abstract findByCustomer(customerId: string): Promise<ErasureRequest | undefined>;
  abstract find(customerId: string, requestId: string): Promise<ErasureRequest | undefined>;
}
