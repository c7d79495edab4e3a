import { DomainError } from '@crm/kernel';

const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CURRENCY = /^[A-Z]{3}$/;

function invalid(param: string, message: string): DomainError {
  return new DomainError('TEMPLATE_PARAMS_INVALID', 'invalid', `${param}: ${message}`, { param });
}

/**
 * Money in the reader's locale with the currency's own minor units (JPY none, KWD three). The decimal
 * string goes to ICU as a string (ECMA-402 `Intl.NumberFormat` accepts numeric strings), so no float
 * ever touches the amount: `12345678901234567.89` prints with every digit.
 */
export function formatMoney(amount: string, currency: string, locale: string, param = 'amount'): string {
  if (!DECIMAL.test(amount)) throw invalid(param, 'must be a decimal string such as "1234.50"');
  if (!CURRENCY.test(currency)) throw invalid('currency', 'must be an ISO 4217 code such as "EUR"');
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return format.format(amount as Intl.StringNumericLiteral);
}

/**
 * A calendar date (`YYYY-MM-DD`: a due date is the same day everywhere, so it is never shifted by a
 * time zone) or an instant (ISO 8601 with offset: shown with its time in the reader's time zone).
 */
export function formatDate(value: string, locale: string, timeZone: string, param = 'date'): string {
  const local = LOCAL_DATE.exec(value);
  if (local) {
    const [, y, m, d] = local;
    const utc = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (utc.getUTCDate() !== Number(d)) throw invalid(param, 'is not a calendar date');
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw invalid(param, 'must be YYYY-MM-DD or an ISO 8601 instant with an offset');
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw invalid(param, 'is not a valid instant');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(instant);
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand']);

/** Writing direction of a locale's script (CLDR likely subtags: `ar` → Arab → rtl). */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(locale).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
