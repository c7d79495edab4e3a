/**
 * A platform event as it travels: a CloudEvents 1.0 envelope (structured mode) around the data of one
 * event type. `partitionkey` (CloudEvents partitioning extension) is the customer id and is also the
 * Kafka key, so all events of one customer stay in order on one partition.
 */
export interface CrmEvent<TData = unknown> {
  readonly specversion: '1.0';
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly time: string;
  readonly subject?: string;
  readonly datacontenttype: 'application/json';
  readonly partitionkey: string;
  readonly data: TData;
}
