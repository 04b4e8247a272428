// What the indicator table makes of a cell edit, and how wide its value column is.
import { describe, expect, it } from 'vitest';
import { cellText, editDraft, editPatch, gridTemplate } from '../../src-renderer/src/indicators/table-cells';
import type { IndicatorRow } from '../../src-renderer/src/indicators/merge';
import type { TableLine } from '../../src-renderer/src/indicators/table';

const row = (over: Partial<IndicatorRow> = {}) =>
  ({
    key: 'k',
    name: '地区生产总值',
    value: 3508.1,
    unit: '亿元',
    kind: 'level',
    qualifier: 'exact',
    status: 'actual',
    period: '2020',
    section: ['一、回顾', '（一）经济'],
    page: null,
    ...over,
  }) as unknown as IndicatorRow;
const t = (key: string) => `<${key}>`;

describe('an edit in place', () => {
  it('starts from what the cell shows', () => {
    expect(editDraft(row(), 'value')).toBe('3508.1亿元');
    expect(editDraft(row({ period: null }), 'period')).toBe('');
    expect(editDraft(row(), 'name')).toBe('地区生产总值');
  });

  it('makes a patch of a value with its unit, refuses what is not a value, and keeps an empty name', () => {
    expect(editPatch('value', ' 6%左右 ')).toEqual({ patch: { value: 6, valueMax: null, unit: '%' } });
    expect(editPatch('value', '很多')).toEqual({ refused: '很多' });
    expect(editPatch('value', '  ')).toBeNull();
    expect(editPatch('name', '  ')).toBeNull();
    expect(editPatch('name', ' 财政收入 ')).toEqual({ patch: { name: '财政收入' } });
    expect(editPatch('period', '')).toEqual({ patch: { period: null } });
    expect(editPatch('status', 'target')).toEqual({ patch: { status: 'target' } });
  });
});

describe('the cells and columns', () => {
  it('shows the last heading of the section and the translated kind', () => {
    expect(cellText(row(), 'section', t)).toBe('（一）经济');
    expect(cellText(row(), 'kind', t)).toBe('<indicators.kind.level>');
    expect(cellText(row(), 'page', t)).toBe('');
  });

  it('makes the value column as wide as the widest value, within bounds, and adds the page column for a PDF', () => {
    const lines = (values: string[]): TableLine[] =>
      values.map(
        (unit, i) => ({ type: 'row', id: String(i), row: row({ unit, value: 32193.15 }) }) as TableLine,
      );
    const width = (g: string) => Number(/1fr\) (\d+)px/.exec(g)?.[1]);
    expect(width(gridTemplate(lines(['亿元']), false))).toBe(Math.ceil(8 * 7.2 + 2 * 12) + 8);
    expect(width(gridTemplate([], false))).toBe(60);
    expect(width(gridTemplate(lines(['亿元'.repeat(20)]), false))).toBe(180);
    expect(gridTemplate([], true).endsWith(' 28px')).toBe(true);
  });
});
