import { auditDescription, isEmptyFilter, matches } from './dead-letter-filter';
import type { DeadLetterView } from './dead-letter-view';

const parked: DeadLetterView = {
  id: 'e-1',
  type: 'crm.customer.registered.v1',
  customerKey: 'c-1',
  failedAt: '2025-03-01T10:00:00.000Z',
};

describe('dead-letter filters', () => {
  it('hold only when every given criterion does', () => {
    expect(matches(parked, {})).toBe(true);
    expect(matches(parked, { type: 'crm.customer.registered.v1', id: 'e-1' })).toBe(true);
    expect(matches(parked, { type: 'crm.customer.registered.v1', id: 'e-2' })).toBe(false);
    expect(matches(parked, { since: '2025-03-01T10:00:00Z' })).toBe(true);
    expect(matches(parked, { since: '2025-03-01T10:00:01Z' })).toBe(false);
  });

  it('never take a record that does not say when it was parked, or what it is, by those criteria', () => {
    const unreadable: DeadLetterView = { customerKey: 'c-1' };
    expect(matches(unreadable, { since: '2000-01-01' })).toBe(false);
    expect(matches(unreadable, { type: 'crm.customer.registered.v1' })).toBe(false);
  });

  it('are described for the audit trail with the figures of the call', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(auditDescription({ type: 'crm.a.b.v1', since: undefined }, { handled: 1, failed: 0 })).toBe(
      'type=crm.a.b.v1 handled=1 failed=0',
    );
  });
});
