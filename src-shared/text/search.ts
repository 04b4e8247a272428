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

/**
 * Removes whitespace from already folded text, recording where each kept code
 * unit came from (`base` + its offset): the kept runs go to `parts`, their
 * origins to `origin` from `n` on. Returns the new `n`.
 */
function squeezeInto(folded: string, base: number, parts: string[], origin: Uint32Array, n: number): number {
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
    origin[n++] = base + i;
  }
  if (runStart >= 0) parts.push(folded.slice(runStart));
  return n;
}

function squeeze(folded: string): { squeezed: string; origin: Uint32Array } {
  const origin = new Uint32Array(folded.length);
  const parts: string[] = [];
  const n = squeezeInto(folded, 0, parts, origin, 0);
  return { squeezed: parts.join(''), origin: origin.subarray(0, n) };
}

export function buildSearchIndex(text: string): SearchIndex {
  const { squeezed, origin } = squeeze(normalizeForMatch(text));
  return { folded: squeezed, origin };
}

/** Code units folded between two pauses of buildSearchIndexInSteps (a few ms of work). */
export const INDEX_STEP = 1 << 18;

/**
 * The same index as buildSearchIndex, built a step at a time with `pause()`
 * between steps, so a process that builds it for a text of millions of
 * characters goes on answering meanwhile. Folding maps each code unit on its
 * own, so the text can be cut anywhere.
 */
export async function buildSearchIndexInSteps(
  text: string,
  pause: () => Promise<void>,
  step = INDEX_STEP,
): Promise<SearchIndex> {
  const origin = new Uint32Array(text.length);
  // Each step's runs joined at its end: one join of all of them at once holds the process too.
  const steps: string[] = [];
  let n = 0;
  for (let from = 0; from < text.length; from += step) {
    if (from > 0) await pause();
    const parts: string[] = [];
    n = squeezeInto(normalizeForMatch(text.slice(from, from + step)), from, parts, origin, n);
    steps.push(parts.join(''));
  }
  return { folded: steps.join(''), origin: origin.subarray(0, n) };
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
