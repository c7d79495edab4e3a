import { setTimeout as sleep } from 'node:timers/promises';
import { allTopics, deadLetterTopic, SERVICES } from '@crm/contracts';
import { DLQ_HEADERS } from '@crm/messaging';
import { fullAccessToken } from '@crm/testing';
import { ChannelApp } from './channel-app';
import type { FaultPlatform, LogMarks } from './fault-platform';
import { checkConsumers, checkProducer, expectedCustomers, Verdict, type ExpectedCustomer } from './ledger';
import { waitForQuiescence, type Quiescence } from './quiescence';
import { waitUntilDelivered } from './recovery';
import type { ReportRow } from './report';
import type { FaultSettings } from './settings';
import { highWatermarks, recordsSince, type OffsetMarks, type TappedRecord } from './topic-tap';
import { isAcknowledged, TrafficDriver, type CustomerWrite } from './traffic';

/** What a case's fault sees while it runs. */
export interface CaseRun {
  readonly platform: FaultPlatform;
  readonly settings: FaultSettings;
  readonly traffic: TrafficDriver;
  /** The end of every topic when the case began. */
  readonly marks: OffsetMarks;
  /** Records the case put on a topic itself: their dead letters are expected, not counted. */
  readonly injectedPoison: Buffer[];
  /** Customers whose events the case published itself, checked at the consumers like the traffic's. */
  readonly harnessCustomers: ExpectedCustomer[];
  /** The moment the fault is undone: recovery is measured from here. */
  cleared(): void;
  /** Evidence that the fault happened as meant, printed under the table. */
  note(line: string): void;
}

export interface FaultScenario {
  /** The first column of the table. */
  fault: string;
  /** Sets the platform up for the case before traffic starts (put back by the next case's baseline). */
  prepare?(platform: FaultPlatform): Promise<void>;
  /** Injects the fault while traffic runs and undoes it, calling run.cleared() then (or by resolving). */
  inject(run: CaseRun): Promise<void>;
  /** The case's own evidence, checked once the platform has settled: the problems found. */
  verify?(run: CaseRun): Promise<string[]>;
}

export interface CaseOutcome {
  row: ReportRow;
  verdict: Verdict;
  quiescence: Quiescence;
  /** Writes a channel app never got an answer it wanted for. */
  unacknowledged: CustomerWrite[];
  unexpectedAnswers: Map<string, number>;
  http500s: string[];
  /** Dead letters other than the case's own poison. */
  deadLetters: TappedRecord[];
  problems: string[];
  notes: string[];
  logMarks: LogMarks;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** How long settling took, and when that was long, what was still moving last. */
function settlement(quiescence: Quiescence): string {
  const slow =
    quiescence.waitedMs > 5000 ? `; the last still moving: ${quiescence.backlog.slice(0, 4).join('; ')}` : '';
  return `the platform settled in ${seconds(quiescence.waitedMs)}${slow}`;
}

/**
 * One case: traffic before, during and after the fault; recovery measured from the moment the fault is
 * cleared until every write under way by then is at every consumer; then traffic stops, the platform
 * settles, and the ledger is drawn up for every acknowledged write of the case.
 */
export async function runFaultCase(
  platform: FaultPlatform,
  settings: FaultSettings,
  scenario: FaultScenario,
  tag: string,
): Promise<CaseOutcome> {
  const logMarks = platform.markLogs();
  await scenario.prepare?.(platform);
  const marks = await highWatermarks(platform, allTopics(platform.prefix));
  const app = new ChannelApp(
    () => platform.replicasOf('customer-profile').map((replica) => replica.url),
    await fullAccessToken(),
    settings,
  );
  const traffic = new TrafficDriver(app, tag, settings.rate, platform.closing);
  const notes: string[] = [];
  const problems: string[] = [];
  let clearedAt: number | undefined;
  let resolveClearance: (at: number) => void = () => undefined;
  const clearance = new Promise<number>((resolve) => (resolveClearance = resolve));
  const run: CaseRun = {
    platform,
    settings,
    traffic,
    marks,
    injectedPoison: [],
    harnessCustomers: [],
    cleared: () => resolveClearance((clearedAt ??= Date.now())),
    note: (line) => notes.push(line),
  };

  let recoveredAt: number | undefined;
  traffic.start();
  try {
    await sleep(settings.beforeMs);
    const injection = scenario
      .inject(run)
      .catch(
        (error: Error) => void problems.push(`the fault could not be injected as meant: ${error.message}`),
      )
      .finally(run.cleared);
    const cleared = await clearance;
    const recovery = waitUntilDelivered(
      platform,
      traffic.startedSoFar(),
      run.harnessCustomers,
      settings.recoveryTimeoutMs,
    );
    await injection;
    recoveredAt = await recovery;
    if (recoveredAt === undefined)
      problems.push(
        `writes under way when the fault was cleared were not all at every consumer within ${seconds(settings.recoveryTimeoutMs)}`,
      );
    else notes.push(`recovered ${seconds(recoveredAt - cleared)} after the fault was cleared`);
    // Traffic goes on after the fault for as long as the recovery took, and at least afterMs.
    await sleep(Math.max(0, cleared + settings.afterMs - Date.now()));
  } finally {
    const stopping = Date.now();
    await traffic.stop(settings.drainTimeoutMs);
    notes.push(`the last writes were answered ${seconds(Date.now() - stopping)} after traffic stopped`);
  }

  // A platform that did not recover gets a short look only: the ledger says what it lost.
  const quiescence = await waitForQuiescence(
    platform,
    recoveredAt === undefined ? 10_000 : settings.settleTimeoutMs,
  );
  if (quiescence.settled) notes.push(settlement(quiescence));
  else problems.push(`the platform did not settle: ${quiescence.backlog.slice(0, 8).join('; ')}`);

  const acknowledged = traffic.writes.filter(isAcknowledged);
  const verdict = new Verdict();
  const customers = await expectedCustomers(platform, acknowledged);
  await checkProducer(platform, acknowledged, customers, verdict);
  await checkConsumers(platform, [...customers, ...run.harnessCustomers], verdict);

  const deadLetterMarks = new Map(
    [...marks].filter(([key]) =>
      SERVICES.some((service) => key.startsWith(`${deadLetterTopic(service, platform.prefix)}/`)),
    ),
  );
  const deadLetters = (await recordsSince(platform, deadLetterMarks)).filter(
    (record) => !run.injectedPoison.some((poison) => poison.equals(record.value)),
  );
  problems.push(...((await scenario.verify?.(run)) ?? []));
  problems.push(
    ...counted(app.malformedUnavailable).map(
      (line) => `503 without problem details and Retry-After: ${line}`,
    ),
  );
  if (app.unavailable.length > 0) notes.push(`${app.unavailable.length} answers of 503, each retried`);
  if (app.closingReplicaAnswers > 0)
    notes.push(`${app.closingReplicaAnswers} of them from a replica shutting down (Connection: close)`);

  const registered = traffic.writes.filter((write) => write.registeredAt !== undefined).length;
  return {
    row: {
      fault: scenario.fault,
      acknowledged: registered + acknowledged.length,
      lost: verdict.lost.size,
      duplicated: verdict.duplicated.size,
      outOfOrder: verdict.outOfOrder.size,
      deadLettered: deadLetters.length,
      http500s: app.http500s.length,
      recovery:
        recoveredAt === undefined || clearedAt === undefined
          ? `none in ${seconds(settings.recoveryTimeoutMs)}`
          : seconds(recoveredAt - clearedAt),
    },
    verdict,
    quiescence,
    unacknowledged: traffic.writes.filter((write) => !isAcknowledged(write)),
    unexpectedAnswers: app.unexpected,
    http500s: app.http500s,
    deadLetters,
    problems,
    notes,
    logMarks,
  };
}

function counted(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => `${count} × ${line}`);
}

