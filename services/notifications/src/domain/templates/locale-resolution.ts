/**
 * Which of the available texts a customer's locale gets, by BCP 47 structure (`Intl.Locale` with CLDR
 * likely subtags), never by string prefix: the script is part of the language for this purpose, so
 * `zh-Hant` never receives a `zh-Hans` text and `sr-Latn` never a `sr-Cyrl` one.
 *
 * The chain, for a requested tag R maximised to language-Script-REGION:
 * 1. a text for exactly R;
 * 2. a text whose tag maximises to the same language, script and region (`zh-TW` ↔ `zh-Hant-TW`,
 *    `ja-JP` ↔ `ja`, `pt` ↔ `pt-BR`);
 * 3. a text for the language and script without a region (`zh-Hant-HK` → `zh-Hant`, `pt-PT` → `pt`,
 *    `en-GB` → `en`);
 * 4. a text for another region of the same language and script (`pt-PT` → `pt-BR` when no `pt`
 *    exists): readable, but not what the customer asked for, so it is a *visible* fallback;
 * 5. the bank's default locale, also a visible fallback.
 * Steps 4 and 5 set `fellBack`: the translation is missing and the miss is counted and listed.
 */

export interface LocaleResolution {
  /** The available locale whose text is used, or undefined when not even the default is available. */
  locale: string | undefined;
  /** True when the customer's language (in their script and region family) had no text. */
  fellBack: boolean;
  /** The steps tried, for logs and the translators' list: e.g. ['zh-Hant-HK', 'zh-Hant', 'zh-Hant-*', 'en']. */
  chain: string[];
}

interface Parsed {
  /** The tag as given (an available locale is answered exactly as the caller listed it). */
  source: string;
  tag: string;
  language: string;
  script: string | undefined;
  region: string | undefined;
  hasRegion: boolean;
}

function parse(tag: string): Parsed | undefined {
  try {
    const locale = new Intl.Locale(tag);
    const max = locale.maximize();
    return {
      source: tag,
      tag: locale.toString(),
      language: max.language,
      script: max.script,
      region: max.region,
      hasRegion: locale.region !== undefined,
    };
  } catch {
    return undefined;
  }
}

/** The fallback chain of a tag, as tags (step 4 shown as `<language>-<Script>-*`). */
export function fallbackChain(requested: string, defaultLocale: string): string[] {
  const r = parse(requested);
  if (!r) return [defaultLocale];
  const languageScript = r.script ? `${r.language}-${r.script}` : r.language;
  const steps = [
    r.tag,
    [r.language, r.script, r.region].filter(Boolean).join('-'),
    languageScript,
    // The bare language only when its own default script is the requested one (`zh` is zh-Hans).
    parse(r.language)?.script === r.script ? r.language : undefined,
    `${languageScript}-*`,
    defaultLocale,
  ];
  return [...new Set(steps.filter((step): step is string => step !== undefined))];
}

export function resolveLocale(
  requested: string,
  available: readonly string[],
  defaultLocale: string,
): LocaleResolution {
  const chain = fallbackChain(requested, defaultLocale);
  const r = parse(requested);
  const candidates = available.map(parse).filter((c): c is Parsed => c !== undefined);
  const sameLanguageAndScript = (c: Parsed) =>
    r !== undefined && c.language === r.language && c.script === r.script;
  const found = (c: Parsed | undefined, fellBack: boolean): LocaleResolution | undefined =>
    c ? { locale: c.source, fellBack, chain } : undefined;

  const answer =
    found(
      candidates.find((c) => c.tag.toLowerCase() === r?.tag.toLowerCase()),
      false,
    ) ??
    found(
      candidates.find((c) => sameLanguageAndScript(c) && c.region === r?.region),
      false,
    ) ??
    found(
      candidates.find((c) => sameLanguageAndScript(c) && !c.hasRegion),
      false,
    ) ??
    found(
      // Deterministic among several regions: the alphabetically first tag.
      candidates.filter(sameLanguageAndScript).sort((a, b) => a.tag.localeCompare(b.tag))[0],
      true,
    ) ??
    found(
      candidates.find((c) => c.source.toLowerCase() === defaultLocale.toLowerCase()),
      true,
    );
  return answer ?? { locale: undefined, fellBack: true, chain };
}
