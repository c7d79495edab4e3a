import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { StoredReplies } from '../application/stored-replies.repository';

@Injectable()
export class StoredRepliesTypeOrmRepository extends StoredReplies {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async forgetCustomer(customerId: string): Promise<number> {
    // Every reply of this service about a customer carries its `customerId`.
    const [, affected] = await activeManager(this.dataSource).query<[unknown, number]>(
      `DELETE FROM idempotency_keys WHERE response ->> 'customerId' = $1`,
      [customerId],
    );
    return affected;
  }
}
