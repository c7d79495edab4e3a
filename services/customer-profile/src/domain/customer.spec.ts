import { DomainError } from '@crm/kernel';
import { Customer } from './customer';

const now = new Date('2026-11-23T08:00:00Z');
const details = {
  fullName: '王小明',
  locale: 'zh-hant-tw',
  timeZone: 'Asia/Taipei',
  countryOfResidence: 'TW',
};

describe('Customer.register', () => {
  it('keeps the name as written and canonicalises the locale', () => {
    const customer = Customer.register(
      'id-1',
      { ...details, fullName: '  María  José de la Cruz ' },
      now,
    ).snapshot;
    expect(customer.fullName).toBe('  María  José de la Cruz ');
    expect(customer.locale).toBe('zh-Hant-TW');
    expect(customer.registeredAt).toEqual(now);
  });

  it('normalises decomposed Unicode to NFC', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // "Nguyễn" typed with combining marks
    expect(Customer.register('id-1', { ...details, fullName: decomposed }, now).snapshot.fullName).toBe(
      'Nguyễn'.normalize('NFC'),
    );
  });

  it.each([
    [{ fullName: ' \u200b ' }, 'CUSTOMER_NAME_EMPTY'],
    [{ locale: 'en_GB' }, 'CUSTOMER_LOCALE_INVALID'],
    [{ timeZone: 'Europe/Atlantis' }, 'CUSTOMER_TIME_ZONE_INVALID'],
    [{ countryOfResidence: 'XX' }, 'CUSTOMER_COUNTRY_INVALID'],
  ])('refuses %p with %s', (change, code) => {
    expect(() => Customer.register('id-1', { ...details, ...change }, now)).toThrow(
      expect.objectContaining({ code, kind: 'invalid' }) as unknown as DomainError,
    );
  });
});
