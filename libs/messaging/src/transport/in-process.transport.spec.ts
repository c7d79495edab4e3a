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
