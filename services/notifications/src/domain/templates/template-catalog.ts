import { COMPLAINT_OUTCOMES, FESTIVALS, HARDSHIP_OPTIONS, RISK_SEVERITIES } from '@crm/contracts';

/**
 * What each template may say: the parameters the delivery pipeline passes, their kinds (so that money
 * and dates are formatted by the renderer, never by translators), and whether it is a legal notice.
 */

export const TEMPLATE_CATALOG_KEYS = [
  'welcome',
  'payment-due-reminder',
  'payment-missed',
  'hardship-arrangement-started',
  'hardship-arrangement-ended',
  'complaint-acknowledged',
  'complaint-final-response',
  'complaint-escalation-rights',
  'complaint-deadline-extended',
  'survey-invitation',
  'followup-due-task',
  'risk-warning-task',
  'festival-greeting',
] as const;
export type CatalogTemplateKey = (typeof TEMPLATE_CATALOG_KEYS)[number];

/**
 * - `money`: a decimal string, formatted with the template's `currency` parameter in the reader's locale;
 * - `date`: `YYYY-MM-DD` (a calendar date, shown as is) or an ISO instant (shown in the reader's time zone);
 * - `count`: an integer, for `plural`;
 * - `choice`: one of `values`, for `select`;
 * - `text`: shown as given (references, ids, staff notes).
 */
export type ParamKind = 'money' | 'currency' | 'date' | 'count' | 'choice' | 'text';

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  values?: readonly string[];
  description: string;
}

export interface TemplateDefinition {
  key: CatalogTemplateKey;
  /** Customer messages start with `{greeting}`; staff tasks do not address anyone. */
  audience: 'customer' | 'staff';
  /** Legal notices are sent from approved versions only, like every message; flagged for reviewers. */
  isLegalNotice: boolean;
  params: readonly ParamSpec[];
}

/** Parameters the renderer itself supplies to every customer message. */
export const RENDERER_PARAMS: readonly ParamSpec[] = [
  {
    name: 'greeting',
    kind: 'text',
    description: 'The salutation with the customer’s name, formatted the customer’s way.',
  },
  { name: 'name', kind: 'text', description: 'The customer’s name as addressed, without salutation.' },
];

const amount: ParamSpec = { name: 'amount', kind: 'money', description: 'Decimal string, e.g. "1234.50".' };
const currency: ParamSpec = { name: 'currency', kind: 'currency', description: 'ISO 4217, e.g. "EUR".' };
const dueDate: ParamSpec = { name: 'dueDate', kind: 'date', description: 'The instalment’s due date.' };
const complaintReference: ParamSpec = {
  name: 'complaintReference',
  kind: 'text',
  description: 'The reference the customer quotes.',
};
const customerId: ParamSpec = { name: 'customerId', kind: 'text', description: 'The customer concerned.' };

export const TEMPLATE_CATALOG: Readonly<Record<CatalogTemplateKey, TemplateDefinition>> = {
  welcome: { key: 'welcome', audience: 'customer', isLegalNotice: false, params: [] },
  'payment-due-reminder': {
    key: 'payment-due-reminder',
    audience: 'customer',
    isLegalNotice: false,
    params: [
      amount,
      currency,
      dueDate,
      { name: 'daysUntilDue', kind: 'count', description: 'Whole days from today to the due date.' },
    ],
  },
  'payment-missed': {
    key: 'payment-missed',
    audience: 'customer',
    isLegalNotice: false,
    params: [
      amount,
      currency,
      dueDate,
      { name: 'daysPastDue', kind: 'count', description: 'Whole days since the due date.' },
    ],
  },
  'hardship-arrangement-started': {
    key: 'hardship-arrangement-started',
    audience: 'customer',
    isLegalNotice: false,
    params: [
      { name: 'option', kind: 'choice', values: HARDSHIP_OPTIONS, description: 'The arrangement agreed.' },
      { name: 'startsOn', kind: 'date', description: 'First day of the arrangement.' },
      { name: 'endsOn', kind: 'date', description: 'Last day of the arrangement.' },
    ],
  },
  'hardship-arrangement-ended': {
    key: 'hardship-arrangement-ended',
    audience: 'customer',
    isLegalNotice: false,
    params: [],
  },
  'complaint-acknowledged': {
    key: 'complaint-acknowledged',
    audience: 'customer',
    isLegalNotice: false,
    params: [
      complaintReference,
      { name: 'finalResponseBy', kind: 'date', description: 'The latest date of the final response.' },
    ],
  },
  'complaint-final-response': {
    key: 'complaint-final-response',
    audience: 'customer',
    isLegalNotice: true,
    params: [
      complaintReference,
      { name: 'outcome', kind: 'choice', values: COMPLAINT_OUTCOMES, description: 'The decision.' },
    ],
  },
  'complaint-escalation-rights': {
    key: 'complaint-escalation-rights',
    audience: 'customer',
    isLegalNotice: true,
    params: [complaintReference],
  },
  'complaint-deadline-extended': {
    key: 'complaint-deadline-extended',
    audience: 'customer',
    isLegalNotice: false,
    params: [
      complaintReference,
      { name: 'newDeadline', kind: 'date', description: 'The new latest date of the response.' },
    ],
  },
  'survey-invitation': {
    key: 'survey-invitation',
    audience: 'customer',
    isLegalNotice: false,
    params: [
      { name: 'surveyId', kind: 'text', description: 'The survey to answer.' },
      { name: 'expiresAt', kind: 'date', description: 'When the survey closes.' },
    ],
  },
  'followup-due-task': {
    key: 'followup-due-task',
    audience: 'staff',
    isLegalNotice: false,
    params: [
      customerId,
      { name: 'dueAt', kind: 'date', description: 'When the follow-up is due.' },
      { name: 'reason', kind: 'text', description: 'Why, as the staff member wrote it.' },
    ],
  },
  'risk-warning-task': {
    key: 'risk-warning-task',
    audience: 'staff',
    isLegalNotice: false,
    params: [
      customerId,
      { name: 'severity', kind: 'choice', values: RISK_SEVERITIES, description: 'How serious the risk is.' },
      { name: 'reasons', kind: 'text', description: 'The signals behind the warning.' },
    ],
  },
  'festival-greeting': {
    key: 'festival-greeting',
    audience: 'customer',
    isLegalNotice: false,
    params: [{ name: 'festival', kind: 'choice', values: FESTIVALS, description: 'The festival observed.' }],
  },
};

export function isCatalogTemplateKey(key: string): key is CatalogTemplateKey {
  return (TEMPLATE_CATALOG_KEYS as readonly string[]).includes(key);
}

/** Every parameter a text of this template may use. */
export function allowedParams(definition: TemplateDefinition): readonly ParamSpec[] {
  return definition.audience === 'customer' ? [...definition.params, ...RENDERER_PARAMS] : definition.params;
}

/**
 * ICU select keys cannot contain `-` (it is pattern syntax), so texts select on the value with `_`
 * instead: `partially-upheld` is written `partially_upheld`, `lunar-new-year` `lunar_new_year`.
 */
export function selectKey(value: string): string {
  return value.replace(/-/g, '_');
}
