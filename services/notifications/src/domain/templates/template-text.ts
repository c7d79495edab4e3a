import { IntlMessageFormat } from 'intl-messageformat';
import { allowedParams, type CatalogTemplateKey, type TemplateDefinition } from './template-catalog';

export interface MessageText {
  subject: string;
  body: string;
}

/** One locale's text of a template: `formal` always; `informal` where the language distinguishes it. */
export interface TemplateTexts {
  formal: MessageText;
  informal?: MessageText;
}

/**
 * The salutation patterns of a locale. Parameters: `name` (already formatted), `named` (`yes` when the
 * customer's name is known), `honorific` (`yes` when `name` carries the customer's own honorific, so
 * that the pattern adds no courtesy word of its own).
 */
export interface GreetingPatterns {
  formal: string;
  informal?: string;
}

/** What a locale ships: its greeting patterns and a text for every template. */
export interface LocaleTexts {
  locale: string;
  greeting: GreetingPatterns;
  templates: Readonly<Record<CatalogTemplateKey, TemplateTexts>>;
}

export interface TextProblem {
  field: string;
  detail: string;
}

// The subset of the ICU AST (intl-messageformat's parser) this check walks.
interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}
const LITERAL = 0;
const POUND = 7;

function argumentsOf(nodes: readonly AstNode[], into: Map<string, number[]>): Map<string, number[]> {
  for (const node of nodes) {
    if (node.type !== LITERAL && node.type !== POUND && typeof node.value === 'string') {
      into.set(node.value, [...(into.get(node.value) ?? []), node.type]);
    }
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, into);
    if (node.children) argumentsOf(node.children, into);
  }
  return into;
}

/** Parses an ICU message; the error names the position when it does not parse. */
export function compileMessage(pattern: string, locale: string): IntlMessageFormat {
  return new IntlMessageFormat(pattern, locale, undefined, { ignoreTag: true });
}

/**
 * Checks a text before it is stored: every message parses as ICU MessageFormat and uses only the
 * parameters the template documents (plus `greeting`/`name` for customer messages).
 */
export function checkTemplateTexts(
  definition: TemplateDefinition,
  locale: string,
  texts: TemplateTexts,
): TextProblem[] {
  const allowed = new Set(allowedParams(definition).map((p) => p.name));
  const problems: TextProblem[] = [];
  const variants = Object.entries(texts) as [string, MessageText | undefined][];
  for (const [variant, text] of variants) {
    if (!text) continue;
    for (const field of ['subject', 'body'] as const) {
      const pointer = `/${variant}/${field}`;
      const pattern = text[field];
      if (!pattern.trim()) {
        problems.push({ field: pointer, detail: 'must not be empty' });
        continue;
      }
      let ast: AstNode[];
      try {
        ast = compileMessage(pattern, locale).getAst() as unknown as AstNode[];
      } catch (error) {
        problems.push({ field: pointer, detail: `is not ICU MessageFormat: ${(error as Error).message}` });
        continue;
      }
      for (const name of argumentsOf(ast, new Map()).keys()) {
        if (!allowed.has(name)) {
          problems.push({
            field: pointer,
            detail: `uses {${name}}, which ${definition.key} does not provide (it provides: ${[...allowed].join(', ') || 'none'})`,
          });
        }
      }
    }
  }
  return problems;
}
