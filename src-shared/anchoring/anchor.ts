// Finding an annotation's place in the current text (Hypothesis's anchoring,
// for one text instead of a DOM):
//   exact   the quote is still at the target's offsets (with its context, or
//           the search below finds no better place);
//   moved   the quote occurs elsewhere, or differs only in whitespace, width or
//           Latin case (a .txt and a .pdf of one report): the occurrence whose
//           context fits best, the nearest to the old place on a tie;
//   fuzzy   an approximate match scoring at least MIN_FUZZY_SCORE;
//   orphan  nowhere (start = end = -1).
import type { AnchorStatus, TextTarget } from '../model';
import { foldString, foldText, toFolded, toOriginal, type FoldedText } from './folded';
import { bestExactMatch, matchQuote } from './match-quote';
import type { QuoteContext } from './score';

export interface Anchored {
  start: number;
  end: number;
  status: AnchorStatus;
}

/** Below this weighted score (0 to 1) a fuzzy match is not trusted. */
export const MIN_FUZZY_SCORE = 0.6;

const ORPHAN: Anchored = { start: -1, end: -1, status: 'orphan' };

function isQuoteAt(text: string, target: TextTarget): boolean {
  const { start, end, quote } = target;
  return (
    quote.length > 0 &&
    Number.isInteger(start) &&
    start >= 0 &&
    end - start === quote.length &&
    text.startsWith(quote, start)
  );
}

/**
 * The quote and its context unchanged at the offsets. The quote alone is not
 * enough: in an edited text, a short quote (`发展`) at the old offsets may be
 * another occurrence than the one annotated.
 */
function isExactAt(text: string, target: TextTarget): boolean {
  return (
    isQuoteAt(text, target) &&
    text.startsWith(target.suffix, target.end) &&
    target.start >= target.prefix.length &&
    text.startsWith(target.prefix, target.start - target.prefix.length)
  );
}

/** Whitespace at the quote's ends is dropped by folding: take it back when the text has it there too. */
function withEdges(text: string, start: number, end: number, quote: string): { start: number; end: number } {
  const lead = quote.length - quote.trimStart().length;
  const trail = quote.length - quote.trimEnd().length;
  if ((lead > 0 || trail > 0) && start >= lead && text.slice(start - lead, end + trail) === quote) {
    return { start: start - lead, end: end + trail };
  }
  return { start, end };
}

function anchorFolded(f: FoldedText, target: TextTarget): Anchored {
  const quote = foldString(target.quote);
  if (quote.length === 0) return ORPHAN;
  const ctx: QuoteContext = {
    prefix: foldString(target.prefix),
    suffix: foldString(target.suffix),
    hint: toFolded(f, Math.max(0, target.start)),
  };
  const exact = bestExactMatch(f.folded, quote, ctx);
  if (exact) {
    const r = toOriginal(f, exact.start, exact.end);
    return { ...withEdges(f.text, r.start, r.end, target.quote), status: 'moved' };
  }
  const fuzzy = matchQuote(f.folded, quote, ctx);
  if (fuzzy && fuzzy.score >= MIN_FUZZY_SCORE && fuzzy.end > fuzzy.start) {
    return { ...toOriginal(f, fuzzy.start, fuzzy.end), status: 'fuzzy' };
  }
  return ORPHAN;
}

// The text last folded: the reader places every annotation of one document in turn.
let cached: FoldedText | null = null;

function folded(text: string): FoldedText {
  if (cached?.text !== text) cached = foldText(text);
  return cached;
}

/** Where `target` is in `text` now, and how it was found. */
export function anchor(text: string, target: TextTarget): Anchored {
  if (isExactAt(text, target)) return { start: target.start, end: target.end, status: 'exact' };
  const found = anchorFolded(folded(text), target);
  const inPlace = found.start === target.start && found.end === target.end && isQuoteAt(text, target);
  return inPlace ? { ...found, status: 'exact' } : found;
}

/** `anchor` for many targets on one text (the text is folded at most once). */
export function anchorAll(text: string, targets: readonly TextTarget[]): Anchored[] {
  return targets.map((t) => anchor(text, t));
}
