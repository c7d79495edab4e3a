import type { Decimal, LocalDate } from '@crm/kernel';
import type { Installment } from './installment';
import { maturityDate, regularInstallment, totalCost } from './schedule';

export interface ScheduleSummary {
  installmentAmount: Decimal;
  numberOfRepayments: number;
  maturityDate: LocalDate;
  totalCost: Decimal;
}

export interface ScheduleComparison {
  current: ScheduleSummary;
  proposed: ScheduleSummary;
  /** proposed − current: a negative installment and a positive cost are the usual trade. */
  difference: { installmentAmount: Decimal; numberOfRepayments: number; totalCost: Decimal };
}

function summary(installments: readonly Installment[], fromDate: LocalDate): ScheduleSummary {
  return {
    installmentAmount: regularInstallment(installments, fromDate),
    numberOfRepayments: installments.length,
    maturityDate: maturityDate(installments),
    totalCost: totalCost(installments),
  };
}

/** What a customer needs to choose: the regular installment, the term and the total cost, before and after. */
export function compareSchedules(
  current: readonly Installment[],
  proposed: readonly Installment[],
  fromDate: LocalDate,
): ScheduleComparison {
  const before = summary(current, fromDate);
  const after = summary(proposed, fromDate);
  return {
    current: before,
    proposed: after,
    difference: {
      installmentAmount: after.installmentAmount.minus(before.installmentAmount),
      numberOfRepayments: after.numberOfRepayments - before.numberOfRepayments,
      totalCost: after.totalCost.minus(before.totalCost),
    },
  };
}
