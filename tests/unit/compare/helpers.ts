// Reports built by hand for the comparison tests: a text of our own sentences
// and the indicators an extractor would find in it, so these tests do not
// depend on the extractor's current reading.
import type { Indicator } from '../../../src-shared/indicators';
import type { CorpusReport } from '../../../src-shared/compare';

export interface Stated {
  /** The clause as it stands in the text; `number` must occur in it. */
  clause: string;
  number: string;
  name: string;
  value: number;
  valueMax?: number;
  unit: string;
  kind?: Indicator['kind'];
  qualifier?: Indicator['qualifier'];
  status?: Indicator['status'];
  period?: string | null;
}

export function report(
  id: string,
  region: string | null,
  year: number | null,
  stated: Stated[],
): CorpusReport {
  let text = '';
  const indicators: Indicator[] = [];
  for (const s of stated) {
    const clauseStart = text.length;
    text += s.clause + '。\n';
    const start = clauseStart + s.clause.indexOf(s.number);
    if (start < clauseStart) throw new Error(`${s.number} not in ${s.clause}`);
    indicators.push({
      name: s.name,
      value: s.value,
      ...(s.valueMax !== undefined ? { valueMax: s.valueMax } : {}),
      unit: s.unit,
      kind: s.kind ?? 'change',
      qualifier: s.qualifier ?? 'exact',
      status: s.status ?? 'actual',
      period: s.period === undefined ? String(year) : s.period,
      start,
      end: start + s.number.length + s.unit.length,
      clauseStart,
      clauseEnd: clauseStart + s.clause.length,
      section: [],
    });
  }
  return { id, file: `${id}.txt`, region, year, text, indicators };
}
