import type { DeadLetterList, ReplayReport } from '@crm/platform';

/** One parked record a line, the columns an operator scans first; the reason last, cut to fit. */
export function deadLetterTable({ items, truncated }: DeadLetterList): string {
  if (items.length === 0) return 'no dead letters match';
  const rows = items.map((item) => [
    item.failedAt ?? '-',
    item.id ?? '(unreadable)',
    item.type ?? '-',
    item.code ?? '-',
    String(item.attempts ?? '-'),
    item.customerKey || '-',
    item.originalTopic ? `${item.originalTopic}/${item.originalPartition}@${item.originalOffset}` : '-',
    cut(item.reason ?? '', 100),
  ]);
  const header = ['FAILED AT', 'EVENT ID', 'TYPE', 'CODE', 'ATTEMPTS', 'CUSTOMER', 'FROM', 'REASON'];
  const lines = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  const table = lines.map((line) =>
    line.map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column]))).join('  '),
  );
  return [
    ...table,
    '',
    `${items.length} dead letter(s)${truncated ? '; the topic holds more than one call reads' : ''}`,
  ].join('\n');
}

export function replaySummary({ items, counts, truncated }: ReplayReport): string {
  const lines = items.map((item) =>
    [item.outcome.padEnd(9), item.id ?? '(unreadable)', item.type ?? '', item.code ?? '', item.reason ?? '']
      .filter(Boolean)
      .join('  '),
  );
  const totals = Object.entries(counts)
    .map(([outcome, count]) => `${outcome} ${count}`)
    .join(', ');
  return [
    ...(lines.length ? lines : ['no dead letters match']),
    '',
    `${totals}${truncated ? '; the topic holds more than one call reads' : ''}`,
  ].join('\n');
}

function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
