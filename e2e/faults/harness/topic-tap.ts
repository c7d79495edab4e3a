import { randomBytes } from 'node:crypto';
import type { Consumer, IHeaders } from 'kafkajs';
import type { FaultPlatform } from './fault-platform';
import { pollUntil } from './polling';

export interface TappedRecord {
  topic: string;
  partition: number;
  offset: bigint;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** The end offset of every partition of some topics, by `topic/partition`. */
export type OffsetMarks = Map<string, bigint>;

const partitionKey = (topic: string, partition: number) => `${topic}/${partition}`;

export async function highWatermarks(platform: FaultPlatform, topics: string[]): Promise<OffsetMarks> {
  return platform.withAdmin(async (admin) => {
    const marks: OffsetMarks = new Map();
    for (const topic of topics)
      for (const { partition, high } of await admin.fetchTopicOffsets(topic))
        marks.set(partitionKey(topic, partition), BigInt(high));
    return marks;
  });
}

const topicsOf = (marks: OffsetMarks) => [
  ...new Set([...marks.keys()].map((key) => key.slice(0, key.lastIndexOf('/')))),
];

function headerStrings(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, value.toString()]],
    ),
  );
}

/** A consumer of the harness's own (a fresh group, from the beginning) that keeps every record it reads. */
export class TopicTap {
  readonly records: TappedRecord[] = [];
  private readonly reached = new Map<string, bigint>();

  private constructor(
    private readonly consumer: Consumer,
    private readonly topics: string[],
  ) {}

  static async open(platform: FaultPlatform, topics: string[]): Promise<TopicTap> {
    const consumer = platform
      .kafka('faults-tap')
      .consumer({ groupId: `faults-tap-${randomBytes(4).toString('hex')}` });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    const tap = new TopicTap(consumer, topics);
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const offset = BigInt(message.offset);
        tap.records.push({
          topic,
          partition,
          offset,
          key: message.key?.toString() ?? '',
          value: message.value ?? Buffer.alloc(0),
          headers: headerStrings(message.headers),
        });
        tap.reached.set(partitionKey(topic, partition), offset + 1n);
      },
    });
    return tap;
  }

  /** Waits until it has read everything its topics held when asked. */
  async catchUp(platform: FaultPlatform, timeoutMs = 60_000): Promise<void> {
    const highs = await highWatermarks(platform, this.topics);
    const caughtUp = await pollUntil(
      () => [...highs].every(([key, high]) => (this.reached.get(key) ?? 0n) >= high),
      timeoutMs,
      100,
    );
    if (!caughtUp)
      throw new Error(
        `the harness's consumer did not read ${this.topics.join(', ')} to the end within ${timeoutMs / 1000} s`,
      );
  }

  since(marks: OffsetMarks): TappedRecord[] {
    return this.records.filter(
      (record) => record.offset >= (marks.get(partitionKey(record.topic, record.partition)) ?? 0n),
    );
  }

  close(): Promise<void> {
    return this.consumer.disconnect();
  }
}

/** Every record put on the marked topics since the marks were taken (no consumer is started when there is none). */
export async function recordsSince(platform: FaultPlatform, marks: OffsetMarks): Promise<TappedRecord[]> {
  const now = await highWatermarks(platform, topicsOf(marks));
  const grown = topicsOf(marks).filter((topic) =>
    [...now].some(([key, high]) => key.startsWith(`${topic}/`) && high > (marks.get(key) ?? 0n)),
  );
  if (grown.length === 0) return [];
  const tap = await TopicTap.open(platform, grown);
  try {
    await tap.catchUp(platform);
    return tap.since(marks);
  } finally {
    await tap.close();
  }
}

/** The CloudEvent id of a structured-mode record, when it has one. */
export function eventIdOf(record: TappedRecord): string | undefined {
  try {
    const id: unknown = (JSON.parse(record.value.toString('utf8')) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