/** Everything that explains a failed case: the ledger's evidence, then what each process logged meanwhile. */
export function diagnose(platform: FaultPlatform, outcome: CaseOutcome): string {
  const section = (title: string, lines: string[]) => (lines.length === 0 ? [] : [`-- ${title}`, ...lines]);
  return [
    `==== ${outcome.row.fault}: failed`,
    ...section('what happened', outcome.notes),
    ...section('problems', outcome.problems),
    ...section('ledger (first 20 findings)', outcome.verdict.findings.slice(0, 20)),
    ...section(
      'unacknowledged writes',
      counted(outcome.unacknowledged.map((write) => write.failure ?? 'never answered')),
    ),
    ...section('HTTP 500 answers', counted(outcome.http500s)),
    ...section(
      'answers the channel app did not expect',
      [...outcome.unexpectedAnswers].map(([answer, count]) => `${count} × ${answer}`),
    ),
    ...section(
      'dead letters',
      counted(
        outcome.deadLetters.map(
          (record) =>
            `${record.topic} ${record.headers[DLQ_HEADERS.code]}: ${record.headers[DLQ_HEADERS.reason]}`,
        ),
      ),
    ),
    ...platform.allProcesses().flatMap((replica) => {
      const since = outcome.logMarks.get(replica.logFile) ?? 0;
      return section(`${replica.label} (${replica.exitDescription ?? 'running'}), log ${replica.logFile}`, [
        ...replica.errors(since).map((error) => `error: ${error}`),
        replica.tail(25, since),
      ]);
    }),
    ...(platform.broker.isRunning
      ? []
      : section(`broker (down), log ${platform.broker.logFile}`, [platform.broker.tail()])),
  ].join('\n');
}

/** The assertions every case makes; on failure it first prints why. */
export function expectCaseHeld(platform: FaultPlatform, settings: FaultSettings, outcome: CaseOutcome): void {
  const { row } = outcome;
  const found = {
    lost: row.lost,
    duplicated: row.duplicated,
    outOfOrder: row.outOfOrder,
    deadLettered: row.deadLettered,
    http500s: row.http500s,
    unacknowledged: outcome.unacknowledged.length,
    problems: outcome.problems,
  };
  const held = {
    lost: 0,
    duplicated: 0,
    outOfOrder: 0,
    deadLettered: 0,
    http500s: 0,
    unacknowledged: 0,
    problems: [],
  };
  if (JSON.stringify(found) !== JSON.stringify(held) || row.acknowledged < settings.minimumAcknowledgedWrites)
    console.log(diagnose(platform, outcome));
  expect(found).toEqual(held);
  expect(row.acknowledged).toBeGreaterThanOrEqual(settings.minimumAcknowledgedWrites);
}
