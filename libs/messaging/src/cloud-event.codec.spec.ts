import { PoisonMessageError, decodeEvent, encodeEvent } from './cloud-event.codec';

const event = {
  specversion: '1.0' as const,
  id: '0192f0c2-7b1e-7cc1-8a3e-1f2d3c4b5a69',
  source: '/crm/customer-profile',
  type: 'crm.customer.registered.v1',
  time: '2026-11-23T10:00:00.000Z',
  subject: 'customers/c-1',
  datacontenttype: 'application/json' as const,
  partitionkey: 'c-1',
  data: { customerId: 'c-1', name: '王小明' },
};

describe('CloudEvents Kafka binding, structured mode', () => {
  it('round-trips an event with the customer id as key', () => {
    const record = encodeEvent(event, 'crm.customer-profile.events', { traceparent: '00-abc-def-01' });
    expect(record.key).toBe('c-1');
    expect(record.headers['content-type']).toContain('application/cloudevents+json');
    expect(record.headers.traceparent).toBe('00-abc-def-01');
    expect(decodeEvent(record)).toEqual(event);
  });

  it.each([
    ['not JSON', { value: Buffer.from('{') }],
    ['no content type', { headers: {} }],
    ['missing id', { value: Buffer.from(JSON.stringify({ ...event, id: undefined })) }],
    ['data not an object', { value: Buffer.from(JSON.stringify({ ...event, data: 'x' })) }],
  ])('treats a record with %s as poison', (_, change) => {
    const record = { ...encodeEvent(event, 't'), ...change };
    expect(() => decodeEvent(record)).toThrow(PoisonMessageError);
  });
});
