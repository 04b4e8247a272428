// An indicator as a flat record for export (JSON Lines, CSV): its fields, the
// quote it came from, and the section path as one string.
import type { Indicator } from './types';

export interface IndicatorRecord {
  name: string;
  value: number;
  unit: string;
  kind: Indicator['kind'];
  qualifier: Indicator['qualifier'];
  status: Indicator['status'];
  period: string | null;
  /** The clause that states the value, as it stands in the text. */
  quote: string;
  /** Offsets of the value (number and unit) in the text. */
  start: number;
  end: number;
  /** Outline headings, outermost first, joined with ' > '. */
  section: string;
  valueMax?: number;
}

export const RECORD_FIELDS = [
  'name',
  'value',
  'unit',
  'kind',
  'qualifier',
  'status',
  'period',
  'quote',
  'start',
  'end',
  'section',
] as const;

export const SECTION_SEPARATOR = ' > ';

export function toRecord(text: string, ind: Indicator): IndicatorRecord {
  return {
    name: ind.name,
    value: ind.value,
    unit: ind.unit,
    kind: ind.kind,
    qualifier: ind.qualifier,
    status: ind.status,
    period: ind.period,
    quote: text.slice(ind.clauseStart, ind.clauseEnd).trim(),
    start: ind.start,
    end: ind.end,
    section: ind.section.join(SECTION_SEPARATOR),
    ...(ind.valueMax !== undefined ? { valueMax: ind.valueMax } : {}),
  };
}
