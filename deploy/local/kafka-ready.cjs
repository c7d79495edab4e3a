#!/usr/bin/env node
// Waits until a Kafka broker answers admin.describeCluster(), then (with --topics)
// creates the missing topics. Usage:
//   node kafka-ready.cjs [--brokers 127.0.0.1:9092] [--timeout 60] [--partitions 3] [--topics a,b,c]
'use strict';
let kafkajs;
try {
  kafkajs = require('kafkajs');
} catch {
  console.error('kafka-ready: kafkajs is not installed, run `npm install` at the repo root');
  process.exit(1);
}
const { Kafka, logLevel } = kafkajs;

// kafkajs 2.2.4 arms a negative setTimeout in its request queue; Node >= 24 warns about it (harmless)
process.removeAllListeners('warning');
process.on('warning', (w) => w.name === 'TimeoutNegativeWarning' || console.warn(w.toString()));

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const brokers = opt('brokers', process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const timeoutMs = Number(opt('timeout', '60')) * 1000;
const partitions = Number(opt('partitions', '3'));
const topics = (opt('topics', '') || '').split(',').filter(Boolean);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// kafkajs logs every failed retry at ERROR while the broker is still starting: keep it quiet
const client = (retry) =>
  new Kafka({ clientId: 'stack-ready', brokers, logLevel: logLevel.NOTHING, connectionTimeout: 1000, retry });

async function waitForCluster() {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const admin = client({ retries: 0 }).admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      await admin.disconnect();
      return cluster;
    } catch (err) {
      await admin.disconnect().catch(() => {});
      if (Date.now() > deadline)
        throw new Error(`broker not ready after ${timeoutMs / 1000}s: ${err.message}`);
      await sleep(200);
    }
  }
}

async function ensureTopics(admin) {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t));
  if (missing.length) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
    });
  }
  const { topics: meta } = await admin.fetchTopicMetadata({ topics });
  const grow = meta.filter((t) => t.partitions.length < partitions);
  if (grow.length) {
    await admin.createPartitions({
      topicPartitions: grow.map((t) => ({ topic: t.name, count: partitions })),
    });
  }
  console.log(
    `topics: ${missing.length} created, ${grow.length} grown, ${topics.length} total (${partitions} partitions each)`,
  );
}

(async () => {
  const cluster = await waitForCluster();
  console.log(
    `kafka ready: cluster ${cluster.clusterId}, brokers ${cluster.brokers.map((b) => `${b.host}:${b.port}`).join(',')}`,
  );
  const admin = client({ retries: 8 }).admin();
  await admin.connect();
  try {
    if (topics.length) await ensureTopics(admin);
    // finding a group coordinator creates/loads __consumer_offsets; on a fresh broker kafkajs does not
    // retry GROUP_COORDINATOR_NOT_AVAILABLE in a transaction's sendOffsets, so get it ready up front
    await admin.describeGroups(['stack-ready']);
  } finally {
    await admin.disconnect();
  }
})().catch((err) => {
  console.error(`kafka-ready: ${err.message}`);
  process.exit(1);
});
