import type { EntityManager } from 'typeorm';

/**
 * Rows of an `UPDATE … RETURNING` / `DELETE … RETURNING`: TypeORM's PostgreSQL driver answers those
 * with `[rows, rowCount]` instead of the rows alone.
 */
export async function changedRows<T>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const result: unknown = await manager.query(sql, parameters);
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  return result as T[];
}
