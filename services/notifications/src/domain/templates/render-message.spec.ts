import { renderMessage, type MessageToRender } from './render-message';
import { TEMPLATE_CATALOG } from './template-catalog';
import { ar } from './texts/ar';
import { en } from './texts/en';
import { hi } from './texts/hi';

const dueReminder = (overrides: Partial<MessageToRender>): MessageToRender => ({
  definition: TEMPLATE_CATALOG['payment-due-reminder'],
  texts: en.templates['payment-due-reminder'],
  textLocale: 'en',
  requestedLocale: 'en',
  timeZone: 'UTC',
  params: { amount: '1234567.5', currency: 'INR', dueDate: '2026-03-10', daysUntilDue: 0 },
  greeting: en.greeting,
  ...overrides,
});

describe('rendering one message', () => {
  it('formats numbers and dates in the customer’s own locale when the text is in their language', () => {
    const message = renderMessage(dueReminder({ requestedLocale: 'en-IN' }));
    expect(message.subject).toBe('Reminder: your payment of ₹12,34,567.50 is due on 10 March 2026');
    expect(message.body).toContain('(today)');
  });

  it('formats in the text’s locale when the text is a fallback in another language', () => {
    const message = renderMessage(dueReminder({ requestedLocale: 'de-DE' }));
    expect(message.subject).toBe('Reminder: your payment of ₹1,234,567.50 is due on March 10, 2026');
  });

  it('sends the formal text to an informal reader when the language has only a formal one', () => {
    const message = renderMessage(
      dueReminder({
        texts: hi.templates['payment-due-reminder'],
        textLocale: 'hi',
        requestedLocale: 'hi-IN',
        style: 'informal',
        addressAs: { full: 'प्रिया शर्मा', given: 'प्रिया' },
        greeting: hi.greeting,
      }),
    );
    expect(message.body.split('\n')[0]).toBe('प्रिय प्रिया जी,');
  });

  it('greets without a name when none is known, and never greets in a staff task', () => {
    expect(renderMessage(dueReminder({})).body.split('\n')[0]).toBe('Dear customer,');
    const task = renderMessage({
      definition: TEMPLATE_CATALOG['followup-due-task'],
      texts: en.templates['followup-due-task'],
      textLocale: 'en',
      requestedLocale: 'en-GB',
      timeZone: 'Europe/London',
      params: { customerId: 'c-1', dueAt: '2026-07-01T08:00:00Z', reason: 'Asked for a call back' },
      addressAs: { full: 'Someone Else' },
      greeting: en.greeting,
    });
    expect(task.subject).toBe('Follow-up due: customer c-1');
    expect(task.body).toContain('due by 1 July 2026 at 09:00');
    expect(task.body).not.toContain('Someone');
  });

  it('isolates every inserted value in a right-to-left text', () => {
    const message = renderMessage({
      definition: TEMPLATE_CATALOG['complaint-acknowledged'],
      texts: ar.templates['complaint-acknowledged'],
      textLocale: 'ar',
      requestedLocale: 'ar-EG',
      timeZone: 'Africa/Cairo',
      params: { complaintReference: 'C-2026-17', finalResponseBy: '2026-05-02' },
      addressAs: { full: 'John Smith' },
      greeting: ar.greeting,
    });
    expect(message.direction).toBe('rtl');
    expect(message.subject).toContain('\u2068C-2026-17\u2069');
    expect(message.body.startsWith('\u2068John Smith\u2069،')).toBe(true);
  });
});
