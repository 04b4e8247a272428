// One indicator across regions and years: the points a chart and its table
// show. A point is one region's figure for one year, as a target or as a
// result; a figure about a single year is placed at that year, anything else
// at its report's year. Values are shown in the unit most rows use; rows in
// units that do not convert are left out (and counted).
import type { IndicatorStatus } from '../indicators/types';
import type { CombinedRow } from './rows';
import { isMultiYear } from './pairing';
import { convert } from './units';

export interface AcrossPoint {
  region: string;
  year: number;
  status: IndicatorStatus;
  /** In `unit`. */
  value: number;
  row: CombinedRow;
}

export interface Across {
  unit: string;
  points: AcrossPoint[];
  regions: string[];
  years: number[];
  /** Rows whose unit does not convert to `unit`. */
  skipped: number;
}

function yearOf(r: CombinedRow): number | null {
  if (r.period && /^\d{4}$/.test(r.period)) return Number(r.period);
  return r.year;
}

export function acrossOf(rows: readonly CombinedRow[], key: string): Across {
  const mine = rows.filter((r) => r.indicatorKey === key);
  const units = new Map<string, number>();
  for (const r of mine) units.set(r.unit, (units.get(r.unit) ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const best = new Map<string, { point: AcrossPoint; score: number }>();
  let skipped = 0;
  for (const r of mine) {
    const year = yearOf(r);
    if (year === null || isMultiYear(r.sentence, year)) continue;
    const value = r.unit === unit ? r.value : convert(r.value, r.unit, unit);
    if (value === null) {
      skipped++;
      continue;
    }
    // A "target" for a year before its report's own is a result the extractor read as a goal (see pairing.ts).
    const status = r.status === 'target' && r.year !== null && year < r.year ? 'actual' : r.status;
    // A target as its own year's report sets it; a result as the next report states it
    // (the figure the year was judged by); a target with 左右/以上 over a plain mention.
    const score =
      status === 'target'
        ? (r.year === year ? 2 : 0) + (r.qualifier !== 'exact' ? 1 : 0)
        : r.year === year + 1
          ? 2
          : 0;
    const id = `${r.region}|${year}|${status}`;
    const had = best.get(id);
    // Ties: the first statement stands (reports state headline figures first).
    if (had && had.score >= score) continue;
    best.set(id, {
      point: { region: r.region, year, status, value: Math.round(value * 1e6) / 1e6, row: r },
      score,
    });
  }
  const points = [...best.values()].map((b) => b.point);
  const collator = new Intl.Collator('zh-CN');
  points.sort(
    (a, b) => collator.compare(a.region, b.region) || a.year - b.year || a.status.localeCompare(b.status),
  );
  return {
    unit,
    points,
    regions: [...new Set(points.map((p) => p.region))].sort(collator.compare),
    years: [...new Set(points.map((p) => p.year))].sort((a, b) => a - b),
    skipped,
  };
}

/** The indicators present in the rows, most reports first: the choices of the picker. */
export function indicatorChoices(
  rows: readonly CombinedRow[],
): { key: string; label: string; reports: number }[] {
  const by = new Map<string, { label: string; reports: Set<string>; canonical: boolean }>();
  for (const r of rows) {
    const e = by.get(r.indicatorKey) ?? {
      label: r.indicator,
      reports: new Set<string>(),
      canonical: !r.indicatorKey.startsWith('raw:'),
    };
    e.reports.add(r.reportId);
    by.set(r.indicatorKey, e);
  }
  return [...by.entries()]
    .filter(([, e]) => e.canonical || e.reports.size > 1)
    .map(([key, e]) => ({ key, label: e.label, reports: e.reports.size, canonical: e.canonical }))
    .sort((a, b) => Number(b.canonical) - Number(a.canonical) || b.reports - a.reports)
    .map(({ key, label, reports }) => ({ key, label, reports }));
}
