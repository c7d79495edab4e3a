import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const runsAsRoot = () => process.getuid?.() === 0;

/**
 * Runs a command to its end without blocking the event loop (the traffic driver keeps running while a
 * fault is injected). `asPostgres`: initdb and pg_ctl refuse root, so as root they run as postgres.
 */
export async function run(
  file: string,
  args: string[],
  options: { asPostgres?: boolean } = {},
): Promise<string> {
  const [command, commandArgs] =
    options.asPostgres && runsAsRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  try {
    const { stdout } = await execFileAsync(command, commandArgs, {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(
      `${[command, ...commandArgs].join(' ')} failed: ${(stderr || stdout || String(error)).trim()}`,
      {
        cause: error,
      },
    );
  }
}
