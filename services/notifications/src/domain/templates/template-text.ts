import { IntlMessageFormat } from 'intl-messageformat';
import {
  allowedParams,
  selectKey,
  type CatalogTemplateKey,
  type ParamSpec,
  type TemplateDefinition,
} from './template-catalog';

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
const AST = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7 } as const;

interface ArgumentUse {
  name: string;
  type: number;
  optionKeys: string[];
}

function argumentsOf(nodes: readonly AstNode[], into: ArgumentUse[] = []): ArgumentUse[] {
  for (const node of nodes) {
    if (node.type !== AST.literal && node.type !== AST.pound && typeof node.value === 'string') {
      into.push({ name: node.value, type: node.type, optionKeys: Object.keys(node.options ?? {}) });
    }
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, into);
    if (node.children) argumentsOf(node.children, into);
  }
  return into;
}

// Money and dates arrive already formatted for the reader (exact decimals, their time zone), so a text
// may only place them; counts may be pluralised; choices selected on their documented values.
function misuse(use: ArgumentUse, spec: ParamSpec): string | undefined {
  const allowed: Record<ParamSpec['kind'], readonly number[]> = {
    money: [AST.argument],
    currency: [AST.argument],
    date: [AST.argument],
    text: [AST.argument],
    count: [AST.argument, AST.number, AST.plural],
    choice: [AST.argument, AST.select],
  };
  if (!allowed[spec.kind].includes(use.type)) {
    return spec.kind === 'money' || spec.kind === 'date'
      ? `formats {${use.name}} itself; write {${use.name}}: the renderer formats ${spec.kind} for the reader`
      : `uses {${use.name}} in a way a ${spec.kind} parameter does not allow`;
  }
  if (use.type === AST.select) {
    const keys = new Set([...(spec.values ?? []).map(selectKey), 'other']);
    const unknown = use.optionKeys.filter((key) => !keys.has(key));
    if (unknown.length) {
      return `selects {${use.name}} on ${unknown.join(', ')}, which it never takes (values: ${[...keys].join(', ')})`;
    }
  }
  return undefined;
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
  const allowed = new Map(allowedParams(definition).map((p) => [p.name, p]));
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
      for (const use of argumentsOf(ast)) {
        const spec = allowed.get(use.name);
        const detail = spec
          ? misuse(use, spec)
          : `uses {${use.name}}, which ${definition.key} does not provide (it provides: ${[...allowed.keys()].join(', ') || 'none'})`;
        if (detail) problems.push({ field: pointer, detail });
      }
    }
  }
  return problems;
}
