// A selection as a target: offsets for speed, the quote with its context to
// find it again when the text changes (Hypothesis's TextPositionSelector plus
// TextQuoteSelector in one record).
import { CONTEXT_CHARS, type PageSpan, type TextTarget } from '../model';

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The target for text[start, end), with up to CONTEXT_CHARS of context on each side. */
export function describeRange(text: string, start: number, end: number, page?: number): TextTarget {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = Math.max(0, s - CONTEXT_CHARS);
  let to = Math.min(text.length, e + CONTEXT_CHARS);
  // Context never starts or ends with half of a surrogate pair.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  const target: TextTarget = {
    start: s,
    end: e,
    quote: text.slice(s, e),
    prefix: text.slice(from, s),
    suffix: text.slice(e, to),
  };
  if (page !== undefined) target.page = page;
  return target;
}

/** The 1-based page holding `offset` (the last page starting at or before it); undefined without pages. */
export function pageAt(pages: readonly PageSpan[] | undefined, offset: number): number | undefined {
  if (!pages || pages.length === 0) return undefined;
  let lo = 0;
  let hi = pages.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((pages[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found + 1;
}
