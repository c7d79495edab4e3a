import { TEMPLATE_CATALOG } from './template-catalog';
import { checkTemplateTexts } from './template-text';

const check = (key: keyof typeof TEMPLATE_CATALOG, subject: string, body = '{greeting}') =>
  checkTemplateTexts(TEMPLATE_CATALOG[key], 'de', { formal: { subject, body } });

describe('checking a translator’s text', () => {
  it('accepts plurals on counts, selects on documented choices and plain money and dates', () => {
    expect(
      check(
        'payment-missed',
        'Zahlung über {amount} seit {daysPastDue, plural, one {# Tag} other {# Tagen}} offen',
        '{greeting}\n\nFällig am {dueDate} ({currency}).',
      ),
    ).toEqual([]);
    expect(
      check('complaint-final-response', '{outcome, select, partially_upheld {Teilweise} other {Antwort}}'),
    ).toEqual([]);
  });

  it('refuses a text that does not parse, naming the field', () => {
    expect(check('welcome', 'Willkommen {', '{greeting}')).toEqual([
      { field: '/formal/subject', detail: expect.stringContaining('is not ICU MessageFormat') },
    ]);
  });

  it('refuses parameters the template does not provide', () => {
    expect(check('welcome', 'Willkommen {iban}')[0].detail).toContain('{iban}');
    // Staff tasks address no customer, so they have no greeting.
    expect(check('followup-due-task', 'Aufgabe', '{greeting} {reason}')[0].detail).toContain('{greeting}');
  });

  it('refuses formatting money or dates in the text, and selects on values the parameter never takes', () => {
    expect(check('payment-missed', '{amount, number, ::currency/EUR}')[0].detail).toContain(
      'formats {amount}',
    );
    expect(check('payment-missed', '{dueDate, date, long}')[0].detail).toContain('formats {dueDate}');
    expect(
      check('complaint-final-response', '{outcome, select, rejected {Nein} other {Antwort}}')[0].detail,
    ).toContain('rejected');
    expect(check('welcome', 'x', '')).toEqual([{ field: '/formal/body', detail: 'must not be empty' }]);
  });
});
