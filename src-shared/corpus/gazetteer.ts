// China's 34 provincial-level units and their 333 prefecture-level units, as
// data (gazetteer.json): which region a report speaks for, at what level, and
// in which province. Names are matched in full (`湖北省`, `恩施土家族苗族自治州`)
// or short (`湖北`, `恩施`); a short name shared by a province and a city
// (`吉林`, `海南`) means the province unless the city's own suffix is there.
import data from './gazetteer.json';

export type RegionLevel = 'national' | 'provincial' | 'prefecture' | 'county';

export interface Place {
  /** The region's full name (`湖北省`, `衡阳市`, `中国`). */
  region: string;
  level: RegionLevel;
  /** The province it belongs to (itself for a province; null for the country or when unknown). */
  province: string | null;
}

interface CityEntry {
  name: string;
  short: string;
}
interface ProvinceEntry {
  name: string;
  short: string;
  type: string;
  cities: CityEntry[];
}

export const NATIONAL = '中国';
export const PROVINCES: readonly ProvinceEntry[] = (data as { provinces: ProvinceEntry[] }).provinces;

const byName = new Map<string, Place>();
const byShort = new Map<string, Place>();
for (const p of PROVINCES) {
  const place: Place = { region: p.name, level: 'provincial', province: p.name };
  byName.set(p.name, place);
  byShort.set(p.short, place);
}
for (const p of PROVINCES) {
  for (const c of p.cities) {
    const place: Place = { region: c.name, level: 'prefecture', province: p.name };
    // `吉林市` is a city; `吉林` alone stays the province.
    if (!byName.has(c.name)) byName.set(c.name, place);
    if (!byShort.has(c.short)) byShort.set(c.short, place);
  }
}

/** Every full name, longest first, to find the most specific one in a text. */
const FULL_NAMES = [...byName.keys()].sort((a, b) => b.length - a.length);

const COUNTY_SUFFIX = /^[\u4e00-\u9fff]{1,8}(?:县|区|旗|自治县|县级市)$/;

/** The place a name stands for, or null when the gazetteer does not know it. */
export function lookupRegion(name: string): Place | null {
  const n = name.replace(/\s+/g, '');
  if (!n) return null;
  if (n === NATIONAL || n === '全国' || n === '中华人民共和国' || n === '国务院') {
    return { region: NATIONAL, level: 'national', province: null };
  }
  const place = byName.get(n) ?? byShort.get(n);
  if (place) return { ...place };
  if (COUNTY_SUFFIX.test(n)) return { region: n, level: 'county', province: null };
  return null;
}

/** Province, then city, named in full in `text` (first occurrence wins among the longest). */
export function findPlaceIn(text: string): Place | null {
  let best: { at: number; place: Place } | null = null;
  for (const name of FULL_NAMES) {
    const at = text.indexOf(name);
    if (at >= 0 && (best === null || at < best.at)) best = { at, place: byName.get(name) as Place };
  }
  return best ? { ...best.place } : null;
}

/** A city together with its province when the text names both (`湖南省衡阳市`). */
export function mostSpecific(places: readonly Place[]): Place | null {
  const ranked = [...places].sort((a, b) => rank(b.level) - rank(a.level));
  return ranked[0] ?? null;
}

function rank(level: RegionLevel): number {
  return { national: 0, provincial: 1, prefecture: 2, county: 3 }[level];
}

/** Sort key: the country first, then provinces in the gazetteer's (statistical code) order, then the rest. */
export function regionOrder(region: string | null): number {
  if (region === NATIONAL) return -1;
  if (region === null) return 1e6;
  const place = byName.get(region);
  const province = place?.province ?? region;
  const p = PROVINCES.findIndex((x) => x.name === province);
  if (p < 0) return 1e5;
  const c = PROVINCES[p]?.cities.findIndex((x) => x.name === region) ?? -1;
  return p * 1000 + (c + 1);
}
