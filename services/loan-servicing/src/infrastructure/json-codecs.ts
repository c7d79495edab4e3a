import { Decimal } from '@crm/kernel';
import type { RepaymentAllocation } from '../domain/repayment-allocation';
import type { Installment, Portions } from '../domain/schedule/installment';

/** jsonb columns keep amounts as decimal strings: a JSON number would be read back as a float. */
type Json = Record<string, unknown>;

function portionsToJson(p: Portions): Json {
  return {
    principal: p.principal.toString(),
    interest: p.interest.toString(),
    fees: p.fees.toString(),
    penalties: p.penalties.toString(),
  };
}

function portionsFromJson(json: Json): Portions {
  return {
    principal: new Decimal(String(json.principal)),
    interest: new Decimal(String(json.interest)),
    fees: new Decimal(String(json.fees)),
    penalties: new Decimal(String(json.penalties)),
  };
}

export function allocationToJson(a: RepaymentAllocation): Json {
  return {
    repaymentId: a.repaymentId,
    totals: portionsToJson(a.totals),
    credit: a.credit.toString(),
    lines: a.lines.map((l) => ({ installmentNumber: l.installmentNumber, ...portionsToJson(l) })),
  };
}

export function allocationFromJson(json: Json): RepaymentAllocation {
  return {
    repaymentId: String(json.repaymentId),
    totals: portionsFromJson(json.totals as Json),
    credit: new Decimal(String(json.credit)),
    lines: (json.lines as Json[]).map((l) => ({
      installmentNumber: Number(l.installmentNumber),
      ...portionsFromJson(l),
    })),
  };
}

export function installmentsToJson(installments: readonly Installment[]): Json[] {
  return installments.map((i) => ({
    number: i.number,
    periodStart: i.periodStart,
    periodEnd: i.periodEnd,
    dueDate: i.dueDate,
    ...portionsToJson(i),
    principalBalanceAfter: i.principalBalanceAfter.toString(),
    paid: portionsToJson(i.paid),
  }));
}

export function installmentsFromJson(json: Json[]): Installment[] {
  return json.map((i) => ({
    number: Number(i.number),
    periodStart: String(i.periodStart),
    periodEnd: String(i.periodEnd),
    dueDate: String(i.dueDate),
    ...portionsFromJson(i),
    principalBalanceAfter: new Decimal(String(i.principalBalanceAfter)),
    paid: portionsFromJson(i.paid as Json),
  }));
}
