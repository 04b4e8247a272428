// Find-in-document. Matching ignores whitespace (a PDF line break or a stray
// space must not hide `地区生产总值`), full-width/half-width differences and
// Latin case; the ranges returned are offsets into the original text.
import { isSpaceCode } from './chars';
import { normalizeForMatch } from './fold';

export interface TextRange {
  start: number;
  end: number;
}

/** The text folded once, to search it many times. */
export interface SearchIndex {
  /** Folded text without whitespace. */
  readonly folded: string;
  /** `origin[i]` is the offset in the original text of `folded[i]`. */
  readonly origin: Uint32Array;
}

/** Removes whitespace from already folded text, recording where each kept code unit came from. */
function squeeze(folded: string): { squeezed: string; origin: Uint32Array } {
  const origin = new Uint32Array(folded.length);
  const parts: string[] = [];
  let n = 0;
  let runStart = -1;
  for (let i = 0; i < folded.length; i++) {
    if (isSpaceCode(folded.charCodeAt(i))) {
      if (runStart >= 0) {
        parts.push(folded.slice(runStart, i));
        runStart = -1;
      }
      continue;
    }
    if (runStart < 0) runStart = i;
    origin[n++] = i;
  }
  if (runStart >= 0) parts.push(folded.slice(runStart));
  return { squeezed: parts.join(''), origin: origin.subarray(0, n) };
}

export function buildSearchIndex(text: string): SearchIndex {
  const { squeezed, origin } = squeeze(normalizeForMatch(text));
  return { folded: squeezed, origin };
}

/** Folds a query the way the index was folded: `12 ％` becomes `12%`. */
export function foldQuery(query: string): string {
  return squeeze(normalizeForMatch(query)).squeezed;
}

/** Non-overlapping matches of `query`, in order, at most `limit`. */
export function findAllIn(index: SearchIndex, query: string, limit = 10000): TextRange[] {
  const needle = foldQuery(query);
  const found: TextRange[] = [];
  if (needle.length === 0 || limit <= 0) return found;
  let from = 0;
  while (found.length < limit) {
    const at = index.folded.indexOf(needle, from);
    if (at < 0) break;
    const last = at + needle.length - 1;
    found.push({ start: index.origin[at] ?? 0, end: (index.origin[last] ?? 0) + 1 });
    from = at + needle.length;
  }
  return found;
}

// The last text searched and its index: find-as-you-type searches one text many times.
let cached: { text: string; index: SearchIndex } | null = null;

/** Matches of `query` in `text`; the folded text is kept for the next call on the same text. */
export function findAll(text: string, query: string, limit = 10000): TextRange[] {
  if (foldQuery(query).length === 0) return [];
  if (cached?.text !== text) cached = { text, index: buildSearchIndex(text) };
  return findAllIn(cached.index, query, limit);
}
