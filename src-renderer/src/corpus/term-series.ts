// The term-over-time chart's data: years on the x axis, one series per region,
// the count (or the rate per 10,000 characters) of each report at its year.
import { regionOrder } from '@shared/corpus/gazetteer';
import type { TermCount } from '@shared/corpus/api';

export interface TermSeries {
  /** The x axis: years, or the regions when every report is of one year. */
  years: string[];
  series: Array<{ name: string; data: Array<number | null> }>;
  /** Every report of one year: bars across regions say more than points. */
  singleYear: boolean;
}

export function termSeries(
  counts: readonly TermCount[],
  perTenThousand: boolean,
  unknown: string,
): TermSeries {
  const dated = counts.filter((c) => c.year !== null);
  const years = [...new Set(dated.map((c) => c.year as number))].sort((a, b) => a - b).map(String);
  const regions = [...new Set(dated.map((c) => c.region ?? unknown))].sort(
    (a, b) => regionOrder(a) - regionOrder(b) || a.localeCompare(b, 'zh-CN'),
  );
  const value = (c: TermCount) =>
    perTenThousand ? Math.round((c.count / Math.max(c.chars, 1)) * 10_000 * 100) / 100 : c.count;
  const series = regions.map((name) => {
    const data: Array<number | null> = years.map(() => null);
    for (const c of dated) {
      if ((c.region ?? unknown) !== name) continue;
      const i = years.indexOf(String(c.year));
      // Two reports of one region and year (a duplicate): their counts add up.
      data[i] = (data[i] ?? 0) + value(c);
    }
    return { name, data };
  });
  if (years.length === 1) {
    // One year: the regions across, one bar each.
    const data = series.map((s) => s.data[0] ?? null);
    return { years: regions, series: [{ name: years[0] ?? '', data }], singleYear: true };
  }
  return { years, series, singleYear: false };
}
