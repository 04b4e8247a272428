// Annotations on their way to the reader, without what the reader's text
// already holds. A target is offsets plus the quote and its context
// (describe.ts); when the quote and context are exactly what the stored text
// has around those offsets (the usual case: made in this text, never moved),
// the offsets alone say it all, and the reader rebuilds the rest from its
// copy of the same text. Thousands of annotations then cross IPC at about
// half the size. A target that differs in any way (imported with other
// context, or the text changed) travels whole, so nothing is lost.
import type { Annotation, TextTarget } from '../model';
import { describeRange } from './describe';

/** A target reduced to its offsets (and page): the quote and context are the text's own. */
export interface OffsetsTarget {
  start: number;
  end: number;
  page?: number;
}

export type CompactAnnotation = Omit<Annotation, 'target'> & { target: TextTarget | OffsetsTarget | null };

/** A document's annotations as sent to the reader, for a text of `chars` characters. */
export interface CompactList {
  chars: number;
  annotations: CompactAnnotation[];
}

function isWhole(t: TextTarget | OffsetsTarget): t is TextTarget {
  return 'quote' in t;
}

/** Whether `t` is exactly the target describeRange gives for its offsets in `text`. */
export function describedBy(text: string, t: TextTarget): boolean {
  if (t.start < 0 || t.end < t.start || t.end > text.length) return false;
  if (text.slice(t.start, t.end) !== t.quote) return false;
  const again = describeRange(text, t.start, t.end, t.page);
  return again.prefix === t.prefix && again.suffix === t.suffix;
}

/** The annotations with every target the text describes exactly reduced to its offsets. */
export function compactAnnotations(text: string, list: readonly Annotation[]): CompactList {
  return {
    chars: text.length,
    annotations: list.map((a) => {
      const t = a.target;
      if (!t || !describedBy(text, t)) return a;
      const offsets: OffsetsTarget = { start: t.start, end: t.end };
      if (t.page !== undefined) offsets.page = t.page;
      return { ...a, target: offsets };
    }),
  };
}

/**
 * The whole annotations back, from the same text; null when `text` is not
 * the text they were reduced against (another length), so the caller asks
 * for the whole list instead.
 */
export function expandAnnotations(text: string, compact: CompactList): Annotation[] | null {
  if (compact.chars !== text.length) return null;
  const out: Annotation[] = [];
  for (const a of compact.annotations) {
    const t = a.target;
    if (!t || isWhole(t)) {
      out.push({ ...a, target: t });
      continue;
    }
    if (t.start < 0 || t.end < t.start || t.end > text.length) return null;
    out.push({ ...a, target: describeRange(text, t.start, t.end, t.page) });
  }
  return out;
}
