// Which section a place in the text belongs to: the chain of outline headings
// above it (`二、…` > `（三）…`), and that chain as a short label (`二、>（三）`).
import type { OutlineItem } from '../model';
import { matchHeadingMarker } from './outline';

/** Index of the last outline item starting at or before `offset`, or -1. */
function lastBefore(outline: readonly OutlineItem[], offset: number): number {
  let lo = 0;
  let hi = outline.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((outline[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The headings containing `offset`, outermost first; [] before the first heading. */
export function sectionPath(outline: readonly OutlineItem[], offset: number): OutlineItem[] {
  const path: OutlineItem[] = [];
  if (offset < 0) return path;
  let level = Infinity;
  for (let i = lastBefore(outline, offset); i >= 0 && level > 1; i--) {
    const item = outline[i];
    if (item && item.level < level) {
      path.push(item);
      level = item.level;
    }
  }
  return path.reverse();
}

/** A heading's numbering (`二、`, `（三）`, `(1)`), or its first characters when it has none. */
export function headingMarker(item: OutlineItem): string {
  const title = item.title.trim();
  const marker = matchHeadingMarker(title, 0, title.length);
  if (marker) return title.slice(0, marker.end).replace(/\s+/g, '');
  return title.length > 8 ? `${title.slice(0, 8)}…` : title;
}

/** `二、>（三）`: the numbering of the headings containing `offset`; '' before the first heading. */
export function sectionLabel(outline: readonly OutlineItem[], offset: number): string {
  return sectionPath(outline, offset).map(headingMarker).join('>');
}

/** Past this many characters a heading is cut, at its first clause when that is long enough. */
export const HEADING_CHARS = 22;

/** A heading shortened for a small label: whole when short, else its first clause or its start, with `…`. */
export function shortHeading(title: string, max = HEADING_CHARS): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const marker = matchHeadingMarker(text, 0, text.length)?.end ?? 0;
  // The first clause of `（一）应对大战大考，统筹…` names the section on its own.
  const clause = /[，,：:；;。]/.exec(text.slice(marker));
  if (clause && clause.index >= 2 && marker + clause.index <= max)
    return `${text.slice(0, marker + clause.index)}…`;
  return `${text.slice(0, max - 1)}…`;
}

/** `（三）着力锻长板补短板…`: the nearest heading above `offset`, shortened; '' before the first heading. */
export function sectionHeading(outline: readonly OutlineItem[], offset: number, max = HEADING_CHARS): string {
  const nearest = sectionPath(outline, offset).at(-1);
  return nearest ? shortHeading(nearest.title, max) : '';
}
