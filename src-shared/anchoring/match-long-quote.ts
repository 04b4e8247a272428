// A long quote (a selection over many pages, up to 200,000 characters) is not
// matched whole: the edit-distance search costs time in proportion to the
// square of the quote near a match. Its first and last PART characters are
// matched on their own, pairs whose distance fits the quote's length are kept,
// and the middle is checked by sampling short fragments of it.
import { matchScore, nearest, type QuoteContext, type ScoredMatch } from './score';
import { searchText, type TextMatch } from './search';

/** Characters matched at each end. */
export const PART_CHARS = 128;
/** End matches kept on each side (nearest the expected place). */
const MAX_ENDS = 20;
/** Pairs whose middle is sampled. */
const MAX_PAIRS = 8;
const FRAGMENT_CHARS = 12;
const MAX_FRAGMENTS = 32;

interface Pair {
  head: TextMatch;
  tail: TextMatch;
  /** Difference between the matched length and the quote's. */
  drift: number;
}

/** Share of fragments of quote[from, to) that occur in text[start, end). */
function middleScore(
  text: string,
  start: number,
  end: number,
  quote: string,
  from: number,
  to: number,
): number {
  const count = Math.min(MAX_FRAGMENTS, Math.floor((to - from) / FRAGMENT_CHARS));
  if (count <= 0) return 1;
  const region = text.slice(start, end);
  const step = (to - from - FRAGMENT_CHARS) / Math.max(1, count - 1);
  let hits = 0;
  for (let i = 0; i < count; i++) {
    const at = from + Math.round(i * step);
    if (region.includes(quote.slice(at, at + FRAGMENT_CHARS))) hits++;
  }
  return hits / count;
}

export function matchLongQuote(text: string, quote: string, ctx: QuoteContext): ScoredMatch | null {
  const len = quote.length;
  const part = Math.min(PART_CHARS, Math.floor(len / 2));
  if (part === 0) return null;
  const maxErrors = Math.floor(part / 2);
  const heads = nearest(searchText(text, quote.slice(0, part), maxErrors), ctx.hint, MAX_ENDS);
  const tails = nearest(
    searchText(text, quote.slice(len - part), maxErrors),
    ctx.hint + len - part,
    MAX_ENDS,
  );
  // Editions differ by a page header here, a footnote there: allow a quarter.
  const tolerance = 64 + len / 4;
  const pairs: Pair[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      if (tail.start < head.end) continue;
      const drift = Math.abs(tail.end - head.start - len);
      if (drift <= tolerance) pairs.push({ head, tail, drift });
    }
  }
  pairs.sort((a, b) => a.head.errors + a.tail.errors - (b.head.errors + b.tail.errors) || a.drift - b.drift);
  let best: ScoredMatch | null = null;
  for (const { head, tail, drift } of pairs.slice(0, MAX_PAIRS)) {
    const ends = 1 - (head.errors + tail.errors) / (2 * part);
    const middle = middleScore(text, head.end, tail.start, quote, part, len - part);
    const quoteScore = Math.max(0, (2 * part * ends + (len - 2 * part) * middle) / len - drift / len);
    const score = matchScore(text, head.start, tail.end, quoteScore, ctx);
    if (!best || score > best.score) best = { start: head.start, end: tail.end, score };
  }
  return best;
}
