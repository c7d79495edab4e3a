import type { AddressAs, CommunicationStyle } from '@crm/contracts';
import { DomainError } from '@crm/kernel';
import type { IntlMessageFormat } from 'intl-messageformat';
import { formatAddresseeName } from './addressee-name';
import { formatDate, formatMoney, textDirection } from './message-values';
import { selectKey, type TemplateDefinition } from './template-catalog';
import { compileMessage, type GreetingPatterns, type MessageText, type TemplateTexts } from './template-text';

export type ParamValue = string | number | boolean | undefined;

export interface MessageToRender {
  definition: TemplateDefinition;
  texts: TemplateTexts;
  /** The locale of the text chosen by the fallback chain. */
  textLocale: string;
  /** The customer's own locale: numbers and dates follow it when it is the text's language. */
  requestedLocale: string;
  style?: CommunicationStyle;
  addressAs?: AddressAs;
  timeZone: string;
  params: Readonly<Record<string, ParamValue>>;
  greeting?: GreetingPatterns;
}

export interface RenderedText extends MessageText {
  direction: 'ltr' | 'rtl';
}

// Compiled messages are immutable: a version's text never changes once stored.
const compiled = new Map<string, IntlMessageFormat>();
function compiledMessage(pattern: string, locale: string): IntlMessageFormat {
  const key = `${locale}\u0000${pattern}`;
  let message = compiled.get(key);
  if (!message) {
    if (compiled.size >= 10_000) compiled.clear();
    message = compileMessage(pattern, locale);
    compiled.set(key, message);
  }
  return message;
}

/**
 * Formats numbers and dates in the customer's own locale (en-IN lakh grouping, fr-CA dates) when the
 * text is in their language; in the text's locale otherwise, so that a fallback text does not mix
 * languages ("due on 10. März").
 */
export function formattingLocale(requested: string, textLocale: string): string {
  try {
    const r = new Intl.Locale(requested).maximize();
    const t = new Intl.Locale(textLocale).maximize();
    return r.language === t.language && r.script === t.script ? requested : textLocale;
  } catch {
    return textLocale;
  }
}

function required(params: Readonly<Record<string, ParamValue>>, name: string, key: string): ParamValue {
  const value = params[name];
  if (value === undefined || value === '') {
    throw new DomainError('TEMPLATE_PARAMS_INVALID', 'invalid', `${key} needs the parameter ${name}`, {
      param: name,
    });
  }
  return value;
}

function format(pattern: string, locale: string, values: Record<string, string | number>): string {
  const result = compiledMessage(pattern, locale).format(values);
  return typeof result === 'string' ? result : String(result);
}

/** Turns a template text and the pipeline's parameters into the subject and body to send. */
export function renderMessage(message: MessageToRender): RenderedText {
  const { definition, params } = message;
  const locale = formattingLocale(message.requestedLocale, message.textLocale);
  const direction = textDirection(message.textLocale);
  // In a right-to-left text, each inserted value is a first-strong isolate (Unicode UAX #9), so that
  // a reference such as C-2026-17 or a Latin-script name keeps its own order inside Arabic.
  const isolate = (text: string) => (direction === 'rtl' && text ? `\u2068${text}\u2069` : text);
  const values: Record<string, string | number> = {};
  for (const spec of definition.params) {
    const value = required(params, spec.name, definition.key);
    switch (spec.kind) {
      case 'money':
        values[spec.name] = isolate(
          formatMoney(String(value), String(required(params, 'currency', definition.key)), locale, spec.name),
        );
        break;
      case 'date':
        values[spec.name] = isolate(formatDate(String(value), locale, message.timeZone, spec.name));
        break;
      case 'count': {
        const count = Number(value);
        if (!Number.isInteger(count)) {
          throw new DomainError('TEMPLATE_PARAMS_INVALID', 'invalid', `${spec.name} must be a whole number`, {
            param: spec.name,
          });
        }
        values[spec.name] = count;
        break;
      }
      case 'choice':
        values[spec.name] = selectKey(String(value));
        break;
      default:
        values[spec.name] = isolate(String(value));
    }
  }

  const style = message.style ?? 'formal';
  if (definition.audience === 'customer') {
    const addressee = formatAddresseeName(message.addressAs, style);
    values.name = isolate(addressee?.name ?? '');
    const pattern = (style === 'informal' && message.greeting?.informal) || message.greeting?.formal;
    values.greeting = pattern
      ? format(pattern, message.textLocale, {
          name: values.name,
          named: addressee ? 'yes' : 'no',
          honorific: addressee?.hasHonorific ? 'yes' : 'no',
        })
      : values.name;
  }

  const text = (style === 'informal' && message.texts.informal) || message.texts.formal;
  return {
    subject: format(text.subject, message.textLocale, values).trim(),
    body: format(text.body, message.textLocale, values).trim(),
    direction,
  };
}
