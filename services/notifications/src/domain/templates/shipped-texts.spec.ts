import type { AddressAs } from '@crm/contracts';
import fc from 'fast-check';
import { renderMessage } from './render-message';
import { SHIPPED_TEXTS } from './shipped-texts';
import { TEMPLATE_CATALOG, TEMPLATE_CATALOG_KEYS } from './template-catalog';
import { checkTemplateTexts } from './template-text';

// `tl` is shipped under its canonical tag `fil`.
const REQUIRED_LOCALES = [
  'en',
  'zh-Hans',
  'zh-Hant',
  'es',
  'ar',
  'hi',
  'vi',
  'ko',
  'ja',
  'fr',
  'pt-BR',
  'fil',
];

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
            fc.constantFrom<AddressAs | undefined>(
              undefined,
              { full: 'Test Name', given: 'Test', family: 'Name' },
              { full: 'Test Name', given: 'Test', family: 'Name', honorific: 'Dr', preferredName: 'Tess' },
              { full: '王小明', given: '小明', family: '王', order: 'family-first', honorific: '先生' },
            ),
            (params, style, addressAs) => {
              const rendered = renderMessage({
                definition: TEMPLATE_CATALOG[key],
                texts: texts.templates[key],
                textLocale: locale,
                requestedLocale: locale,
                style,
                addressAs,
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

  it.each(SHIPPED_TEXTS.map((t) => [t.locale, t] as const))(
    '%s says something specific for every documented choice, not only its `other` branch',
    (locale, texts) => {
      let checked = 0;
      for (const key of TEMPLATE_CATALOG_KEYS) {
        const definition = TEMPLATE_CATALOG[key];
        for (const choice of definition.params.filter((p) => p.kind === 'choice')) {
          const render = (value: string) => {
            const params = Object.fromEntries(
              definition.params.map((p) => [
                p.name,
                p.kind === 'count'
                  ? 3
                  : p.kind === 'date'
                    ? '2026-03-10'
                    : p.kind === 'currency'
                      ? 'EUR'
                      : p.kind === 'money'
                        ? '10.00'
                        : 'x',
              ]),
            );
            const text = renderMessage({
              definition,
              texts: texts.templates[key],
              textLocale: locale,
              requestedLocale: locale,
              timeZone: 'UTC',
              params: { ...params, [choice.name]: value },
              greeting: texts.greeting,
            });
            return `${text.subject}\n${text.body}`;
          };
          const fallback = render('not-a-documented-value');
          for (const value of choice.values ?? []) {
            expect({ key, value, text: render(value) }).not.toEqual({ key, value, text: fallback });
            checked += 1;
          }
        }
      }
      // The catalog has documented choices, so the loop above compared something.
      expect(checked).toBeGreaterThan(0);
    },
  );
});
