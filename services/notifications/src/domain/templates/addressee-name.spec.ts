import fc from 'fast-check';
import { formatAddresseeName } from './addressee-name';

describe('the name a greeting uses', () => {
  it('uses a mononym whole, with or without the customer’s honorific', () => {
    expect(formatAddresseeName({ full: 'Sukarno' })).toEqual({ name: 'Sukarno', hasHonorific: false });
    expect(formatAddresseeName({ full: 'Sukarno', honorific: 'Bapak' })).toEqual({
      name: 'Bapak Sukarno',
      hasHonorific: true,
    });
    expect(formatAddresseeName({ full: 'Sukarno' }, 'informal')?.name).toBe('Sukarno');
  });

  it('puts a Chinese or Japanese honorific after the family name, without a space', () => {
    expect(
      formatAddresseeName({
        full: '王小明',
        family: '王',
        given: '小明',
        order: 'family-first',
        honorific: '先生',
      }),
    ).toEqual({ name: '王先生', hasHonorific: true });
    expect(
      formatAddresseeName({
        full: '山田太郎',
        family: '山田',
        given: '太郎',
        order: 'family-first',
        honorific: '様',
      }),
    ).toEqual({ name: '山田様', hasHonorific: true });
  });

  it('puts a Korean honorific after the full name, with a space', () => {
    expect(
      formatAddresseeName({
        full: '김민준',
        family: '김',
        given: '민준',
        order: 'family-first',
        honorific: '님',
      }),
    ).toEqual({ name: '김민준 님', hasHonorific: true });
  });

  it('puts a Latin-script honorific before the family name, or before the given name for a family-first name', () => {
    expect(
      formatAddresseeName({
        full: 'Jane Smith',
        given: 'Jane',
        family: 'Smith',
        order: 'given-first',
        honorific: 'Dr',
      }),
    ).toEqual({ name: 'Dr Smith', hasHonorific: true });
    expect(
      formatAddresseeName({
        full: 'Nguyễn Văn An',
        family: 'Nguyễn',
        given: 'An',
        order: 'family-first',
        honorific: 'Ông',
      }),
    ).toEqual({ name: 'Ông An', hasHonorific: true });
    expect(
      formatAddresseeName({ full: 'أحمد الفارسي', given: 'أحمد', family: 'الفارسي', honorific: 'السيد' }),
    ).toEqual({
      name: 'السيد الفارسي',
      hasHonorific: true,
    });
  });

  it('uses the full name exactly as written when the customer chose no honorific — never a guessed Mr or Ms', () => {
    expect(
      formatAddresseeName({ full: 'Nguyễn Văn An', family: 'Nguyễn', given: 'An', order: 'family-first' }),
    ).toEqual({ name: 'Nguyễn Văn An', hasHonorific: false });
    expect(
      formatAddresseeName({ full: '王小明', family: '王', given: '小明', order: 'family-first' })?.name,
    ).toBe('王小明');
    expect(
      formatAddresseeName({
        full: 'María José García',
        given: 'María José',
        family: 'García',
        preferredName: 'Majo',
      })?.name,
    ).toBe('María José García');
  });

  it('uses the preferred name, else the given name, in the informal style — and drops the honorific', () => {
    const name = { full: 'Elizabeth Bennet', given: 'Elizabeth', family: 'Bennet', honorific: 'Ms' };
    expect(formatAddresseeName({ ...name, preferredName: 'Lizzy' }, 'informal')).toEqual({
      name: 'Lizzy',
      hasHonorific: false,
    });
    expect(formatAddresseeName(name, 'informal')?.name).toBe('Elizabeth');
    expect(formatAddresseeName({ ...name, preferredName: 'Lizzy' }, 'formal')?.name).toBe('Ms Bennet');
  });

  it('has no name to offer when the customer’s name is unknown or blank', () => {
    expect(formatAddresseeName(undefined)).toBeUndefined();
    expect(formatAddresseeName({ full: '   ' })).toBeUndefined();
  });

  it('never adds words the customer did not write', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/);
    fc.assert(
      fc.property(word, word, fc.option(word, { nil: undefined }), (given, family, preferredName) => {
        const full = `${given} ${family}`;
        for (const style of ['formal', 'informal'] as const) {
          const name = formatAddresseeName({ full, given, family, preferredName }, style)?.name ?? '';
          for (const part of name.split(' ')) expect([given, family, preferredName]).toContain(part);
        }
      }),
    );
  });
});
