import { describe, expect, it } from 'vitest';
import {
  buildCombinedRows,
  createRowBuilder,
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

describe('sortCombined on many rows', () => {
  // 600 rows with repeated names, years, pages and values, some missing: many ties.
  const names = ['地区生产总值', '城镇新增就业', '粮食产量', '居民消费价格', 'GDP'];
  const many = Array.from({ length: 600 }, (_, i) => ({
    ...(rows[i % rows.length] as (typeof rows)[number]),
    id: `r${i}`,
    order: i,
    name: names[(i * 7) % names.length] as string,
    year: i % 11 === 0 ? null : 2018 + ((i * 3) % 6),
    page: i % 13 === 0 ? null : 1 + ((i * 5) % 9),
    value: ((i * 37) % 19) / 2,
    unit: ['%', '万人', '亿元'][i % 3] as string,
  }));
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  /** The plain way: a comparator over the rows themselves, ties by table order. */
  function reference(list: typeof many, key: 'name' | 'year' | 'page' | 'value', dir: 1 | -1) {
    const units = [...new Set(many.map((r) => r.unit))].sort(collator.compare);
    return [...list].sort((x, y) => {
      const primary =
        key === 'name'
          ? collator.compare(x.name, y.name)
          : key === 'value'
            ? units.indexOf(x.unit) - units.indexOf(y.unit) || x.value - y.value
            : (x[key] ?? -1) - (y[key] ?? -1);
      return primary * dir || x.order - y.order;
    });
  }

  it('agrees with a comparator sort for every key and direction, in table order or shuffled', () => {
    const shuffled = [...many].sort((x, y) => ((x.order * 7919) % 601) - ((y.order * 7919) % 601));
    for (const list of [many, shuffled, many.filter((r) => r.order % 3 !== 0)])
      for (const key of ['name', 'year', 'page', 'value'] as const)
        for (const dir of [1, -1] as const)
          expect(
            sortCombined(list, { key, dir }, many).map((r) => r.id),
            `${key} ${dir}`,
          ).toEqual(reference(list, key, dir).map((r) => r.id));
  });

  it('puts shuffled rows back in table order', () => {
    const shuffled = [...many].reverse();
    expect(sortCombined(shuffled, { key: 'order', dir: 1 }, many).map((r) => r.order)).toEqual(
      many.map((r) => r.order),
    );
  });
});

describe('createRowBuilder', () => {
  it('builds a table report by report, as it grows while loading, with the rows of the whole build', () => {
    const build = createRowBuilder();
    const first = build(src(a), 0);
    const second = build(src(b), first.length);
    expect([...first, ...second]).toEqual(rows);
    expect(second.map((r) => r.order)).toEqual([3, 4]);
  });
});
