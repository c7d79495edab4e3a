import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ContactChannel } from '@crm/contracts';
import { activeManager } from '@crm/persistence';
import { CustomerCopyRepository, type CustomerCopy } from '../application/customer-copy.repository';
import type { StatedPreferences } from '../domain/channel-profile';
import { CustomerCopyOrmEntity } from './orm-entities';

@Injectable()
export class CustomerCopyTypeOrmRepository extends CustomerCopyRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async get(customerId: string): Promise<CustomerCopy | undefined> {
    const row = await activeManager(this.dataSource).findOneBy(CustomerCopyOrmEntity, { customerId });
    if (!row) return undefined;
    return {
      customerId: row.customerId,
      preferredChannels: row.preferredChannels as ContactChannel[],
      ...(row.locale ? { locale: row.locale } : {}),
      ...(row.timeZone ? { timeZone: row.timeZone } : {}),
      ...(row.contactHoursStart && row.contactHoursEnd
        ? { contactHours: { start: row.contactHoursStart, end: row.contactHoursEnd } }
        : {}),
    };
  }

  async merge(customerId: string, fields: Partial<StatedPreferences>): Promise<void> {
    const values: Partial<CustomerCopyOrmEntity> = {
      ...(fields.locale !== undefined ? { locale: fields.locale } : {}),
      ...(fields.timeZone !== undefined ? { timeZone: fields.timeZone } : {}),
      ...(fields.preferredChannels !== undefined ? { preferredChannels: fields.preferredChannels } : {}),
      ...(fields.contactHours !== undefined
        ? { contactHoursStart: fields.contactHours.start, contactHoursEnd: fields.contactHours.end }
        : {}),
    };
    const columns = Object.keys(values);
    const query = activeManager(this.dataSource)
      .createQueryBuilder()
      .insert()
      .into(CustomerCopyOrmEntity)
      .values({ customerId, preferredChannels: [], ...values });
    if (columns.length > 0) query.orUpdate(columnNames(columns), ['customer_id']);
    else query.orIgnore();
    await query.execute();
  }

  async remove(customerId: string): Promise<void> {
    await activeManager(this.dataSource).delete(CustomerCopyOrmEntity, { customerId });
  }
}

const COLUMNS: Record<string, string> = {
  locale: 'locale',
  timeZone: 'time_zone',
  preferredChannels: 'preferred_channels',
  contactHoursStart: 'contact_hours_start',
  contactHoursEnd: 'contact_hours_end',
};

function columnNames(properties: string[]): string[] {
  return properties.map((property) => COLUMNS[property] ?? property);
}
