import { describe, expect, it } from 'vitest';
import { chineseRunEnd, parseChineseNumeral, readArabic } from '../../../src-shared/indicators/numbers';
import { foldWidth } from '../../../src-shared/text/fold';

function arabic(s: string) {
  return readArabic(foldWidth(s), s, 0);
}

describe('readArabic', () => {
  it('reads integers and decimals', () => {
    expect(arabic('2468家')).toMatchObject({ value: 2468, end: 4 });
    expect(arabic('37.25亿元')).toMatchObject({ value: 37.25, end: 5, hasDecimal: true });
  });

  it('reads full-width digits once folded', () => {
    expect(arabic('１５．５％')).toMatchObject({ value: 15.5, end: 4 });
  });

  it('joins thousands groups only across an ASCII comma', () => {
    expect(arabic('2,345.6亿元')).toMatchObject({ value: 2345.6, end: 7 });
    // A Chinese comma separates clauses even between digits.
    expect(arabic('12，345')).toMatchObject({ value: 12, end: 2 });
    // Not three digits: not a group.
    expect(arabic('12,34')).toMatchObject({ value: 12, end: 2 });
  });

  it('does not take a trailing dot as a decimal point', () => {
    expect(arabic('3.')).toMatchObject({ value: 3, end: 1 });
  });

  it('gives NaN rather than a wrong value for an absurd run of digits', () => {
    expect(arabic('9'.repeat(40))?.value).toBeNaN();
    expect(arabic('99999999999999999999')?.value).toBe(1e20);
  });

  it('returns null where there is no digit', () => {
    expect(arabic('亿元')).toBeNull();
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['三千', 3000],
    ['两万', 20000],
    ['十三', 13],
    ['二十五', 25],
    ['一百零五', 105],
    ['一万五千', 15000],
    ['三亿五千万', 350000000],
    ['百万', 1000000],
    ['一万亿', 1e12],
  ])('%s = %d', (s, v) => {
    expect(parseChineseNumeral(s)).toEqual({ value: v, digitsOnly: false });
  });

  it('reads a run of bare digits as digits only (a year such as 二〇三五)', () => {
    expect(parseChineseNumeral('二〇三五')).toEqual({ value: 2035, digitsOnly: true });
    expect(parseChineseNumeral('七')).toEqual({ value: 7, digitsOnly: true });
  });

  it.each(['十四五', '百千万', '亿万', '万万', '一百五', '十二三'])(
    'refuses %s, which is a name or a slogan',
    (s) => {
      expect(parseChineseNumeral(s)).toBeNull();
    },
  );

  it('flags digit runs such as 三五 or 一一 as digits only (never an amount)', () => {
    expect(parseChineseNumeral('三五')?.digitsOnly).toBe(true);
    expect(parseChineseNumeral('一一')?.digitsOnly).toBe(true);
  });
});

describe('chineseRunEnd', () => {
  it('ends where the numeral characters end', () => {
    expect(chineseRunEnd('新增两万人', 2)).toBe(4);
  });
});
