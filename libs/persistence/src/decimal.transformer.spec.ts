import { Decimal } from '@crm/kernel';
import { decimalTransformer } from './decimal.transformer';

describe('decimalTransformer', () => {
  it('carries numeric columns as decimals, never through a float', () => {
    const fromDatabase = decimalTransformer.from('12345678901234567890.123456789') as Decimal;
    expect(fromDatabase).toBeInstanceOf(Decimal);
    expect(fromDatabase.plus('0.000000001').toFixed()).toBe('12345678901234567890.12345679');
    expect(decimalTransformer.to(new Decimal('0.1').plus('0.2'))).toBe('0.3');
    expect(decimalTransformer.to(null)).toBeNull();
  });
});
