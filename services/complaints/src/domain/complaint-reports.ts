import { Decimal, addDays, localDateOf, type LocalDate } from '@crm/kernel';
import { cfpbProduct } from './cfpb-taxonomy';
import type { Complaint } from './complaint';
import type { RegulatoryClock } from './regulatory-clock/regulatory-clock';

/** The columns of the CFPB public Consumer Complaint Database, in its order. */
export const CFPB_COLUMNS = [
  'Date received',
  'Product',
  'Sub-product',
  'Issue',
  'Sub-issue',
  'Consumer complaint narrative',
  'Company public response',
  'Company',
  'State',
  'ZIP code',
  'Tags',
  'Consumer consent provided?',
  'Submitted via',
  'Date sent to company',
  'Company response to consumer',
  'Timely response?',
  'Consumer disputed?',
  'Complaint ID',
] as const;

const SUBMITTED_VIA: Record<string, string> = {
  web: 'Web',
  phone: 'Phone',
  email: 'Email',
  'postal-mail': 'Postal mail',
  referral: 'Referral',
  branch: 'Branch',
  chat: 'Chat',
  social: 'Social media',
};

/** The local date a complaint was received on, in its jurisdiction's zone. */
export function dateReceived(complaint: Complaint): LocalDate {
  const c = complaint.snapshot;
  return localDateOf(c.receivedAt, c.clock.timeZone);
}

function localResolvedDate(complaint: Complaint): LocalDate | undefined {
  const c = complaint.snapshot;
  return c.resolution ? localDateOf(new Date(c.resolution.resolvedAt), c.clock.timeZone) : undefined;
}

function within(date: LocalDate, from: LocalDate, to: LocalDate): boolean {
  return date >= from && date <= to;
}

/** One CSV row per us-cfpb complaint received between `from` and `to` (local dates, inclusive). */
export function cfpbRows(
  complaints: readonly Complaint[],
  company: string,
  from: LocalDate,
  to: LocalDate,
  now: Date,
) {
  return complaints
    .filter(
      (complaint) => complaint.snapshot.regime === 'us-cfpb' && within(dateReceived(complaint), from, to),
    )
    .sort((a, b) => a.snapshot.receivedAt.getTime() - b.snapshot.receivedAt.getTime())
    .map((complaint) => {
      const c = complaint.snapshot;
      const received = dateReceived(complaint);
      const response = c.clock.milestones.find((m) => m.milestone === 'response');
      const timely = response?.met
        ? response.met.isOnTime
        : response && localDateOf(now, c.clock.timeZone) > response.dueDate
          ? false
          : undefined;
      const consent = c.redactedAt
        ? 'Consent withdrawn'
        : c.narrativePublicationConsent
          ? 'Consent provided'
          : 'Consent not provided';
      const [, state = ''] = c.jurisdiction.split('-');
      return [
        received,
        c.product,
        c.subProduct ?? '',
        c.issue,
        c.subIssue ?? '',
        // Published only with the consumer's consent, and never once erased.
        c.narrativePublicationConsent && !c.redactedAt ? c.description : '',
        '',
        company,
        state,
        '',
        '',
        consent,
        SUBMITTED_VIA[c.submittedVia] ?? c.submittedVia,
        received,
        c.resolution?.companyResponse ?? (c.status === 'closed' ? 'Closed' : 'In progress'),
        timely === undefined ? '' : timely ? 'Yes' : 'No',
        'N/A',
        c.regulatorReference ?? c.id,
      ];
    });
}

function share(part: number, whole: number): string | null {
  return whole === 0 ? null : new Decimal(part).div(whole).toDecimalPlaces(4).toFixed(4);
}

export interface FcaProductGroupFigures {
  productGroup: string;
  opened: number;
  closed: number;
  /** Of the complaints closed in the period: share closed by the end of the 3rd business day after receipt. */
  closedWithin3BusinessDays: string | null;
  /** Share closed within 8 weeks (56 days) of receipt. */
  closedWithin8Weeks: string | null;
  /** Share of closed complaints upheld in whole or in part. */
  upheld: string | null;
  /** Monetary redress paid on complaints closed in the period, per currency. */
  redressPaid: { currency: string; amount: string }[];
}

