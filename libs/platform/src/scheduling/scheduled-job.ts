/**
 * Work a service does on a timer: follow-ups falling due, regulatory clocks, the daily loan run. A job
 * must be safe with several replicas running it at once — it claims what it fires in the same
 * transaction that records the firing and publishes the event (`FOR UPDATE SKIP LOCKED`, or a
 * conditional update), so each item fires once however many replicas run.
 *
 * Tests do not wait for the timer: they move the injected clock and call `run()`.
 */
export interface ScheduledJob {
  /** Shown in logs and metrics, e.g. `follow-ups-due`. */
  readonly name: string;
  /** Fires whatever is due at the clock's now; returns how many items it fired. */
  run(): Promise<number>;
}
