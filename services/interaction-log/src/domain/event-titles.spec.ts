import {
  EVENT_CATALOG,
  LoanPaymentReceivedV1,
  CustomerVulnerabilityChangedV1,
  CustomerComplianceChangedV1,
} from '@crm/contracts';
import { TIMELINE_EVENT_TYPES, describeEvent, entryForEvent } from './event-titles';

describe('timeline titles', () => {
  it('describes every customer-facing event of the catalog', () => {
    const notOnTimeline = ['crm.privacy.erasure-completed.v1', 'crm.interaction.recorded.v1'];
    const expected = EVENT_CATALOG.map((d) => d.type).filter((type) => !notOnTimeline.includes(type));
    expect([...TIMELINE_EVENT_TYPES].sort()).toEqual(expected.sort());
  });

  it.each(
    EVENT_CATALOG.filter((d) => TIMELINE_EVENT_TYPES.includes(d.type)).map((d) => [d.type, d] as const),
  )('gives %s a short title from its example', (_type, definition) => {
    const { title } = describeEvent(definition.type, definition.example);
    expect(title.length).toBeGreaterThan(5);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title).not.toContain('undefined');
  });

  it('builds titles from the data', () => {
    expect(
      describeEvent(LoanPaymentReceivedV1.type, { ...LoanPaymentReceivedV1.example, amount: '888.49' }),
    ).toEqual({
      title: 'Payment of 888.49 EUR received',
      channel: 'system',
    });
  });

  it('never shows vulnerability adjustments or AML flags', () => {
    const vulnerability = describeEvent(CustomerVulnerabilityChangedV1.type, {
      ...CustomerVulnerabilityChangedV1.example,
      adjustments: ['interpreter', 'no-phone-calls'],
    });
    expect(vulnerability.title).toBe('Support arrangements updated');
    const compliance = describeEvent(CustomerComplianceChangedV1.type, {
      ...CustomerComplianceChangedV1.example,
      amlFlags: ['pep', 'sanctions-match'],
    });
    expect(compliance.title).not.toMatch(/pep|sanction/);
  });

  it('keeps a reference to the event, not its data', () => {
    const entry = entryForEvent('0192f0c2-7b1e-7cc1-8a3e-000000000001', {
      id: 'e-1',
      type: LoanPaymentReceivedV1.type,
      source: '/crm/loan-servicing',
      time: '2026-11-20T10:00:00.000Z',
      partitionkey: 'c-1',
      data: LoanPaymentReceivedV1.example,
    });
    expect(entry).toEqual({
      id: '0192f0c2-7b1e-7cc1-8a3e-000000000001',
      customerId: 'c-1',
      type: LoanPaymentReceivedV1.type,
      channel: 'system',
      occurredAt: new Date('2026-11-20T10:00:00.000Z'),
      title: expect.stringContaining('received'),
      sourceEvent: { id: 'e-1', type: LoanPaymentReceivedV1.type, source: '/crm/loan-servicing' },
    });
  });

  it('still shows an unknown type, by its name', () => {
    expect(describeEvent('crm.thing.happened.v1', {})).toEqual({
      title: 'crm.thing.happened.v1',
      channel: 'system',
    });
  });
});
