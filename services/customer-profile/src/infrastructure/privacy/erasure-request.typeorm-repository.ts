import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SERVICES } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { ErasureRequestRepository } from '../../application/privacy/erasure-request.repository';
import { ErasureRequest } from '../../domain/privacy/erasure-request';
import { ErasureRequestOrmEntity, ErasureServiceReportOrmEntity } from './erasure-request.orm-entity';

@Injectable()
export class ErasureRequestTypeOrmRepository extends ErasureRequestRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get manager(): EntityManager {
    return activeManager(this.dataSource);
  }

  async add(request: ErasureRequest): Promise<void> {
    const r = request.snapshot;
    await this.manager.insert(ErasureRequestOrmEntity, {
      id: r.id,
      customerId: r.customerId,
      requestedAt: new Date(r.requestedAt),
      completedAt: request.completedAt === null ? null : new Date(request.completedAt),
    });
    await this.manager.insert(ErasureServiceReportOrmEntity, this.reports(request));
  }

  async save(request: ErasureRequest): Promise<void> {
    const r = request.snapshot;
    await this.manager.update(ErasureRequestOrmEntity, r.id, {
      completedAt: request.completedAt === null ? null : new Date(request.completedAt),
    });
    await this.manager.upsert(ErasureServiceReportOrmEntity, this.reports(request), ['requestId', 'service']);
  }

  async lock(requestId: string): Promise<ErasureRequest | undefined> {
    const row = await this.manager.findOne(ErasureRequestOrmEntity, {
      where: { id: requestId },
      lock: { mode: 'pessimistic_write' },
    });
    return row ? this.restore(row) : undefined;
  }

  async findByCustomer(customerId: string): Promise<ErasureRequest | undefined> {
    const row = await this.manager.findOneBy(ErasureRequestOrmEntity, { customerId });
    return row ? this.restore(row) : undefined;
  }

  async find(customerId: string, requestId: string): Promise<ErasureRequest | undefined> {
    const row = await this.manager.findOneBy(ErasureRequestOrmEntity, { id: requestId, customerId });
    return row ? this.restore(row) : undefined;
  }

  private reports(request: ErasureRequest): ErasureServiceReportOrmEntity[] {
    return request.snapshot.services.map((s) => ({
      requestId: request.snapshot.id,
      service: s.service,
      status: s.status,
      erased: s.erased,
      retained: s.retained,
      completedAt: s.completedAt === null ? null : new Date(s.completedAt),
    }));
  }

  private async restore(row: ErasureRequestOrmEntity): Promise<ErasureRequest> {
    const reports = await this.manager.findBy(ErasureServiceReportOrmEntity, { requestId: row.id });
    return ErasureRequest.restore({
      id: row.id,
      customerId: row.customerId,
      requestedAt: row.requestedAt.toISOString(),
      services: SERVICES.map((service) => {
        const report = reports.find((r) => r.service === service);
        return {
          service,
          status: report?.status ?? 'pending',
          erased: report?.erased ?? [],
          retained: report?.retained ?? [],
          completedAt: report?.completedAt?.toISOString() ?? null,
        };
      }),
    });
  }
}
