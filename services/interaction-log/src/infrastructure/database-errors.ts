/** Whether a database error is a unique violation of the named constraint (PostgreSQL SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  const direct = error as { code?: string; constraint?: string };
  const found = driverError ?? direct;
  return found.code === '23505' && found.constraint === constraint;
}
