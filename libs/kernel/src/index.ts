export { Clock, SystemClock, AdjustableClock } from './clock';
export { DomainError, NotFoundError, type DomainErrorKind } from './domain-error';
export { newId } from './ids';
export { canonicalizeLocale, isIanaTimeZone, isCountryCode } from './locale';
export { Money } from './money';
export { Decimal } from './decimal';
export { toE164 } from './phone';
export { BusinessCalendar, type CalendarOverrides } from './business-calendar';
export {
  addDays,
  addMonths,
  daysBetween,
  dayOfWeek,
  instantOf,
  isLocalDate,
  localDateOf,
  offsetMinutes,
  type LocalDate,
} from './local-date';
