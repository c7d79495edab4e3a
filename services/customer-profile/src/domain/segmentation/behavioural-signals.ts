/**
 * THE FAIRNESS GUARD. The closed, reviewed list of everything a segment, the churn-risk score or any
 * risk decision of this service may see: what the customer did with the bank, nothing about who they
 * are. Language, locale, nationality, country, culture, festivals observed, vulnerability, name and
 * script are deliberately absent, and cannot be added by configuration: rules may only name the keys
 * below (checked when the rules are loaded), and the evaluator takes nothing but this type.
 *
 * Why: equal treatment. Treating customers differently by nationality, language, religion (which
 * festivals can reveal) or vulnerability is unlawful discrimination or an unfair outcome — FCA PRIN 2A
 * (Consumer Duty: good outcomes for all groups, incl. customers with characteristics of vulnerability),
 * the US Equal Credit Opportunity Act (no national origin or religion in credit decisions, Reg. B
 * 12 CFR 1002.6), GDPR Art. 22 and Art. 9 (no automated profiling on special-category data). Adding a
 * key here is a change to a reviewed list: it needs the same review, and the spec beside this file
 * lists the keys so that the change shows in review.
 */
export interface BehaviouralSignals {
  /** Loans ever boarded for the customer. */
  readonly productsEver: number;
  /** Loans boarded and not closed. */
  readonly openProducts: number;
  /** Loans closed (repaid, written off, rescheduled into a new one). */
  readonly closedProducts: number;
  /** Days since the first loan was boarded; null before any. */
  readonly daysSinceFirstProduct: number | null;
  /** Outstanding balance of the open loans, per ISO 4217 currency, as decimal strings. */
  readonly balances: Readonly<Record<string, string>>;
  readonly openComplaints: number;
  /** Open complaints escalated to an ombudsman, a regulator or internally. */
  readonly escalatedComplaints: number;
  /** Installments missed in the last 365 days. */
  readonly missedPaymentsLast365Days: number;
  /** The highest days past due across open loans. */
  readonly maxDaysPastDue: number;
  /** Hardship requests in the last 365 days. */
  readonly hardshipRequestsLast365Days: number;
  /** Days since the last thing the customer did (paid, talked to us, answered a survey…); null if never. */
  readonly daysSinceLastActivity: number | null;
  readonly interactionsLast30Days: number;
  readonly interactionsLast90Days: number;
  /** Interactions 91–180 days ago: the baseline for a falling-activity trend. */
  readonly interactionsPrevious90Days: number;
  /** Change of the last 90 days against the 90 before, in percent; null without a baseline. */
  readonly interactionTrendPercent: number | null;
  /** The last survey answer's CSAT (1–5); null if none. */
  readonly lastCsat: number | null;
  /** The last survey answer's NPS (0–10); null if none. */
  readonly lastNps: number | null;
}

/** The numeric signals a rule condition may compare (everything but the balances map). */
export type NumericSignal = Exclude<keyof BehaviouralSignals, 'balances'>;

/** Every numeric signal by name: rules naming anything else are refused at start. */
export const NUMERIC_SIGNALS = [
  'productsEver',
  'openProducts',
  'closedProducts',
  'daysSinceFirstProduct',
  'openComplaints',
  'escalatedComplaints',
  'missedPaymentsLast365Days',
  'maxDaysPastDue',
  'hardshipRequestsLast365Days',
  'daysSinceLastActivity',
  'interactionsLast30Days',
  'interactionsLast90Days',
  'interactionsPrevious90Days',
  'interactionTrendPercent',
  'lastCsat',
  'lastNps',
] as const satisfies readonly NumericSignal[];

// Compile-time proof that the list above names every numeric signal (and nothing else).
type Missing = Exclude<NumericSignal, (typeof NUMERIC_SIGNALS)[number]>;
export const EVERY_NUMERIC_SIGNAL_LISTED: Missing extends never ? true : never = true;
