/** PostgreSQL SQLSTATE codes the services react to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG_UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  const code = driverError?.code ?? (error as { code?: string })?.code;
  if (code !== PG_UNIQUE_VIOLATION) return false;
  return (
    constraint === undefined ||
    (driverError?.constraint ?? (error as { constraint?: string }).constraint) === constraint
  );
}

/** Connection-level failures worth retrying: the database restarted, failed over or is unreachable. */
export function isTransientDatabaseError(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return (
    typeof code === 'string' &&
    (code.startsWith('08') ||
      ['57P01', '57P02', '57P03', '40001', '40P01', 'ECONNREFUSED', 'ECONNRESET'].includes(code))
  );
}
