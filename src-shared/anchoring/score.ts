// How well a candidate place fits a target, weighted as Hypothesis's
// match-quote.ts does: the quote counts most, then the context on either
// side, then (a tie-breaker) closeness to where the target used to be.
import { similarity } from './search';

/** A target's context and old place, folded like the text searched. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote started, as an offset of the text searched. */
  hint: number;
}

export interface ScoredMatch {
  start: number;
  end: number;
  /** 0 to 1. */
  score: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

// No context means the quote was at an end of its text: a full fit only at an end here too.
const MISSING_CONTEXT_SCORE = 0.5;

export function prefixScore(text: string, start: number, ctx: QuoteContext): number {
  if (ctx.prefix.length === 0) return start === 0 ? 1 : MISSING_CONTEXT_SCORE;
  return similarity(text.slice(Math.max(0, start - ctx.prefix.length), start), ctx.prefix);
}

export function suffixScore(text: string, end: number, ctx: QuoteContext): number {
  if (ctx.suffix.length === 0) return end === text.length ? 1 : MISSING_CONTEXT_SCORE;
  return similarity(text.slice(end, end + ctx.suffix.length), ctx.suffix);
}

/** Prefix and suffix fit, 0 to 1. */
export function contextScore(text: string, start: number, end: number, ctx: QuoteContext): number {
  return (prefixScore(text, start, ctx) + suffixScore(text, end, ctx)) / 2;
}

/** The weighted score of text[start, end) whose likeness to the quote is `quoteScore` (0 to 1). */
export function matchScore(
  text: string,
  start: number,
  end: number,
  quoteScore: number,
  ctx: QuoteContext,
): number {
  const position = text.length === 0 ? 1 : 1 - Math.abs(start - ctx.hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore(text, start, ctx) +
    SUFFIX_WEIGHT * suffixScore(text, end, ctx) +
    POSITION_WEIGHT * position;
  return raw / TOTAL_WEIGHT;
}

/** The `max` items starting nearest to `hint`, in their original order. */
export function nearest<T extends { start: number }>(items: readonly T[], hint: number, max: number): T[] {
  if (items.length <= max) return [...items];
  const ranked = items.map((item, i) => ({ i, d: Math.abs(item.start - hint) }));
  ranked.sort((a, b) => a.d - b.d || a.i - b.i);
  const keep = new Set(ranked.slice(0, max).map((r) => r.i));
  return items.filter((_, i) => keep.has(i));
}
