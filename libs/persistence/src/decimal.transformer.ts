import { Decimal } from '@crm/kernel';
import type { ValueTransformer } from 'typeorm';

/** Maps a PostgreSQL `numeric` column to a Decimal: money never passes through a JavaScript float. */
export const decimalTransformer: ValueTransformer = {
  to: (value: Decimal | string | null | undefined) => (value == null ? value : new Decimal(value).toString()),
  from: (value: string | null) => (value == null ? value : new Decimal(value)),
};
