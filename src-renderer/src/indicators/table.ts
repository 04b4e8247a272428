// What the table shows: rows filtered, sorted and grouped into one flat list
// of lines (group headings and rows) that the virtual list draws a window
// of; and the CSV of what is shown. Pure.
import type { IndicatorKind, IndicatorStatus } from '@shared/indicators';
import { toCsv } from '@shared/export/csv';
import { RECORD_FIELDS, SECTION_SEPARATOR, toRecord } from '@shared/indicators/record';
import type { IndicatorRow } from './merge';

export type SortKey =
  'order' | 'name' | 'value' | 'kind' | 'qualifier' | 'status' | 'period' | 'section' | 'page';
export type GroupBy = 'section' | 'status' | 'none';

export interface TableFilter {
  status: IndicatorStatus | '';
  period: string;
  kind: IndicatorKind | '';
  text: string;
}

export interface TableSort {
  key: SortKey;
  dir: 1 | -1;
}

export type TableLine =
  | {
      type: 'group';
      id: string;
      label: string;
      status?: IndicatorStatus;
      period?: string | null;
      count: number;
    }
  | { type: 'row'; id: string; row: IndicatorRow };

export const NO_PERIOD = '—';

export function filterRows(rows: readonly IndicatorRow[], f: TableFilter, text: string): IndicatorRow[] {
  const needle = f.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.kind || r.kind === f.kind) &&
      (!f.period || (r.period ?? NO_PERIOD) === f.period) &&
      (!needle ||
        r.name.toLowerCase().includes(needle) ||
        r.unit.toLowerCase().includes(needle) ||
        String(r.value).includes(needle) ||
        r.section.some((s) => s.toLowerCase().includes(needle)) ||
        text.slice(r.clauseStart, r.clauseEnd).toLowerCase().includes(needle)),
  );
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compare(a: IndicatorRow, b: IndicatorRow, key: SortKey): number {
  switch (key) {
    case 'order':
      return a.order - b.order;
    case 'value':
      // 5500 亿元 and 3000 万人 do not compare: amounts in one unit stay together.
      return collator.compare(a.unit, b.unit) || a.value - b.value;
    case 'page':
      return (a.page ?? 0) - (b.page ?? 0);
    case 'section':
      return collator.compare(a.section.join(SECTION_SEPARATOR), b.section.join(SECTION_SEPARATOR));
    case 'period':
      return collator.compare(a.period ?? '', b.period ?? '');
    default:
      return collator.compare(a[key], b[key]);
  }
}

export function sortRows(rows: readonly IndicatorRow[], sort: TableSort): IndicatorRow[] {
  return [...rows].sort((a, b) => compare(a, b, sort.key) * sort.dir || a.order - b.order);
}

function groupOf(
  r: IndicatorRow,
  by: GroupBy,
): { id: string; label: string; status?: IndicatorStatus; period?: string | null } {
  if (by === 'section') {
    const path = r.section.slice(0, 2);
    return { id: 's:' + path.join('\u0000'), label: path.join(SECTION_SEPARATOR) };
  }
  return { id: `p:${r.status}:${r.period ?? ''}`, label: '', status: r.status, period: r.period };
}

/**
 * Sorted rows as lines: by section, groups in reading order; by status and
 * period, targets first, then periods latest first; rows keep the sort
 * inside their group.
 */
export function groupLines(rows: readonly IndicatorRow[], by: GroupBy): TableLine[] {
  if (by === 'none') return rows.map((row) => ({ type: 'row', id: row.key, row }));
  const groups = new Map<string, { head: ReturnType<typeof groupOf>; first: number; rows: IndicatorRow[] }>();
  for (const row of rows) {
    const head = groupOf(row, by);
    const g = groups.get(head.id);
    if (g) {
      g.rows.push(row);
      g.first = Math.min(g.first, row.order);
    } else groups.set(head.id, { head, first: row.order, rows: [row] });
  }
  const list = [...groups.values()];
  if (by === 'section') list.sort((a, b) => a.first - b.first);
  else
    list.sort(
      (a, b) =>
        (a.head.status === b.head.status ? 0 : a.head.status === 'target' ? -1 : 1) ||
        collator.compare(b.head.period ?? '', a.head.period ?? ''),
    );
  const lines: TableLine[] = [];
  for (const g of list) {
    lines.push({ type: 'group', ...g.head, count: g.rows.length });
    for (const row of g.rows) lines.push({ type: 'row', id: row.key, row });
  }
  return lines;
}

export const CSV_FIELDS = [...RECORD_FIELDS, 'valueMax', 'page', 'confirmed', 'origin'] as const;

/** The rows as CSV (UTF-8 with BOM): the CLI's columns, then the range's upper bound, page and the user's marks. */
export function rowsToCsv(text: string, rows: readonly IndicatorRow[]): string {
  return toCsv(
    CSV_FIELDS,
    rows.map((r) => {
      const rec = toRecord(text, r);
      return [
        ...RECORD_FIELDS.map((f) => rec[f]),
        r.valueMax ?? null,
        r.page,
        r.confirmed ? 'yes' : '',
        r.origin,
      ];
    }),
  );
}

/** The value as the table shows it: `4.3`, `2–3`, with the unit. */
export function formatValue(r: Pick<IndicatorRow, 'value' | 'valueMax' | 'unit'>): string {
  const n = (x: number) => (Math.abs(x) >= 1e15 ? x.toExponential(3) : String(x));
  return (r.valueMax !== undefined ? `${n(r.value)}–${n(r.valueMax)}` : n(r.value)) + r.unit;
}
