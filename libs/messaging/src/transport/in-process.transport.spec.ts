import { InProcessBroker, InProcessTransport } from './in-process.transport';
import type { ReceivedRecord } from './event-transport';

const record = (key: string, n: number) => ({ topic: 't', key, value: Buffer.from(String(n)), headers: {} });

describe('InProcessTransport', () => {
  it('delivers each key in order and redelivers a record whose handler failed', async () => {
    const broker = new InProcessBroker(3);
    const transport = new InProcessTransport(broker, 5);
    const seen: string[] = [];
    let failures = 0;
    const subscription = await transport.subscribe({
      groupId: 'g',
      topics: ['t'],
      onRecord: async (r: ReceivedRecord) => {
        if (r.key === 'b' && r.value.toString() === '2' && failures++ < 2) throw new Error('transient');
        seen.push(`${r.key}${r.value.toString()}`);
      },
    });
    const producer = await transport.createProducer();
    await producer.send([1, 2, 3, 4].flatMap((n) => [record('a', n), record('b', n)]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await subscription.close();

    expect(seen.filter((s) => s.startsWith('a'))).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(seen.filter((s) => s.startsWith('b'))).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(failures).toBe(3);
    expect(await transport.consumerLag('g', ['t'])).toBe(0);
  });

  it('lets a new consumer group read the topic from the beginning', async () => {
    const broker = new InProcessBroker(2);
    const transport = new InProcessTransport(broker);
    await (await transport.createProducer()).send([record('a', 1), record('c', 2)]);
    expect(await transport.consumerLag('late-group', ['t'])).toBe(2);
  });
});

describe('InProcessTransport.readTopic', () => {
  it('answers every record up to the call, oldest first per partition, without committing any offset', async () => {
    const broker = new InProcessBroker(3);
    const transport = new InProcessTransport(broker);
    const producer = await transport.createProducer();
    await producer.send([record('a', 1), record('b', 2), record('a', 3), record('c', 4)]);

    const read = await transport.readTopic('t');
    await producer.send([record('a', 5)]);

    expect(read).toHaveLength(4);
    const ofA = read.filter((r) => r.key === 'a');
    expect(ofA.map((r) => [r.partition, r.offset, r.value.toString()])).toEqual([
      [broker.partitionFor('a'), '0', '1'],
      [broker.partitionFor('a'), '1', '3'],
    ]);
    expect(read.map((r) => r.value.toString()).sort()).toEqual(['1', '2', '3', '4']);
    // No group moved: a group reading the topic later still finds all of it.
    expect(await transport.consumerLag('g', ['t'])).toBe(5);
  });

  it('stops at the limit and answers an empty topic at once', async () => {
    const transport = new InProcessTransport(new InProcessBroker(2));
    await (await transport.createProducer()).send([1, 2, 3].map((n) => record('a', n)));
    expect((await transport.readTopic('t', { limit: 2 })).map((r) => r.value.toString())).toEqual(['1', '2']);
    expect(await transport.readTopic('empty')).toEqual([]);
  });
});

describe('InProcessBroker kept in a directory', () => {
  it('keeps records and committed offsets across a restart', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const directory = mkdtempSync(join(tmpdir(), 'crm-broker-'));
    const first = new InProcessBroker(2, directory);
    await (
      await new InProcessTransport(first).createProducer()
    ).send([record('a', 1), record('a', 2), record('b', 3)]);
    const partitionOfA = first.partitionFor('a');
    first.commit('g', 't', partitionOfA, 1);
    first.flush();

    const restarted = new InProcessBroker(2, directory);
    expect(restarted.partitionsOf('t')[partitionOfA].records.map((r) => r.value.toString())).toEqual([
      '1',
      '2',
    ]);
    expect(restarted.committed('g', 't', partitionOfA)).toBe(1);
    expect(await new InProcessTransport(restarted).consumerLag('g', ['t'])).toBe(2);
  });
});
