import { csvField, toCsv } from './csv';

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and leaves other text as written', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2\r\nline 3')).toBe('"line 1\nline 2\r\nline 3"');
    expect(csvField('我的还款被扣了两次，请退款')).toBe('我的还款被扣了两次，请退款');
    expect(csvField('مرحبا، "شكرا"')).toBe('"مرحبا، ""شكرا"""');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });
});
