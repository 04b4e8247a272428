// Finding a pattern in a text: exact occurrences first (cheap), else the best
// approximate ones (Myers' bit-parallel edit distance, approx-string-match).
// The library does not try indexOf first itself; Hypothesis's match-quote
// adds the same shortcut.
import approxSearch from 'approx-string-match';

export interface TextMatch {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions) between the pattern and text[start, end). */
  errors: number;
}

/** Occurrences of `pattern` in `text`, overlapping ones included, at most `limit`. */
export function exactMatches(text: string, pattern: string, limit = 100_000): TextMatch[] {
  const found: TextMatch[] = [];
  if (pattern.length === 0) return found;
  for (let at = text.indexOf(pattern); at >= 0 && found.length < limit; at = text.indexOf(pattern, at + 1)) {
    found.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return found;
}

/** Exact occurrences, or when there are none the matches with the fewest errors (at most `maxErrors`). */
export function searchText(text: string, pattern: string, maxErrors: number): TextMatch[] {
  const exact = exactMatches(text, pattern);
  if (exact.length > 0 || maxErrors < 1) return exact;
  return approxSearch(text, pattern, Math.floor(maxErrors));
}

/** How alike `pattern` is to the part of `window` that matches it best: 1 - errors / length; 0 if either is empty. */
export function similarity(window: string, pattern: string): number {
  if (pattern.length === 0 || window.length === 0) return 0;
  if (window === pattern) return 1;
  const best = searchText(window, pattern, pattern.length)[0];
  return best ? Math.max(0, 1 - best.errors / pattern.length) : 0;
}
