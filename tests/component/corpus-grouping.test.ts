// The library's grouping and filters, the years typed in an edited row, and
// the term-over-time series (pure functions of the renderer's corpus room).
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src-shared/model';
import {
  applyFilter,
  facets,
  groupDocs,
  needingAttention,
  sameRegionYear,
} from '../../src-renderer/src/corpus/grouping';
import { corpusPatchOf, draftOf, parseYears } from '../../src-renderer/src/corpus/place-draft';
import { termSeries } from '../../src-renderer/src/corpus/term-series';

let serial = 0;
function doc(
  region: string | null,
  year: number | null,
  level: DocumentRecord['corpus'] = undefined,
): DocumentRecord {
  serial++;
  return {
    id: serial.toString(16).padStart(64, '0'),
    type: 'txt',
    fileName: `${serial}.txt`,
    size: 1,
    pages: null,
    chars: 10_000,
    importedAt: '2025-01-01T00:00:00.000Z',
    title: `${region ?? '?'} ${year ?? '?'}`,
    year,
    region,
    ...(level ? { corpus: level } : {}),
  };
}
const place = (level: 'national' | 'provincial' | 'prefecture', province: string | null) => ({
  level,
  province,
  reviewed: [],
  planned: [],
});

const china = doc('中国', 2014, place('national', null));
const hunan = doc('湖南省', 2025, place('provincial', '湖南省'));
const hengyang = doc('衡阳市', 2021, place('prefecture', '湖南省'));
const beijing = doc('北京市', 2025, place('provincial', '北京市'));
const beijing2 = doc('北京市', 2025, place('provincial', '北京市'));
const unknown = doc(null, null);
const all = [unknown, hengyang, beijing, hunan, china, beijing2];

describe('groupDocs', () => {
  it('groups by region in the gazetteer order, the unknown last', () => {
    const groups = groupDocs(all, 'region');
    expect(groups.map((g) => g.label)).toEqual(['中国', '北京市', '湖南省', '衡阳市', null]);
    expect(groups[1]?.docs).toHaveLength(2);
  });

  it('groups by province (a city under its province), by level and by year, newest first', () => {
    expect(groupDocs(all, 'province').map((g) => [g.label, g.docs.length])).toEqual([
      ['中国', 1],
      ['北京市', 2],
      ['湖南省', 2],
      [null, 1],
    ]);
    expect(groupDocs(all, 'level').map((g) => g.label)).toEqual([
      'national',
      'provincial',
      'prefecture',
      null,
    ]);
    expect(groupDocs(all, 'year').map((g) => g.label)).toEqual(['2025', '2021', '2014', null]);
  });
});

describe('applyFilter, facets and sameRegionYear', () => {
  it('filters by region (a province keeps its cities), level and year', () => {
    expect(applyFilter(all, { region: '湖南省', level: '', year: null })).toEqual([hengyang, hunan]);
    expect(applyFilter(all, { region: '', level: 'provincial', year: 2025 })).toEqual([
      beijing,
      hunan,
      beijing2,
    ]);
    expect(applyFilter(all, { region: '', level: '', year: null })).toHaveLength(6);
  });

  it('lists the regions and years present', () => {
    expect(facets(all)).toEqual({
      regions: ['中国', '北京市', '湖南省', '衡阳市'],
      years: [2025, 2021, 2014],
    });
  });

  it('pairs the reports that claim one region and year, and only those', () => {
    const twins = sameRegionYear(all);
    expect([...twins.keys()].sort()).toEqual([beijing.id, beijing2.id].sort());
    expect(twins.get(beijing.id)).toEqual([beijing2]);
  });

  it('shows only the reports to ask about: year or region unknown, or claimed twice', () => {
    const noYear = doc('湖南省', null);
    const docs = [...all, noYear];
    expect([...needingAttention(docs)].sort()).toEqual(
      [unknown.id, beijing.id, beijing2.id, noYear.id].sort(),
    );
    expect(applyFilter(docs, { region: '', level: '', year: null, attention: true })).toEqual([
      unknown,
      beijing,
      beijing2,
      noYear,
    ]);
    // Combined with the other filters, and off by default.
    expect(applyFilter(docs, { region: '湖南省', level: '', year: null, attention: true })).toEqual([noYear]);
    expect(applyFilter(docs, { region: '', level: '', year: null, attention: false })).toHaveLength(7);
  });
});

describe('the edited row', () => {
  it('reads years as a list or a range, in range, sorted', () => {
    expect(parseYears('2021, 2020，2021')).toEqual([2020, 2021]);
    expect(parseYears('2016-2020')).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(parseYears('abc 1800 2024')).toEqual([2024]);
    expect(parseYears('')).toEqual([]);
  });

  it('sends the level only when the user changed it', () => {
    const draft = draftOf(hunan);
    expect(corpusPatchOf(draft)).toEqual({ reviewed: [], planned: [] });
    expect(corpusPatchOf({ ...draft, level: '' })).toEqual({ reviewed: [], planned: [], level: null });
  });
});

describe('termSeries', () => {
  it('puts years across with a line per region, or regions across when all share one year', () => {
    const counts = [china, hunan, beijing].map((d, i) => ({ ...d, count: i + 1 }));
    const lines = termSeries(counts, false, '?');
    expect(lines.years).toEqual(['2014', '2025']);
    expect(lines.series.find((s) => s.name === '中国')?.data).toEqual([1, null]);
    const bars = termSeries(counts.slice(1), true, '?');
    expect(bars).toEqual({
      years: ['北京市', '湖南省'],
      series: [{ name: '2025', data: [3, 2] }],
      singleYear: true,
    });
  });
});
