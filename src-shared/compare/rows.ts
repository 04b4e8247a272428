// The combined indicator table of many reports: one flat row per indicator
// with its report's place, filtered fast enough for 30,000 rows, and its
// export record. Sorting is rows-sort.ts. Pure.
import type { Indicator, IndicatorKind, IndicatorStatus, Qualifier } from '../indicators/types';
import { SECTION_SEPARATOR } from '../indicators/record';
import { createUnifier, NO_LINKS, type NameLinks } from './unify';

/** One report's rows as the table needs them (user edits already applied). */
export interface CombinedSource {
  id: string;
  /** Title or file name. */
  report: string;
  region: string | null;
  year: number | null;
  text: string;
  rows: readonly (Indicator & { page?: number | null })[];
}

export interface CombinedRow {
  /** Unique in the table: report id and the row's place. */
  id: string;
  reportId: string;
  report: string;
  region: string;
  year: number | null;
  /** The unified name (names-data.ts and the user's links). */
  indicator: string;
  indicatorKey: string;
  name: string;
  value: number;
  valueMax?: number;
  unit: string;
  kind: IndicatorKind;
  qualifier: Qualifier;
  status: IndicatorStatus;
  period: string | null;
  section: string;
  page: number | null;
  sentence: string;
  start: number;
  end: number;
  clauseStart: number;
  /** Position in the table before any sort: report order, then reading order. */
  order: number;
}

export type CombinedSortKey =
  | 'order'
  | 'report'
  | 'region'
  | 'year'
  | 'indicator'
  | 'name'
  | 'value'
  | 'unit'
  | 'kind'
  | 'qualifier'
  | 'status'
  | 'period'
  | 'section'
  | 'page'
  | 'sentence';

export interface CombinedSort {
  key: CombinedSortKey;
  dir: 1 | -1;
}

export interface CombinedFilter {
  text: string;
  status: IndicatorStatus | '';
  kind: IndicatorKind | '';
  /** The report's year; null for every year. */
  year: number | null;
  region: string;
  /** A unified indicator key, or ''. */
  indicator: string;
}

export const EMPTY_COMBINED_FILTER: CombinedFilter = {
  text: '',
  status: '',
  kind: '',
  year: null,
  region: '',
  indicator: '',
};

export const NO_REGION = '—';

/**
 * Builds one report's rows at a time, its table order starting at `order`
 * (rows of reports already built keep theirs: a table that grows as reports
 * arrive builds each report once). One builder per set of links.
 */
export function createRowBuilder(
  links: NameLinks = NO_LINKS,
): (s: CombinedSource, order: number) => CombinedRow[] {
  const unifier = createUnifier(links);
  // Names repeat across reports: each is unified once.
  const memo = new Map<string, ReturnType<typeof unifier>>();
  const unify = (name: string, kind: IndicatorKind) => {
    const k = `${kind}\u0000${name}`;
    let u = memo.get(k);
    if (!u) memo.set(k, (u = unifier(name, kind)));
    return u;
  };
  return (s, order) => {
    const out: CombinedRow[] = [];
    const sorted = [...s.rows].sort((a, b) => a.start - b.start);
    for (const r of sorted) {
      const u = unify(r.name, r.kind);
      const section = r.section.length === 1 ? (r.section[0] ?? '') : r.section.join(SECTION_SEPARATOR);
      const sentence = s.text.slice(r.clauseStart, r.clauseEnd).trim();
      const n = order + out.length;
      out.push({
        id: `${s.id}:${r.start}:${r.end}:${n}`,
        reportId: s.id,
        report: s.report,
        region: s.region ?? NO_REGION,
        year: s.year,
        indicator: u.label,
        indicatorKey: u.key,
        name: r.name,
        value: r.value,
        // Always set (undefined when none), so every row has one shape.
        valueMax: r.valueMax,
        unit: r.unit,
        kind: r.kind,
        qualifier: r.qualifier,
        status: r.status,
        period: r.period,
        section,
        page: r.page ?? null,
        sentence,
        start: r.start,
        end: r.end,
        clauseStart: r.clauseStart,
        order: n,
      });
    }
    return out;
  };
}

export function buildCombinedRows(
  sources: readonly CombinedSource[],
  links: NameLinks = NO_LINKS,
): CombinedRow[] {
  const build = createRowBuilder(links);
  const out: CombinedRow[] = [];
  for (const s of sources) for (const row of build(s, out.length)) out.push(row);
  return out;
}

const TEXT_FIELDS = ['name', 'indicator', 'sentence', 'section', 'report', 'unit'] as const;

/**
 * Whether the row's text holds the needle. Fields are searched as they are
 * (no joined, lower-cased copy per row: 30,000 rows would allocate megabytes
 * at every build); only a needle with Latin letters (`GDP`, `cpi`) compares
 * case-insensitively.
 */
function matchesText(r: CombinedRow, needle: string, folded: boolean): boolean {
  for (const f of TEXT_FIELDS) {
    const v = r[f];
    if ((folded ? v.toLowerCase() : v).includes(needle)) return true;
  }
  return String(r.value).includes(needle);
}

export function filterCombined(rows: readonly CombinedRow[], f: CombinedFilter): CombinedRow[] {
  const raw = f.text.trim();
  if (!raw && !f.status && !f.kind && f.year === null && !f.region && !f.indicator) return rows.slice();
  const folded = /[A-Za-z]/.test(raw);
  const needle = folded ? raw.toLowerCase() : raw;
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.kind || r.kind === f.kind) &&
      (f.year === null || r.year === f.year) &&
      (!f.region || r.region === f.region) &&
      (!f.indicator || r.indicatorKey === f.indicator) &&
      (!needle || matchesText(r, needle, folded)),
  );
}

/** The columns of the exported table (XLSX, CSV), in order. */
export const COMBINED_FIELDS = [
  'report',
  'region',
  'year',
  'indicator',
  'name',
  'value',
  'valueMax',
  'unit',
  'kind',
  'qualifier',
  'status',
  'period',
  'section',
  'page',
  'sentence',
] as const;
export type CombinedField = (typeof COMBINED_FIELDS)[number];

export type CombinedRecord = { [F in CombinedField]: string | number | null };

export function toCombinedRecord(r: CombinedRow): CombinedRecord {
  return {
    report: r.report,
    region: r.region,
    year: r.year,
    indicator: r.indicator,
    name: r.name,
    value: r.value,
    valueMax: r.valueMax ?? null,
    unit: r.unit,
    kind: r.kind,
    qualifier: r.qualifier,
    status: r.status,
    period: r.period,
    section: r.section,
    page: r.page,
    sentence: r.sentence,
  };
}

/** Fields holding numbers (typed as numbers in a workbook). */
export const COMBINED_NUMERIC: ReadonlySet<CombinedField> = new Set(['year', 'value', 'valueMax', 'page']);
