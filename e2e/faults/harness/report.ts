/** One line of the table: what a case did to the platform and what the ledger found. */
export interface ReportRow {
  fault: string;
  acknowledged: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
  deadLettered: number;
  http500s: number;
  recovery: string;
}

const COLUMNS: [keyof ReportRow, string][] = [
  ['fault', 'fault'],
  ['acknowledged', 'writes acknowledged'],
  ['lost', 'lost'],
  ['duplicated', 'duplicated'],
  ['outOfOrder', 'out of order'],
  ['deadLettered', 'dead-lettered'],
  ['http500s', 'HTTP 500s'],
  ['recovery', 'recovery time'],
];

/** The suite's table, printed once at the end (console.log, so that CI output shows it). */
export class FaultReport {
  private readonly rows: ReportRow[] = [];
  private readonly evidence: string[] = [];

  /** A case's row, and the evidence that its fault happened as meant (printed under the table). */
  add(row: ReportRow, notes: string[]): void {
    this.rows.push(row);
    this.evidence.push(...notes.map((note) => `${row.fault}: ${note}`));
  }

  render(totalSeconds: number): string {
    const cells = [
      COLUMNS.map(([, title]) => title),
      ...this.rows.map((row) => COLUMNS.map(([key]) => String(row[key]))),
    ];
    const widths = COLUMNS.map((_, column) => Math.max(...cells.map((line) => line[column].length)));
    const line = (values: string[]) =>
      `| ${values.map((value, column) => (column === 0 ? value.padEnd(widths[column]) : value.padStart(widths[column]))).join(' | ')} |`;
    return [
      `Fault suite (${this.rows.length} cases, ${totalSeconds} s)`,
      line(cells[0]),
      `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
      ...cells.slice(1).map(line),
      '',
      ...this.evidence,
    ].join('\n');
  }
}
