import { describe, expect, it } from 'vitest';
import { comparableUnits, convert, isPercent, toBase } from '../../../src-shared/compare';

describe('units', () => {
  it('percent in either width is one unit; percentage points are another', () => {
    expect(comparableUnits('%', '％')).toBe(true);
    expect(comparableUnits('%', '个百分点')).toBe(false);
    expect(isPercent('％')).toBe(true);
  });
  it('scales 万 and 亿 and converts 斤 to tonnes', () => {
    expect(convert(5.31, '亿吨', '万吨')).toBeCloseTo(53100);
    expect(convert(1.2, '万亿斤', '亿吨')).toBeCloseTo(6);
    expect(toBase(900, '万人')).toEqual({ base: '人', value: 9_000_000 });
  });
  it('people and yuan do not compare', () => {
    expect(comparableUnits('万人', '亿元')).toBe(false);
    expect(convert(1, '万人', '亿元')).toBeNull();
  });
});
