import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/** Resolves when the process has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/** The last lines of a log file, only from `sinceByte` on (what one case wrote). */
export function tailOf(file: string, lines = 40, sinceByte = 0): string {
  const size = sizeOf(file);
  // Enough bytes for the last lines of a JSON log without reading a whole long run.
  const start = Math.max(sinceByte, size - 64 * 1024);
  if (size <= start) return '(nothing logged)';
  const buffer = Buffer.alloc(size - start);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, start);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * The distinct errors (pino level error or fatal) a service logged from `sinceByte` on, each with how
 * often: the lines that explain a failure, which the tail of a busy log has long scrolled past.
 */
export function errorsIn(file: string, sinceByte = 0, limit = 8): string[] {
  if (sizeOf(file) <= sinceByte) return [];
  const counts = new Map<string, number>();
  for (const line of readFileSync(file).subarray(sinceByte).toString('utf8').split('\n')) {
    if (!/"level":(50|60)\b/.test(line)) continue;
    let message = line;
    try {
      message = String((JSON.parse(line) as { msg?: unknown }).msg).split('\n')[0];
    } catch {
      // not JSON after all: the line as it is
    }
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].slice(0, limit).map(([message, count]) => `${count} × ${message.slice(0, 300)}`);
}
