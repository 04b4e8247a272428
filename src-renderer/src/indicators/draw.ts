// Indicator values marked in the text with the CSS Custom Highlight API (one
// highlight for all, one for the selected row), like annotations.
import { setHighlight } from '../highlights';
import type { TextSurface } from '../annotations/surface';
import type { IndicatorRow } from './merge';

export const INDICATOR_HIGHLIGHT = 'rl-indicator';
export const INDICATOR_SELECTED_HIGHLIGHT = 'rl-indicator-selected';

export function drawIndicators(
  surface: TextSurface,
  rows: readonly IndicatorRow[],
  selectedKey: string | null,
): void {
  const all: Range[] = [];
  const selected: Range[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    // Rows sharing one value (a list with one figure) mark it once.
    const span = `${r.start}:${r.end}`;
    if (seen.has(span) && r.key !== selectedKey) continue;
    seen.add(span);
    const ranges = surface.rangesFor(r.start, r.end);
    all.push(...ranges);
    if (r.key === selectedKey) selected.push(...ranges);
  }
  setHighlight(INDICATOR_HIGHLIGHT, all);
  setHighlight(INDICATOR_SELECTED_HIGHLIGHT, selected);
}

export function clearIndicators(): void {
  setHighlight(INDICATOR_HIGHLIGHT, []);
  setHighlight(INDICATOR_SELECTED_HIGHLIGHT, []);
}
