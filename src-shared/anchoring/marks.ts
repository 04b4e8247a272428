// A document's highlights alone, for the reader's first frame: where each
// sits, its style and colour, and nothing else. Thousands of annotations
// cross as a few numbers each (a twentieth of their whole list), so a text
// can show with its highlights before the annotations themselves (notes,
// tags, quotes) have come; those follow (compact.ts). Only a target the text
// describes exactly is a mark here: one that has to be found again (the text
// changed, or it came from elsewhere) waits for the whole list.
import type { Annotation, AnnotationColor, AnnotationStyle } from '../model';
import { ANNOTATION_COLORS, ANNOTATION_STYLES } from '../model';
import { describedBy } from './compact';

/** Numbers per mark in MarkList.marks: start, end, style (index in ANNOTATION_STYLES), colour (index in ANNOTATION_COLORS). */
export const MARK_FIELDS = 4;

/** A document's marks as sent to the reader, for a text of `chars` characters. */
export interface MarkList {
  chars: number;
  /** How many annotations the document has (notes on the whole document included). */
  total: number;
  /** Flat: MARK_FIELDS numbers per mark. */
  marks: number[];
  /** Annotations with a target that is not a mark here (to be found again in the text): drawn once the whole list comes. */
  pending: number;
}

/** A highlight to draw: where, how, and whose (null: its annotation has not come yet). */
export interface Mark {
  id: string | null;
  start: number;
  end: number;
  style: AnnotationStyle;
  color: AnnotationColor;
}

export function marksOf(text: string, list: readonly Annotation[]): MarkList {
  const marks: number[] = [];
  let pending = 0;
  for (const a of list) {
    const t = a.target;
    if (!t) continue;
    if (!describedBy(text, t)) {
      pending++;
      continue;
    }
    marks.push(t.start, t.end, ANNOTATION_STYLES.indexOf(a.style), ANNOTATION_COLORS.indexOf(a.color));
  }
  return { chars: text.length, total: list.length, marks, pending };
}

/**
 * The marks back, for a text of the same length; null when `text` is not the
 * text they were worked out against, or the list is not well formed (the
 * caller then waits for the whole list).
 */
export function decodeMarks(text: string, list: MarkList): Mark[] | null {
  const { marks } = list;
  if (list.chars !== text.length || marks.length % MARK_FIELDS !== 0) return null;
  const out: Mark[] = [];
  for (let i = 0; i < marks.length; i += MARK_FIELDS) {
    const start = marks[i] ?? -1;
    const end = marks[i + 1] ?? -1;
    const style = ANNOTATION_STYLES[marks[i + 2] ?? -1];
    const color = ANNOTATION_COLORS[marks[i + 3] ?? -1];
    if (
      !style ||
      !color ||
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end < start ||
      end > text.length
    )
      return null;
    out.push({ id: null, start, end, style, color });
  }
  return out;
}
