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
    const manager = activeManager(this.dataSource);
    // A loan's reply carries the `customerId`; a hardship request's (with its notes) only its own id.
    const requests = await manager.query<{ id: string }[]>(
      'SELECT id FROM hardship_requests WHERE customer_id = $1',
      [customerId],
    );
    return forgetStoredReplies(manager, [customerId, ...requests.map((r) => r.id)]);
  }
}
