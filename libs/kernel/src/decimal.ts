import DecimalJs from 'decimal.js';

/**
 * The decimal type for money and rates. decimal.js keeps 20 significant digits by default, which can
 * cut a large amount in the middle of an interest calculation; 34 digits is decimal128's precision,
 * more than any amount and rate a bank stores. Rounding to a currency's minor unit is explicit (Money).
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = DecimalJs;
