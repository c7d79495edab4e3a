import { fallbackChain, resolveLocale } from './locale-resolution';

const SHIPPED = ['en', 'zh-Hans', 'zh-Hant', 'es', 'ar', 'hi', 'vi', 'ko', 'ja', 'fr', 'pt-BR', 'fil'];

describe('locale fallback chain', () => {
  it.each([
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['ja-JP', 'ja'],
    ['en-GB', 'en'],
    ['en-IN', 'en'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
    ['ar-SA', 'ar'],
    ['ko-KR', 'ko'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    // CLDR treats tl as an alias of fil (Filipino): either tag gets the Tagalog/Filipino text.
    ['fil-PH', 'fil'],
    ['tl-PH', 'fil'],
    ['tl', 'fil'],
  ])('%s gets the %s text', (requested, expected) => {
    expect(resolveLocale(requested, SHIPPED, 'en').locale).toBe(expected);
  });

  it('never gives a Traditional Chinese reader a Simplified text, even when it is the only Chinese one', () => {
    const resolution = resolveLocale('zh-Hant-HK', ['en', 'zh-Hans'], 'en');
    expect(resolution).toMatchObject({ locale: 'en', fellBack: true });
    expect(resolveLocale('zh-TW', ['en', 'zh-Hans', 'zh'], 'en').locale).toBe('en');
    expect(resolveLocale('zh-CN', ['en', 'zh-Hant'], 'en').locale).toBe('en');
  });

  it('keeps scripts apart for other languages too (sr-Latn vs sr-Cyrl)', () => {
    expect(resolveLocale('sr-Latn-RS', ['en', 'sr-Cyrl'], 'en').locale).toBe('en');
    expect(resolveLocale('sr-Latn-RS', ['en', 'sr-Cyrl', 'sr-Latn'], 'en').locale).toBe('sr-Latn');
    // Plain `sr` is written in Cyrillic (CLDR likely subtags), so it is the Cyrillic text.
    expect(resolveLocale('sr', ['en', 'sr-Cyrl', 'sr-Latn'], 'en').locale).toBe('sr-Cyrl');
    expect(resolveLocale('sr-RS', ['en', 'sr-Latn'], 'en').locale).toBe('en');
  });

  it('gives pt-PT a pt text silently, and pt-BR only as a visible fallback when no pt exists', () => {
    expect(resolveLocale('pt-PT', ['en', 'pt', 'pt-BR'], 'en')).toMatchObject({
      locale: 'pt',
      fellBack: false,
    });
    expect(resolveLocale('pt-PT', ['en', 'pt-BR'], 'en')).toMatchObject({ locale: 'pt-BR', fellBack: true });
    expect(resolveLocale('pt-PT', ['en', 'pt-PT', 'pt-BR'], 'en')).toMatchObject({
      locale: 'pt-PT',
      fellBack: false,
    });
  });

  it('falls back visibly to the bank default for an unknown or malformed locale', () => {
    expect(resolveLocale('sw-KE', SHIPPED, 'en')).toMatchObject({ locale: 'en', fellBack: true });
    expect(resolveLocale('not a locale', SHIPPED, 'en')).toMatchObject({ locale: 'en', fellBack: true });
    expect(resolveLocale('sw-KE', ['fr'], 'en')).toMatchObject({ locale: undefined, fellBack: true });
  });

  it('matches tags case-insensitively and in canonical form', () => {
    expect(resolveLocale('ZH-hant-tw', SHIPPED, 'en').locale).toBe('zh-Hant');
    expect(resolveLocale('zh-hant', SHIPPED, 'en')).toMatchObject({ locale: 'zh-Hant', fellBack: false });
  });

  it('describes the chain it walks', () => {
    expect(fallbackChain('zh-Hant-HK', 'en')).toEqual(['zh-Hant-HK', 'zh-Hant', 'zh-Hant-*', 'en']);
    expect(fallbackChain('zh-TW', 'en')).toEqual(['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh-Hant-*', 'en']);
    expect(fallbackChain('zh-CN', 'en')).toEqual(['zh-CN', 'zh-Hans-CN', 'zh-Hans', 'zh', 'zh-Hans-*', 'en']);
    expect(fallbackChain('pt-PT', 'en')).toEqual(['pt-PT', 'pt-Latn-PT', 'pt-Latn', 'pt', 'pt-Latn-*', 'en']);
  });
});
