import type { IHeaders } from 'kafkajs';

/** Kafka headers as the transport contract has them: one string per name, the last value of a repeated one. */
export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? String(value[value.length - 1]) : value.toString();
  }
  return result;
}
