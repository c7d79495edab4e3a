/**
 * What the outbox relay and the event consumer need from a broker. Two implementations keep the same
 * contract — Kafka for every real deployment, and an in-process log for the embedded one-command mode:
 * topics split into partitions by key, order kept per partition, at-least-once delivery to each group.
 */
export interface OutgoingRecord {
  topic: string;
  /** Partitioning key: the customer id. */
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

export interface ReceivedRecord extends OutgoingRecord {
  partition: number;
  offset: string;
}

/** What a record's handler may ask of the consumer while it waits out an outage. */
export interface ConsumerSession {
  /** Aborted when the subscription closes: a record still waiting gives up, uncommitted. */
  readonly signal: AbortSignal;
  /**
   * Keeps the consumer's group membership alive while one record takes long. Rejects when the group is
   * rebalancing and the partition may be taken away: the record must then be given up, uncommitted.
   */
  heartbeat(): Promise<void>;
}

export interface SubscriptionOptions {
  groupId: string;
  topics: string[];
  /**
   * Called once per record, one record at a time per partition. The record counts as consumed only when
   * the promise resolves; a rejection makes the transport deliver it again (at-least-once).
   */
  onRecord(record: ReceivedRecord, session: ConsumerSession): Promise<void>;
}

export interface Subscription {
  /** Stops fetching, aborts the session of a record waiting out an outage, and leaves the group. */
  close(): Promise<void>;
}

export interface TransportProducer {
  /** Resolves once every record is durably stored by the broker (acks=all), in order per key. */
  send(records: OutgoingRecord[]): Promise<void>;
  close(): Promise<void>;
}

export interface ReadTopicOptions {
  /** The most records to return; every record up to the watermarks otherwise. */
  limit?: number;
}

export interface EventTransport {
  readonly kind: 'kafka' | 'in-process';
  createProducer(): Promise<TransportProducer>;
  subscribe(options: SubscriptionOptions): Promise<Subscription>;
  /** Records not yet consumed by the group, summed over the topics' partitions. */
  consumerLag(groupId: string, topics: string[]): Promise<number>;
  /**
   * Every record on the topic when called (up to the high watermarks read at the start), oldest first
   * per partition, at most `limit` of them; commits no offset of any real consumer group.
   */
  readTopic(topic: string, options?: ReadTopicOptions): Promise<ReceivedRecord[]>;
  checkHealth(): Promise<void>;
  close(): Promise<void>;
}
