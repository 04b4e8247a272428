// What the indicator table shows in each cell and column, and what an edit
// in place makes of a draft: pure, beside the component that draws them.
import type { IndicatorFields } from '@shared/api';
import type { IndicatorRow } from './merge';
import { parseValue } from './selection';
import type { SortKey, TableLine } from './table';
import { formatValue } from './table';

export type EditableField = 'name' | 'value' | 'kind' | 'qualifier' | 'status' | 'period';

type Translate = (key: string) => string;

/** The choices of the fields edited with a list. */
export const CHOICES: Record<'kind' | 'qualifier' | 'status', readonly string[]> = {
  kind: ['level', 'change', 'share', 'count'],
  qualifier: ['exact', 'approx', 'above', 'below'],
  status: ['actual', 'target'],
};

export interface Column {
  key: SortKey;
  field?: EditableField;
  label: string;
}

export function tableColumns(t: Translate, showPage: boolean): Column[] {
  const cols: Column[] = [
    { key: 'name', field: 'name', label: t('indicators.columns.name') },
    { key: 'value', field: 'value', label: t('indicators.columns.value') },
    { key: 'kind', field: 'kind', label: t('indicators.columns.kind') },
    { key: 'qualifier', field: 'qualifier', label: t('indicators.columns.qualifier') },
    { key: 'status', field: 'status', label: t('indicators.columns.status') },
    { key: 'period', field: 'period', label: t('indicators.columns.period') },
    { key: 'section', label: t('indicators.columns.section') },
  ];
  if (showPage) cols.push({ key: 'page', label: t('indicators.columns.page') });
  return cols;
}

/** Rough width of a value as drawn at 12px: CJK characters a full em, the rest about 0.6 em. */
function valueWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7.2;
  return Math.ceil(w);
}

/**
 * The columns' widths. Every value is shown whole (`32193.15亿元`, not
 * `32193.15…`): its column is as wide as the widest value of the rows, within
 * bounds (a longer one wraps). Room beyond the fixed columns goes to the name
 * and, a third of it, to the section (a wide panel shows both).
 */
export function gridTemplate(lines: readonly TableLine[], showPage: boolean): string {
  let widest = 60;
  for (const line of lines) {
    if (line.type === 'row') widest = Math.max(widest, valueWidth(formatValue(line.row)) + 8);
  }
  const value = Math.min(widest, 180);
  return `18px minmax(90px, 1fr) ${value}px 36px 36px 36px 70px minmax(56px, 0.5fr)${showPage ? ' 28px' : ''}`;
}

export function cellText(row: IndicatorRow, key: SortKey, t: Translate): string {
  switch (key) {
    case 'value':
      return formatValue(row);
    case 'kind':
      return t(`indicators.kind.${row.kind}`);
    case 'qualifier':
      return t(`indicators.qualifier.${row.qualifier}`);
    case 'status':
      return t(`indicators.status.${row.status}`);
    case 'period':
      return row.period ?? '';
    case 'section':
      return row.section[row.section.length - 1] ?? '';
    case 'page':
      return row.page === null ? '' : String(row.page);
    default:
      return row.name;
  }
}

export function groupLabel(line: Extract<TableLine, { type: 'group' }>, t: Translate): string {
  if (line.status) {
    return `${t('indicators.status.' + line.status)} · ${line.period ?? t('indicators.noPeriod')}`;
  }
  return line.label || t('indicators.noSection');
}

/** The text an edit in place starts from. */
export function editDraft(row: IndicatorRow, field: EditableField): string {
  if (field === 'value') return formatValue(row);
  if (field === 'period') return row.period ?? '';
  return String(row[field]);
}

/**
 * What a finished edit changes: a patch, nothing (an empty name), or a
 * refusal (a draft that cannot be a value; the panel says so).
 */
export function editPatch(
  field: EditableField,
  draft: string,
): { patch: IndicatorFields } | { refused: string } | null {
  const text = draft.trim();
  switch (field) {
    case 'name':
      return text ? { patch: { name: text } } : null;
    case 'period':
      return { patch: { period: text || null } };
    case 'value': {
      const parsed = parseValue(text);
      if (!parsed) return text ? { refused: text } : null;
      return { patch: { value: parsed.value, valueMax: parsed.valueMax ?? null, unit: parsed.unit } };
    }
    default:
      return { patch: { [field]: text } as IndicatorFields };
  }
}
