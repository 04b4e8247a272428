// The text as anchoring compares it: whitespace removed, full-width forms and
// Latin case folded (the same folding as find-in-document), with the way back
// to offsets in the original. A `.txt` and a `.pdf` of one report differ
// mostly in spaces and line breaks (`2021 年` / `2021年`); folded, they agree.
import { buildSearchIndex, foldQuery } from '../text/search';

export interface FoldedText {
  /** The original text. */
  readonly text: string;
  /** Folded, without whitespace. */
  readonly folded: string;
  /** `origin[i]` is the offset in `text` of `folded[i]`. */
  readonly origin: Uint32Array;
}

export function foldText(text: string): FoldedText {
  const { folded, origin } = buildSearchIndex(text);
  return { text, folded, origin };
}

/** A quote or context folded the way the text was. */
export function foldString(s: string): string {
  return foldQuery(s);
}

/** The folded offset of the first kept code unit at or after `offset` of the original. */
export function toFolded(f: FoldedText, offset: number): number {
  let lo = 0;
  let hi = f.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((f.origin[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original range covering folded [start, end) (end > start). */
export function toOriginal(f: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: f.origin[start] ?? 0, end: (f.origin[end - 1] ?? 0) + 1 };
}
