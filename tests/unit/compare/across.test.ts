import { describe, expect, it } from 'vitest';
import { acrossOf, buildCombinedRows, indicatorChoices, isMultiYear } from '../../../src-shared/compare';
import { report } from './helpers';

const src = (r: ReturnType<typeof report>) => ({
  id: r.id,
  report: r.id,
  region: r.region,
  year: r.year,
  text: r.text,
  rows: r.indicators,
});

const a2023 = report('a2023', '甲省', 2023, [
  { clause: '比2018年增长31%', number: '31', name: '地区生产总值', value: 31, unit: '%', period: '2022' },
  {
    clause: '地区生产总值增长4.5%',
    number: '4.5',
    name: '地区生产总值',
    value: 4.5,
    unit: '%',
    period: '2022',
  },
  {
    clause: '今年地区生产总值增长6%左右',
    number: '6',
    name: '地区生产总值',
    value: 6,
    unit: '%',
    qualifier: 'approx',
    status: 'target',
  },
]);
const a2024 = report('a2024', '甲省', 2024, [
  {
    clause: '全面完成年初目标，全省经济增长5.8%',
    number: '5.8',
    name: '全省经济增长',
    value: 5.8,
    unit: '%',
    status: 'target',
    period: '2023',
  },
  {
    clause: '地区生产总值增长5.5%左右',
    number: '5.5',
    name: '地区生产总值',
    value: 5.5,
    unit: '%',
    qualifier: 'approx',
    status: 'target',
  },
  {
    clause: '粮食产量60亿斤',
    number: '60',
    name: '粮食产量',
    value: 60,
    unit: '亿斤',
    kind: 'level',
    period: '2023',
  },
]);
const b2024 = report('b2024', '乙省', 2024, [
  { clause: 'GDP增长5.1%', number: '5.1', name: 'GDP', value: 5.1, unit: '%', period: '2023' },
  {
    clause: '粮食总产量250万吨',
    number: '250',
    name: '粮食总产量',
    value: 250,
    unit: '万吨',
    kind: 'level',
    period: '2023',
  },
  {
    clause: '粮食总产量再增5万吨',
    number: '5',
    name: '粮食总产量',
    value: 5,
    unit: '万吨',
    kind: 'level',
    period: '2023',
  },
]);
const rows = buildCombinedRows([a2023, a2024, b2024].map(src));

describe('isMultiYear', () => {
  it('averages, sums and changes against a year long past are over several years', () => {
    expect(isMultiYear('年均增长6.2%')).toBe(true);
    expect(isMultiYear('五年累计新增就业60万人')).toBe(true);
    expect(isMultiYear('比2018年增长31%', 2022)).toBe(true);
    expect(isMultiYear('比2021年增长4.5%', 2022)).toBe(false);
    expect(isMultiYear('比上年增长4.5%', 2022)).toBe(false);
  });
});

describe('acrossOf', () => {
  it('GDP growth per region and year, targets apart from results, multi-year figures left out', () => {
    const gdp = acrossOf(rows, 'gdp-growth');
    expect(gdp.unit).toBe('%');
    expect(gdp.regions).toEqual(['甲省', '乙省']);
    expect(gdp.years).toEqual([2022, 2023, 2024]);
    const at = (region: string, year: number, status: string) =>
      gdp.points.find((p) => p.region === region && p.year === year && p.status === status)?.value;
    expect(at('甲省', 2022, 'actual')).toBe(4.5);
    expect(at('甲省', 2023, 'target')).toBe(6);
    expect(at('甲省', 2023, 'actual')).toBe(5.8);
    expect(at('甲省', 2024, 'target')).toBe(5.5);
    expect(at('乙省', 2023, 'actual')).toBe(5.1);
  });
  it('amounts in other units are converted to the unit most rows use', () => {
    const grain = acrossOf(rows, 'grain-output');
    expect(grain.unit).toBe('万吨');
    expect(grain.points.find((p) => p.region === '甲省')?.value).toBe(300);
    expect(grain.points.find((p) => p.region === '乙省')?.value).toBe(250);
  });
  it('offers the unified indicators first, most reports first', () => {
    const choices = indicatorChoices(rows);
    expect(choices[0]).toEqual({ key: 'gdp-growth', label: '国内生产总值增长', reports: 3 });
    expect(choices.map((c) => c.key)).toContain('grain-output');
  });
});
