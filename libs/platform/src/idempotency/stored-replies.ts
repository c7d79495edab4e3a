import type { EntityManager } from 'typeorm';

/**
 * The stored answers of idempotent requests hold whatever the answer held, personal data included (a
 * registration names the customer). On erasure a service forgets every stored answer that mentions the
 * customer or one of the customer's resources; a retry of such a request then runs afresh.
 */
export async function forgetStoredReplies(
  manager: EntityManager,
  mentions: readonly string[],
): Promise<number> {
  if (mentions.length === 0) return 0;
  const [, affected] = await manager.query<[unknown, number]>(
    `DELETE FROM idempotency_keys k
      WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) m WHERE position(m in k.response::text) > 0)`,
    [mentions],
  );
  return affected;
}
