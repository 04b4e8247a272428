// Placing a quote in a text (both already folded): among exact occurrences the
// one whose context fits best, nearest the old place on a tie; else the best
// approximate match, scored on quote, context and position.
import { matchLongQuote } from './match-long-quote';
import { matchScore, nearest, contextScore, type QuoteContext, type ScoredMatch } from './score';
import { exactMatches, searchText } from './search';

/** Candidates scored at most: the ones nearest the old place (a one-character quote can occur thousands of times). */
export const MAX_CANDIDATES = 1000;
/** Quotes longer than this are matched by their two ends (see match-long-quote.ts). */
export const LONG_QUOTE_CHARS = 1000;
/** The most edits a fuzzy match may have: half the quote, and never more than this. */
export const MAX_ERRORS = 256;

/** The exact occurrence of `quote` whose context fits best (score = context fit), or null. */
export function bestExactMatch(text: string, quote: string, ctx: QuoteContext): ScoredMatch | null {
  const candidates = nearest(exactMatches(text, quote), ctx.hint, MAX_CANDIDATES);
  let best: ScoredMatch | null = null;
  let bestDistance = Infinity;
  for (const m of candidates) {
    const score = contextScore(text, m.start, m.end, ctx);
    const distance = Math.abs(m.start - ctx.hint);
    // Context decides; the old position only breaks ties.
    if (
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) <= 1e-9 && distance < bestDistance)
    ) {
      best = { start: m.start, end: m.end, score };
      bestDistance = distance;
    }
  }
  return best;
}

/** The best approximate match of `quote`, or null when nothing is within MAX_ERRORS (or half the quote). */
export function matchQuote(text: string, quote: string, ctx: QuoteContext): ScoredMatch | null {
  if (quote.length === 0) return null;
  if (quote.length > LONG_QUOTE_CHARS) return matchLongQuote(text, quote, ctx);
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length / 2));
  const matches = nearest(searchText(text, quote, maxErrors), ctx.hint, MAX_CANDIDATES);
  let best: ScoredMatch | null = null;
  for (const m of matches) {
    const score = matchScore(text, m.start, m.end, 1 - m.errors / quote.length, ctx);
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
