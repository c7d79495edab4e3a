import { SERVICES } from '@crm/contracts';
import { ErasureRequest } from './erasure-request';

const CUSTOMER = '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69';
const report = (service: (typeof SERVICES)[number], completedAt = '2026-11-24T08:00:05.000Z') => ({
  customerId: CUSTOMER,
  service,
  erased: ['contact copies'],
  retained: [{ data: 'loan ledger', reason: 'legal hold: bookkeeping retention' }],
  completedAt,
});

describe('erasure request', () => {
  it('starts pending for every service of the platform', () => {
    const request = ErasureRequest.open('r1', CUSTOMER, new Date('2026-11-24T08:00:00Z'));
    expect(request.snapshot.services.map((s) => [s.service, s.status])).toEqual(
      SERVICES.map((service) => [service, 'pending']),
    );
    expect(request.status).toBe('pending');
  });

  it('is complete only once all five services have reported, at the last report', () => {
    const request = ErasureRequest.open('r1', CUSTOMER, new Date('2026-11-24T08:00:00Z'));
    SERVICES.slice(0, 4).forEach((service) => request.recordCompletion(report(service)));
    expect(request.status).toBe('pending');
    request.recordCompletion(report('notifications', '2026-11-24T09:00:00.000Z'));
    expect(request.status).toBe('completed');
    expect(request.completedAt).toBe('2026-11-24T09:00:00.000Z');
  });

  it('keeps the first report of a service and ignores a repeat', () => {
    const request = ErasureRequest.open('r1', CUSTOMER, new Date('2026-11-24T08:00:00Z'));
    expect(request.recordCompletion(report('complaints'))).toBe(true);
    expect(request.recordCompletion({ ...report('complaints'), erased: ['something else'] })).toBe(false);
    expect(request.snapshot.services.find((s) => s.service === 'complaints')?.erased).toEqual([
      'contact copies',
    ]);
  });

  it('refuses a report about another customer', () => {
    const request = ErasureRequest.open('r1', CUSTOMER, new Date('2026-11-24T08:00:00Z'));
    expect(() =>
      request.recordCompletion({
        ...report('complaints'),
        customerId: '0192f0c2-7b1e-7cc1-8a3e-000000000000',
      }),
    ).toThrow(expect.objectContaining({ code: 'ERASURE_REPORT_CUSTOMER_MISMATCH' }));
  });
});
