// Annotations drawn with the CSS Custom Highlight API: one highlight per
// colour and style, so the document's DOM is never rewritten.
import type { Annotation, AnnotationColor, AnnotationStyle } from '@shared/model';
import { ANNOTATION_COLORS, ANNOTATION_STYLES } from '@shared/model';
import type { Mark } from '@shared/anchoring/marks';
import { setHighlight } from '../highlights';
import type { Placement } from '../stores/annotations';
import type { TextSurface } from './surface';

export function highlightName(style: AnnotationStyle, color: AnnotationColor): string {
  return `rl-${style}-${color}`;
}

export const SELECTED_HIGHLIGHT = 'rl-selected';
export const FLASH_HIGHLIGHT = 'rl-flash';

/** A stretch of the text, by offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The highlights of annotations where they were found in the text (orphans have none). */
export function* marksFrom(
  items: ReadonlyMap<string, Annotation>,
  placements: ReadonlyMap<string, Placement>,
): Generator<Mark> {
  for (const [id, p] of placements) {
    const a = items.get(id);
    if (!a || p.status === 'orphan') continue;
    yield { id, start: p.start, end: p.end, style: a.style, color: a.color };
  }
}

/** Draws the marks; with `span`, only those that reach into it (the rest are not drawn). */
export function drawAnnotations(
  surface: TextSurface,
  marks: Iterable<Mark>,
  selectedId: string | null,
  owner = 'main',
  span: TextSpan | null = null,
): void {
  const groups = new Map<string, Range[]>();
  for (const style of ANNOTATION_STYLES)
    for (const color of ANNOTATION_COLORS) groups.set(highlightName(style, color), []);
  const selected: Range[] = [];
  for (const m of marks) {
    if (span && (m.end < span.start || m.start > span.end)) continue;
    const ranges = surface.rangesFor(m.start, m.end);
    groups.get(highlightName(m.style, m.color))?.push(...ranges);
    if (m.id !== null && m.id === selectedId) selected.push(...ranges);
  }
  for (const [name, ranges] of groups) setHighlight(name, ranges, owner);
  setHighlight(SELECTED_HIGHLIGHT, selected, owner);
}

export function clearAnnotations(owner = 'main'): void {
  for (const style of ANNOTATION_STYLES)
    for (const color of ANNOTATION_COLORS) setHighlight(highlightName(style, color), [], owner);
  setHighlight(SELECTED_HIGHLIGHT, [], owner);
  setHighlight(FLASH_HIGHLIGHT, [], owner);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Briefly marks a passage, so the eye finds it after a jump. */
export function flash(surface: TextSurface, start: number, end: number, owner = 'main'): void {
  clearTimeout(flashTimer);
  setHighlight(FLASH_HIGHLIGHT, surface.rangesFor(start, end), owner);
  flashTimer = setTimeout(() => setHighlight(FLASH_HIGHLIGHT, [], owner), 1200);
}
