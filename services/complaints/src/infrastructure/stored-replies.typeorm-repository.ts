import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeManager } from '@crm/persistence';
import { forgetStoredReplies } from '@crm/platform';
import { StoredReplies } from '../application/stored-replies.repository';

@Injectable()
export class StoredRepliesTypeOrmRepository extends StoredReplies {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async forgetCustomer(customerId: string): Promise<number> {
    // Every reply of this service about a complaint carries the complaint's `customerId`.
    return forgetStoredReplies(activeManager(this.dataSource), [customerId]);
  }
}
