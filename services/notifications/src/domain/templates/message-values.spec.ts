import { formatDate, formatMoney, textDirection } from './message-values';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('money in the reader’s locale', () => {
  it.each([
    ['de', `1.234,50${NBSP}€`],
    ['fr', `1${NNBSP}234,50${NBSP}€`],
    ['en-IN', '€1,234.50'],
    ['en', '€1,234.50'],
  ])('1234.5 EUR in %s is %s', (locale, expected) => {
    expect(formatMoney('1234.5', 'EUR', locale)).toBe(expected);
  });

  it('writes Arabic amounts with the locale’s own digits and signs', () => {
    const text = formatMoney('1234.5', 'EUR', 'ar');
    expect(text).toMatch(/€/);
    expect(text.replace(/[^\d٠-٩]/g, '')).toMatch(/^(123450|١٢٣٤٥٠)$/);
  });

  it('uses the currency’s own minor units: none for JPY, three for KWD', () => {
    expect(formatMoney('150000', 'JPY', 'ja')).toBe('￥150,000');
    expect(formatMoney('1234.5', 'JPY', 'en')).toBe('¥1,235');
    expect(formatMoney('1.5', 'KWD', 'en')).toBe(`KWD${NBSP}1.500`);
  });

  it('keeps every digit of a large exact decimal (no float on the way)', () => {
    expect(formatMoney('12345678901234567.89', 'USD', 'en')).toBe('$12,345,678,901,234,567.89');
    expect(formatMoney('0.10', 'USD', 'en-IN')).toBe('$0.10');
    expect(formatMoney('12345678.90', 'INR', 'en-IN')).toBe('₹1,23,45,678.90');
  });

  it('refuses a float-looking or non-decimal amount and an unknown currency shape', () => {
    expect(() => formatMoney('1e3', 'EUR', 'en')).toThrow('amount');
    expect(() => formatMoney('12,50', 'EUR', 'en')).toThrow('amount');
    expect(() => formatMoney('12.50', 'euro', 'en')).toThrow('currency');
  });
});

describe('dates in the reader’s time zone', () => {
  it('shows an instant near midnight UTC on the reader’s own day', () => {
    const instant = '2026-03-10T23:30:00Z';
    expect(formatDate(instant, 'en', 'Asia/Tokyo')).toBe('March 11, 2026 at 8:30 AM');
    expect(formatDate(instant, 'en', 'America/Los_Angeles')).toBe('March 10, 2026 at 4:30 PM');
    expect(formatDate(instant, 'ja', 'Asia/Tokyo')).toBe('2026年3月11日 8:30');
  });

  it('shows a calendar date as that date in every time zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'America/Los_Angeles']) {
      expect(formatDate('2026-03-10', 'en', zone)).toBe('March 10, 2026');
    }
    expect(formatDate('2026-03-10', 'zh-Hant', 'Asia/Taipei')).toBe('2026年3月10日');
    expect(formatDate('2026-03-10', 'es', 'Europe/Madrid')).toBe('10 de marzo de 2026');
  });

  it('refuses impossible dates and instants without an offset', () => {
    expect(() => formatDate('2026-02-30', 'en', 'UTC')).toThrow('calendar date');
    expect(() => formatDate('2026-03-10T10:00:00', 'en', 'UTC')).toThrow('offset');
  });
});

describe('text direction', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['zh-Hant', 'ltr'],
    ['hi', 'ltr'],
  ])('%s is %s', (locale, direction) => {
    expect(textDirection(locale)).toBe(direction);
  });
});
