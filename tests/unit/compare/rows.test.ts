import { describe, expect, it } from 'vitest';
import {
  buildCombinedRows,
  EMPTY_COMBINED_FILTER,
  filterCombined,
  sortCombined,
  toCombinedRecord,
} from '../../../src-shared/compare';
import { report } from './helpers';

const a = report('a', '甲市', 2024, [
  { clause: '地区生产总值增长5.2%', number: '5.2', name: '地区生产总值', value: 5.2, unit: '%' },
  { clause: '新增就业3万人', number: '3', name: '城镇新增就业', value: 3, unit: '万人', kind: 'count' },
  {
    clause: '今年经济增长5%左右',
    number: '5',
    name: '经济增长',
    value: 5,
    unit: '%',
    qualifier: 'approx',
    status: 'target',
  },
]);
const b = report('b', '乙市', 2023, [
  { clause: '粮食产量80万吨', number: '80', name: '粮食产量', value: 80, unit: '万吨', kind: 'level' },
  { clause: '生产总值增长6.1%', number: '6.1', name: '生产总值', value: 6.1, unit: '%' },
]);
const src = (r: typeof a) => ({
  id: r.id,
  report: `${r.id}报告`,
  region: r.region,
  year: r.year,
  text: r.text,
  rows: r.indicators,
});
const rows = buildCombinedRows([src(a), src(b)]);

describe('combined rows', () => {
  it('one row per indicator with its report, region, year, unified name and sentence', () => {
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      report: 'a报告',
      region: '甲市',
      year: 2024,
      indicator: '国内生产总值增长',
      sentence: '地区生产总值增长5.2%',
    });
  });
  it('filters by report year, status, region, unified indicator and text', () => {
    const f = EMPTY_COMBINED_FILTER;
    expect(filterCombined(rows, { ...f, year: 2024, status: 'target' }).map((r) => r.value)).toEqual([5]);
    expect(filterCombined(rows, { ...f, region: '乙市' })).toHaveLength(2);
    expect(filterCombined(rows, { ...f, indicator: 'gdp-growth' }).map((r) => r.report)).toEqual([
      'a报告',
      'a报告',
      'b报告',
    ]);
    expect(filterCombined(rows, { ...f, text: '粮食' }).map((r) => r.value)).toEqual([80]);
    expect(filterCombined(rows, { ...f, text: '6.1' })).toHaveLength(1);
  });
  it('sorts by year, by value within a unit, and back', () => {
    expect(sortCombined(rows, { key: 'year', dir: 1 }).map((r) => r.year)).toEqual([
      2023, 2023, 2024, 2024, 2024,
    ]);
    const byValue = sortCombined(rows, { key: 'value', dir: -1 }, rows);
    const pct = byValue.filter((r) => r.unit === '%').map((r) => r.value);
    expect(pct).toEqual([6.1, 5.2, 5]);
    expect(sortCombined(byValue, { key: 'order', dir: 1 })).toEqual(rows);
  });
  it('sorts a filtered subset with the ranks of the whole set', () => {
    const sub = filterCombined(rows, { ...EMPTY_COMBINED_FILTER, status: 'actual' });
    expect(sortCombined(sub, { key: 'region', dir: -1 }, rows).map((r) => r.region)).toEqual([
      '乙市',
      '乙市',
      '甲市',
      '甲市',
    ]);
  });
  it('exports a record with typed numbers and no internals', () => {
    const row = rows[1];
    expect(row).toBeDefined();
    if (!row) return;
    const rec = toCombinedRecord(row);
    expect(rec).toMatchObject({ value: 3, unit: '万人', year: 2024, valueMax: null, page: null });
    expect(Object.keys(rec)).not.toContain('haystack');
  });
});
