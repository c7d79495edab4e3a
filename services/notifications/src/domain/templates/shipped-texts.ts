import type { LocaleTexts } from './template-text';
import { ar } from './texts/ar';
import { en } from './texts/en';
import { es } from './texts/es';
import { fr } from './texts/fr';
import { hi } from './texts/hi';
import { ja } from './texts/ja';
import { ko } from './texts/ko';
import { ptBR } from './texts/pt-BR';
import { tl } from './texts/tl';
import { vi } from './texts/vi';
import { zhHans } from './texts/zh-Hans';
import { zhHant } from './texts/zh-Hant';

/** The bank's default locale: the last step of every fallback chain. */
export const DEFAULT_LOCALE = 'en';

/** The texts this service ships, seeded as approved version 1 of each template and locale. */
export const SHIPPED_TEXTS: readonly LocaleTexts[] = [
  en,
  zhHans,
  zhHant,
  es,
  ar,
  hi,
  vi,
  ko,
  ja,
  fr,
  ptBR,
  tl,
];

export const SHIPPED_LOCALES: readonly string[] = SHIPPED_TEXTS.map((texts) => texts.locale);

/** Greeting patterns for a text's locale: its own, else its language's (a translator-added `es-MX`). */
export function greetingFor(locale: string): LocaleTexts['greeting'] | undefined {
  const exact = SHIPPED_TEXTS.find((texts) => texts.locale === locale);
  if (exact) return exact.greeting;
  try {
    const wanted = new Intl.Locale(locale).maximize();
    return SHIPPED_TEXTS.find((texts) => {
      const shipped = new Intl.Locale(texts.locale).maximize();
      return shipped.language === wanted.language && shipped.script === wanted.script;
    })?.greeting;
  } catch {
    return undefined;
  }
}