/** The FCA complaints return (DISP 1.10, DISP 1 Annex 1R) figures for uk-fca-disp and uk-fca-psd complaints. */
export function fcaComplaintsReturn(
  complaints: readonly Complaint[],
  engine: RegulatoryClock,
  from: LocalDate,
  to: LocalDate,
): FcaProductGroupFigures[] {
  const uk = complaints.filter(
    (c) => c.snapshot.regime === 'uk-fca-disp' || c.snapshot.regime === 'uk-fca-psd',
  );
  const groups = new Map<string, Complaint[]>();
  for (const complaint of uk) {
    const group = cfpbProduct(complaint.snapshot.product)?.fcaProductGroup ?? 'Banking and credit cards';
    groups.set(group, [...(groups.get(group) ?? []), complaint]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([productGroup, members]) => {
      const opened = members.filter((c) => within(dateReceived(c), from, to));
      const closed = members.filter((c) => {
        const resolvedOn = localResolvedDate(c);
        return resolvedOn !== undefined && within(resolvedOn, from, to);
      });
      const closedBy = (limit: (c: Complaint) => LocalDate) =>
        closed.filter((c) => (localResolvedDate(c) ?? '9999-12-31') <= limit(c)).length;
      // Per currency: the sum, and the most decimal places written, so 100.50 stays "100.50".
      const redress = new Map<string, { sum: Decimal; places: number }>();
      for (const c of closed) {
        const r = c.snapshot.resolution?.redress;
        if (r?.type === 'monetary' && r.amount && r.currency) {
          const total = redress.get(r.currency) ?? { sum: new Decimal(0), places: 0 };
          redress.set(r.currency, {
            sum: total.sum.plus(r.amount),
            places: Math.max(total.places, r.amount.split('.')[1]?.length ?? 0),
          });
        }
      }
      return {
        productGroup,
        opened: opened.length,
        closed: closed.length,
        closedWithin3BusinessDays: share(
          closedBy((c) => engine.calendarOf(c.jurisdiction).addBusinessDays(dateReceived(c), 3)),
          closed.length,
        ),
        closedWithin8Weeks: share(
          closedBy((c) => addDays(dateReceived(c), 56)),
          closed.length,
        ),
        upheld: share(
          closed.filter((c) => c.snapshot.resolution?.outcome !== 'not-upheld').length,
          closed.length,
        ),
        redressPaid: [...redress.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, total]) => ({ currency, amount: total.sum.toFixed(total.places) })),
      };
    });
}

export const INSIGHT_DIMENSIONS = ['product', 'channel', 'language', 'rootCause'] as const;
export type InsightDimension = (typeof INSIGHT_DIMENSIONS)[number];

export interface InsightGroup {
  key: string;
  received: number;
  resolved: number;
  /** Of the resolved: share whose final response met its deadline. */
  resolvedOnTime: string | null;
  /** Of the resolved: share upheld in whole or in part. */
  upheld: string | null;
}

/** Volumes, timeliness and uphold rates by a dimension — e.g. whether some languages are served worse. */
export function complaintInsights(
  complaints: readonly Complaint[],
  groupBy: InsightDimension,
): InsightGroup[] {
  const keyOf = (complaint: Complaint): string => {
    const c = complaint.snapshot;
    switch (groupBy) {
      case 'product':
        return c.product;
      case 'channel':
        return c.submittedVia;
      case 'language':
        return c.language;
      case 'rootCause':
        return c.closure?.rootCause ?? 'not-closed';
    }
  };
  const groups = new Map<string, Complaint[]>();
  for (const complaint of complaints)
    groups.set(keyOf(complaint), [...(groups.get(keyOf(complaint)) ?? []), complaint]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, members]) => {
      const resolved = members.filter((c) => c.snapshot.resolution);
      return {
        key,
        received: members.length,
        resolved: resolved.length,
        resolvedOnTime: share(
          resolved.filter((c) => c.snapshot.resolution?.isOnTime).length,
          resolved.length,
        ),
        upheld: share(
          resolved.filter((c) => c.snapshot.resolution?.outcome !== 'not-upheld').length,
          resolved.length,
        ),
      };
    });
}
