import { DomainError } from '@crm/kernel';
import { Customer, changedFieldNames } from './customer';

const now = new Date('2026-11-23T08:00:00Z');
const later = new Date('2026-11-24T08:00:00Z');
const details = {
  name: { full: '王小明' },
  locale: 'zh-hant-tw',
  timeZone: 'Asia/Taipei',
  countryOfResidence: 'TW',
};

function refusal(code: string, kind = 'invalid') {
  return expect.objectContaining({ code, kind }) as unknown as DomainError;
}

describe('Customer.register', () => {
  it('keeps the name as written and canonicalises the locale', () => {
    const customer = Customer.register(
      'id-1',
      { ...details, name: { full: '  María  José de la Cruz ' } },
      now,
    ).snapshot;
    expect(customer.name.full).toBe('  María  José de la Cruz ');
    expect(customer.locale).toBe('zh-Hant-TW');
    expect(customer.registeredAt).toEqual(now);
    expect(customer.version).toBe(1);
  });

  it('normalises decomposed Unicode to NFC in every part of the name', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // "Nguyễn" typed with combining marks
    const name = Customer.register(
      'id-1',
      {
        ...details,
        name: { full: decomposed, family: decomposed, alternates: [{ value: decomposed, script: 'Latn' }] },
      },
      now,
    ).snapshot.name;
    expect(name.full).toBe('Nguyễn'.normalize('NFC'));
    expect(name.family).toBe('Nguyễn'.normalize('NFC'));
    expect(name.alternates?.[0].value).toBe('Nguyễn'.normalize('NFC'));
  });

  it('accepts a mononym and a window of contact hours that crosses midnight', () => {
    const c = Customer.register(
      'id-1',
      { ...details, name: { full: 'Sukarno' }, contactHours: { start: '22:00', end: '06:30' } },
      now,
    ).snapshot;
    expect(c.name).toEqual({ full: 'Sukarno' });
    expect(c.contactHours).toEqual({ start: '22:00', end: '06:30' });
  });

  it('stores the phone in E.164 and channels in the order given', () => {
    const c = Customer.register(
      'id-1',
      { ...details, phone: '+886912345678', preferredChannels: ['line', 'email', 'sms'] },
      now,
    ).snapshot;
    expect(c.phone).toBe('+886912345678');
    expect(c.preferredChannels).toEqual(['line', 'email', 'sms']);
  });

  it.each([
    [{ name: { full: ' \u200b ' } }, 'CUSTOMER_NAME_EMPTY'],
    [{ locale: 'en_GB' }, 'CUSTOMER_LOCALE_INVALID'],
    [{ timeZone: 'Europe/Atlantis' }, 'CUSTOMER_TIME_ZONE_INVALID'],
    [{ countryOfResidence: 'XX' }, 'CUSTOMER_COUNTRY_INVALID'],
    [{ nationality: 'EU' }, 'CUSTOMER_COUNTRY_INVALID'],
    [{ phone: '+10000000000' }, 'CUSTOMER_PHONE_INVALID'],
    [{ preferredChannels: ['email', 'email'] }, 'CUSTOMER_LIST_HAS_DUPLICATES'],
    [{ contactHours: { start: '09:00', end: '09:00' } }, 'CUSTOMER_CONTACT_HOURS_EMPTY'],
    [{ contactHours: { start: '24:00', end: '09:00' } }, 'CUSTOMER_CONTACT_HOURS_INVALID'],
    [{ name: { full: 'A', alternates: [{ value: 'B' }] } }, 'CUSTOMER_NAME_ALTERNATE_UNTAGGED'],
  ])('refuses %p with %s', (change, code) => {
    expect(() => Customer.register('id-1', { ...details, ...change } as typeof details, now)).toThrow(
      refusal(code),
    );
  });

  it('refuses festivals observed without the cultural-personalisation consent', () => {
    expect(() =>
      Customer.register('id-1', { ...details, observedFestivals: ['diwali'] }, now, false),
    ).toThrow(refusal('CUSTOMER_FESTIVALS_NEED_CONSENT', 'conflict'));
  });
});

describe('Customer.update', () => {
  it('reports only the fields whose value changed and moves to the next version', () => {
    const customer = Customer.register('id-1', { ...details, email: 'a@example.tw' }, now);
    const changed = customer.update(
      { email: 'a@example.tw', timeZone: 'Asia/Hong_Kong', honorific: '先生' },
      later,
      false,
    );
    expect(changed).toEqual(['honorific', 'timeZone']);
    expect(customer.snapshot.version).toBe(2);
    expect(customer.snapshot.updatedAt).toEqual(later);
  });

  it('removes an optional field given null, and refuses to remove a required one', () => {
    const customer = Customer.register('id-1', { ...details, email: 'a@example.tw' }, now);
    expect(customer.update({ email: null }, later, false)).toEqual(['email']);
    expect(customer.snapshot.email).toBeUndefined();
    expect(() => customer.update({ locale: null }, later, false)).toThrow(refusal('CUSTOMER_FIELD_REQUIRED'));
  });

  it('keeps the version when nothing changed', () => {
    const customer = Customer.register('id-1', details, now);
    expect(customer.update({ timeZone: 'Asia/Taipei' }, later, false)).toEqual([]);
    expect(customer.snapshot.version).toBe(1);
  });

  it('accepts festivals with consent and forgets them when it is withdrawn', () => {
    const customer = Customer.register('id-1', details, now);
    expect(customer.update({ observedFestivals: ['lunar-new-year'] }, later, true)).toEqual([
      'observedFestivals',
    ]);
    expect(customer.forgetFestivals(later)).toBe(true);
    expect(customer.snapshot.observedFestivals).toBeUndefined();
    expect(customer.snapshot.version).toBe(3);
    expect(customer.forgetFestivals(later)).toBe(false);
  });

  it('names a change of name part by part', () => {
    expect(
      changedFieldNames({ full: '王小明' }, { full: '王小明', preferredName: 'Ming' }, ['name', 'locale']),
    ).toEqual(['name.preferredName', 'locale']);
  });
});
