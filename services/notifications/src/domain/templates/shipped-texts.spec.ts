import fc from 'fast-check';
import { renderMessage } from './render-message';
import { SHIPPED_TEXTS } from './shipped-texts';
import { TEMPLATE_CATALOG, TEMPLATE_CATALOG_KEYS } from './template-catalog';
import { checkTemplateTexts } from './template-text';

const REQUIRED_LOCALES = ['en', 'zh-Hans', 'zh-Hant', 'es', 'ar'];

const arbitraryParams = (key: keyof typeof TEMPLATE_CATALOG) =>
  fc.record(
    Object.fromEntries(
      TEMPLATE_CATALOG[key].params.map((spec) => {
        const arb: fc.Arbitrary<string | number> =
          spec.kind === 'money'
            ? fc
                .tuple(fc.bigInt(0n, 10n ** 15n), fc.integer({ min: 0, max: 99 }))
                .map(([u, c]) => `${u}.${String(c).padStart(2, '0')}`)
            : spec.kind === 'currency'
              ? fc.constantFrom('EUR', 'JPY', 'USD', 'CNY', 'SAR', 'KWD', 'INR')
              : spec.kind === 'date'
                ? fc.oneof(
                    fc
                      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
                      .map((d) => d.toISOString()),
                    fc
                      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
                      .map((d) => d.toISOString().slice(0, 10)),
                  )
                : spec.kind === 'count'
                  ? fc.integer({ min: 0, max: 400 })
                  : spec.kind === 'choice'
                    ? fc.constantFrom(...(spec.values ?? ['x']))
                    : fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);
        return [spec.name, arb];
      }),
    ),
  );

describe('shipped template texts', () => {
  it('cover every template key in every required locale', () => {
    const locales = SHIPPED_TEXTS.map((t) => t.locale);
    expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
    for (const texts of SHIPPED_TEXTS) {
      expect(Object.keys(texts.templates).sort()).toEqual([...TEMPLATE_CATALOG_KEYS].sort());
    }
  });

  describe.each(SHIPPED_TEXTS.map((t) => [t.locale, t] as const))('%s', (locale, texts) => {
    it.each([...TEMPLATE_CATALOG_KEYS])('%s parses as ICU and uses only its documented parameters', (key) => {
      expect(checkTemplateTexts(TEMPLATE_CATALOG[key], locale, texts.templates[key])).toEqual([]);
    });

    it.each([...TEMPLATE_CATALOG_KEYS])(
      '%s renders every variant with any valid parameters, leaving no placeholder',
      (key) => {
        fc.assert(
          fc.property(
            arbitraryParams(key),
            fc.constantFrom('formal', 'informal') as fc.Arbitrary<'formal' | 'informal'>,
            fc.boolean(),
            (params, style, named) => {
              const rendered = renderMessage({
                definition: TEMPLATE_CATALOG[key],
                texts: texts.templates[key],
                textLocale: locale,
                requestedLocale: locale,
                style,
                addressAs: named ? { full: 'Test Name', given: 'Test', family: 'Name' } : undefined,
                timeZone: 'Asia/Tokyo',
                params,
                greeting: texts.greeting,
              });
              expect(rendered.subject.length).toBeGreaterThan(0);
              expect(rendered.body.length).toBeGreaterThan(0);
              expect(`${rendered.subject}${rendered.body}`).not.toMatch(/[{}]/);
              expect(rendered.direction).toBe(locale === 'ar' ? 'rtl' : 'ltr');
            },
          ),
          { numRuns: 25 },
        );
      },
    );
  });
});
