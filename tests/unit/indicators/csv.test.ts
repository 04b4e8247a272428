import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src-shared/export/csv';

describe('toCsv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['名称', '数值'], [['粮食产量', 72.5]])).toBe('\uFEFF名称,数值\r\n粮食产量,72.5\r\n');
  });

  it('can leave the BOM out', () => {
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['q'], [['增长5%，总量"新高"\n续']], { bom: false })).toBe(
      'q\r\n"增长5%，总量""新高""\n续"\r\n',
    );
  });

  it('writes empty cells for null and non-finite numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, Number.NaN]], { bom: false })).toBe('a,b,c\r\n,,\r\n');
  });

  it('keeps text from becoming a spreadsheet formula, but not negative numbers', () => {
    expect(toCsv(['a', 'b'], [['=SUM(A1)', -3]], { bom: false })).toBe("a,b\r\n'=SUM(A1),-3\r\n");
  });
});
