/** How hard and how long the suite pushes; every value can be changed through the environment. */
export interface FaultSettings {
  /** Customers registered per second by the traffic driver (each also gets one follow-up change). */
  rate: number;
  brokerOutageMs: number;
  brokerHangMs: number;
  databaseOutageMs: number;
  /** How long the extra replicas of a scale-out case (consumers, relays) run beside the first one. */
  scaleHoldMs: number;
  /** Traffic before the fault is injected, and (at least, recovery included) after it is cleared. */
  beforeMs: number;
  afterMs: number;
  /** How long the platform may take to deliver again, and then to settle, before a case gives up. */
  recoveryTimeoutMs: number;
  settleTimeoutMs: number;
  /** A channel app's patience with one request, and the longest wait between two attempts. */
  requestTimeoutMs: number;
  maxBackoffMs: number;
  /** Writes still unanswered this long after traffic stops are reported as unacknowledged. */
  drainTimeoutMs: number;
  /** A case with fewer acknowledged writes proves nothing, and fails. */
  minimumAcknowledgedWrites: number;
  /** Keep the scratch folder (every process's log, the databases, the broker's data) for a closer look. */
  keepFiles: boolean;
}

function seconds(name: string, fallback: number): number {
  return number(name, fallback) * 1000;
}

function number(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number, not ${raw}`);
  return value;
}

export function faultSettings(): FaultSettings {
  return {
    rate: number('FAULT_RATE', 20),
    brokerOutageMs: seconds('FAULT_BROKER_OUTAGE_S', 60),
    brokerHangMs: seconds('FAULT_BROKER_HANG_S', 20),
    databaseOutageMs: seconds('FAULT_DATABASE_OUTAGE_S', 60),
    scaleHoldMs: seconds('FAULT_SCALE_HOLD_S', 10),
    beforeMs: seconds('FAULT_BEFORE_S', 3),
    afterMs: seconds('FAULT_AFTER_S', 3),
    recoveryTimeoutMs: seconds('FAULT_RECOVERY_TIMEOUT_S', 120),
    settleTimeoutMs: seconds('FAULT_SETTLE_TIMEOUT_S', 60),
    requestTimeoutMs: seconds('FAULT_REQUEST_TIMEOUT_S', 10),
    maxBackoffMs: seconds('FAULT_MAX_BACKOFF_S', 5),
    drainTimeoutMs: seconds('FAULT_DRAIN_TIMEOUT_S', 60),
    minimumAcknowledgedWrites: number('FAULT_MIN_WRITES', 100),
    keepFiles: process.env.FAULT_KEEP_FILES === 'true',
  };
}
