import { expectCaseHeld, runFaultCase, type FaultScenario } from './harness/fault-case';
import { FaultPlatform } from './harness/fault-platform';
import { FaultReport } from './harness/report';
import { faultSettings } from './harness/settings';
import {
  consumerGroupScaledOut,
  consumerKilledMidBatch,
  partitionReplayed,
} from './scenarios/consumer-faults';
import { brokerHung, brokerKilled, databaseStopped } from './scenarios/infrastructure-outages';
import { poisonBetweenValidEvents } from './scenarios/poison-faults';
import {
  listenBackendTerminated,
  relayKilledBetweenPublishAndMark,
  twoRelays,
} from './scenarios/relay-faults';

// Each case runs traffic through a fault of up to a minute, recovers, then waits for the platform to settle.
jest.setTimeout(600_000);

/**
 * The platform under faults, on real OS processes: its own PostgreSQL cluster and Kafka broker, every
 * service a process from the build. One platform serves the cases in turn; each has its own customers,
 * traffic before, during and after its fault, and its own ledger. The table is printed at the end.
 */
describe('fault suite', () => {
  const settings = faultSettings();
  const report = new FaultReport();
  const startedAt = Date.now();
  let platform: FaultPlatform;
  let cases = 0;

  beforeAll(async () => {
    platform = await FaultPlatform.start();
  }, 300_000);

  afterAll(async () => {
    console.log(report.render(Math.round((Date.now() - startedAt) / 1000)));
    await platform?.remove(settings.keepFiles);
  }, 120_000);

  async function expectToHold(scenario: FaultScenario): Promise<void> {
    cases += 1;
    // A case that failed may have left a service dead or the database down: the next one starts whole.
    const repairs = await platform.restoreBaseline();
    const outcome = await runFaultCase(platform, settings, scenario, `c${cases}`);
    outcome.notes.unshift(...repairs.map((repair) => `before the case: ${repair}`));
    report.add(outcome.row, outcome.notes);
    expectCaseHeld(platform, settings, outcome);
  }

  it('loses nothing while the broker is killed and away', () =>
    expectToHold(brokerKilled(settings.brokerOutageMs)));

  it('loses nothing while the broker hangs', () => expectToHold(brokerHung(settings.brokerHangMs)));

  it('loses nothing and answers no 500 while PostgreSQL is away', () =>
    expectToHold(databaseStopped(settings.databaseOutageMs)));

  it('applies everything once when a consumer is killed mid-batch', () =>
    expectToHold(consumerKilledMidBatch()));

  it('absorbs the batch a relay killed between publish and mark publishes again', () =>
    expectToHold(relayKilledBetweenPublishAndMark()));

  it('keeps every event once and in order while a consumer group scales out and in', () =>
    expectToHold(consumerGroupScaledOut(settings.scaleHoldMs)));

  it('applies nothing twice when a whole partition is replayed from offset 0', () =>
    expectToHold(partitionReplayed()));

  it('dead-letters exactly the poison between valid events and applies the rest', () =>
    expectToHold(poisonBetweenValidEvents()));

  it('keeps each customer in order with two relays on one outbox', () =>
    expectToHold(twoRelays(settings.scaleHoldMs)));

  it('is woken by NOTIFY and listens again when its LISTEN backend is terminated', () =>
    expectToHold(listenBackendTerminated()));
});
