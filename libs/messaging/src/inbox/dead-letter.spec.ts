import { DLQ_HEADERS, deadLetterRecord, originalRecord, readDeadLetterHeaders } from './dead-letter';
import type { ReceivedRecord } from '../transport/event-transport';

const delivered: ReceivedRecord = {
  topic: 'crm.customer-profile.events',
  partition: 2,
  offset: '41',
  key: 'customer-1',
  value: Buffer.from('{"id":"e-1"}'),
  headers: { 'content-type': 'application/cloudevents+json', traceparent: '00-abc-def-01' },
};

function parked(): ReceivedRecord {
  const letter = { record: delivered, code: 'HANDLER_FAILED', reason: 'boom', attempts: 3 };
  const outgoing = deadLetterRecord(letter, 'crm.interaction-log.dlq', new Date('2025-03-01T10:00:00Z'));
  return { ...outgoing, partition: 0, offset: '7' };
}

describe('dead-letter records', () => {
  it('say why and where from in their headers', () => {
    expect(readDeadLetterHeaders(parked())).toEqual({
      code: 'HANDLER_FAILED',
      reason: 'boom',
      originalTopic: 'crm.customer-profile.events',
      originalPartition: 2,
      originalOffset: '41',
      attempts: 3,
      failedAt: '2025-03-01T10:00:00.000Z',
    });
  });

  it('give back the record as it was delivered, without the dead-letter headers', () => {
    expect(originalRecord(parked())).toEqual(delivered);
  });

  it('leave out what a record parked by someone else does not say', () => {
    const foreign = { ...delivered, headers: { [DLQ_HEADERS.code]: 'X', [DLQ_HEADERS.attempts]: 'many' } };
    expect(readDeadLetterHeaders(foreign)).toEqual({ code: 'X' });
    expect(originalRecord(foreign)).toEqual({ ...delivered, headers: {} });
  });
});
