/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and their quotes doubled; records end
 * with CRLF. Any script passes through unchanged (UTF-8). A field that a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) is prefixed with an apostrophe (OWASP CSV injection).
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
