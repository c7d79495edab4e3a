import type { PersonName } from './customer';

/**
 * The form a name is compared in when searching: compatibility-normalised (full-width Ｗａｎｇ = Wang) and
 * lower-cased where the script has case. Marks are kept: Lê and Le are different names.
 */
export function nameSearchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Every key a name can be found by with a prefix search: the full name, each part, each alternate
 * spelling, and the rest of each from every word on — so that "Xiaoming" finds "Wang Xiaoming" and
 * "García" finds "María José García".
 */
export function nameSearchKeys(name: PersonName): string[] {
  const spellings = [
    name.full,
    name.given,
    name.family,
    name.preferredName,
    ...(name.alternates ?? []).map((alternate) => alternate.value),
  ].filter((value): value is string => value !== undefined);
  const keys = new Set<string>();
  for (const spelling of spellings) {
    const words = nameSearchForm(spelling).split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) keys.add(words.slice(i).join(' '));
  }
  return [...keys];
}
