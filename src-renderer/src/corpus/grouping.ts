// The library seen as a corpus: documents filtered by region, level and year,
// grouped under headings, and pairs claiming the same region and year.
import { regionOrder } from '@shared/corpus/gazetteer';
import type { RegionLevel } from '@shared/corpus/gazetteer';
import { needsPlace } from '@shared/corpus/place';
import type { DocumentRecord } from '@shared/model';

export type GroupBy = 'none' | 'region' | 'province' | 'level' | 'year';

export interface LibraryFilter {
  region: string;
  level: RegionLevel | '';
  year: number | null;
  /** Only the reports that need the user: no year or region, or the same region and year as another. */
  attention?: boolean;
}

export interface DocGroup {
  /** Stable key; the label is made from it in the view (`null` means unknown). */
  key: string;
  label: string | null;
  docs: DocumentRecord[];
}

const LEVELS: Array<RegionLevel | null> = ['national', 'provincial', 'prefecture', 'county', null];

export function levelOf(doc: DocumentRecord): RegionLevel | null {
  return doc.corpus?.level ?? null;
}

export function applyFilter(docs: readonly DocumentRecord[], f: LibraryFilter): DocumentRecord[] {
  const asking = f.attention ? needingAttention(docs) : null;
  return docs.filter(
    (d) =>
      (asking === null || asking.has(d.id)) &&
      (f.region === '' || d.region === f.region || d.corpus?.province === f.region) &&
      (f.level === '' || levelOf(d) === f.level) &&
      (f.year === null || d.year === f.year),
  );
}

function keyOf(doc: DocumentRecord, by: GroupBy): string | null {
  switch (by) {
    case 'region':
      return doc.region;
    case 'province':
      return doc.corpus?.province ?? doc.region;
    case 'level':
      return levelOf(doc);
    case 'year':
      return doc.year === null ? null : String(doc.year);
    case 'none':
      return '';
  }
}

function orderOf(key: string | null, by: GroupBy): number {
  if (by === 'level') return LEVELS.indexOf(key as RegionLevel | null);
  if (by === 'year') return key === null ? 1e9 : -Number(key);
  return regionOrder(key);
}

/** Documents in groups, each group in the library's order (newest year first within). */
export function groupDocs(docs: readonly DocumentRecord[], by: GroupBy): DocGroup[] {
  if (by === 'none') return [{ key: '', label: '', docs: [...docs] }];
  const groups = new Map<string, DocGroup>();
  for (const doc of docs) {
    const label = keyOf(doc, by);
    const key = label ?? '\u0000unknown';
    const group = groups.get(key) ?? { key, label, docs: [] };
    group.docs.push(doc);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      orderOf(a.label, by) - orderOf(b.label, by) || (a.label ?? '').localeCompare(b.label ?? '', 'zh-CN'),
  );
  for (const g of sorted)
    g.docs.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || regionOrder(a.region) - regionOrder(b.region));
  return sorted;
}

/** For each document, the others that claim the same region and year. */
export function sameRegionYear(docs: readonly DocumentRecord[]): Map<string, DocumentRecord[]> {
  const byKey = new Map<string, DocumentRecord[]>();
  for (const d of docs) {
    if (d.region === null || d.year === null) continue;
    const key = `${d.region}\u0000${d.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  const out = new Map<string, DocumentRecord[]>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (const d of list)
      out.set(
        d.id,
        list.filter((o) => o.id !== d.id),
      );
  }
  return out;
}

/** The documents the library asks about: year or region unknown, or claimed twice. */
export function needingAttention(docs: readonly DocumentRecord[]): Set<string> {
  const twins = sameRegionYear(docs);
  return new Set(docs.filter((d) => needsPlace(d) || twins.has(d.id)).map((d) => d.id));
}

/** Regions and years present, for the filter menus. */
export function facets(docs: readonly DocumentRecord[]): { regions: string[]; years: number[] } {
  const regions = [...new Set(docs.map((d) => d.region).filter((r): r is string => r !== null))];
  regions.sort((a, b) => regionOrder(a) - regionOrder(b) || a.localeCompare(b, 'zh-CN'));
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))].sort(
    (a, b) => b - a,
  );
  return { regions, years };
}
