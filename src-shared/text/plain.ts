// The text model of a plain-text document (.txt, or .docx through mammoth's
// raw text). Lines are trimmed and blank lines dropped; a paragraph that a
// PDF-to-text conversion broke at a page end (`“八大工` / `程”推进……`) is
// joined again.
import { TEXT_MODEL_VERSION, type TextModel } from '../model';
import {
  cannotEndLine,
  cannotStartLine,
  endsSentence,
  isClausePunct,
  isHanCode,
  isSpaceCode,
  joinSeparator,
} from './chars';
import { classifyBlocks, isTitleLike, type Range } from './blocks';
import { buildOutline, detectHeading, matchHeadingMarker } from './outline';

/** A line at most this long without any clause punctuation is a label (a byline, a date): never joined. */
const LABEL_MAX_CHARS = 60;

/** Non-empty lines, trimmed of whitespace (U+3000, NBSP, BOM included); CRLF and CR count as line ends. */
export function splitTrimmedLines(raw: string): string[] {
  const lines: string[] = [];
  let from = 0;
  const n = raw.length;
  while (from <= n) {
    let to = from;
    while (to < n) {
      const c = raw.charCodeAt(to);
      if (c === 0x0a || c === 0x0d) break;
      to++;
    }
    let s = from;
    let e = to;
    while (s < e && isSpaceCode(raw.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(raw.charCodeAt(e - 1))) e--;
    if (e > s) lines.push(raw.slice(s, e));
    from = raw.charCodeAt(to) === 0x0d && raw.charCodeAt(to + 1) === 0x0a ? to + 2 : to + 1;
  }
  return lines;
}

/**
 * A short Chinese line without any clause punctuation: a byline, a date, a
 * source, an unnumbered heading (`结束语`). Chinese prose has a comma every
 * dozen characters or so, so a paragraph fragment rarely looks like this.
 */
function isLabel(line: string): boolean {
  if (line.length > LABEL_MAX_CHARS) return false;
  let han = false;
  for (let i = 0; i < line.length; i++) {
    if (i < line.length - 1 && isClausePunct(line.charAt(i))) return false;
    han ||= isHanCode(line.charCodeAt(i));
  }
  return han;
}

/**
 * Whether `next` continues the paragraph `prev` (both trimmed): `prev` does not
 * end a sentence, neither is a heading, and `prev` is not a short label.
 */
export function continuesParagraph(prev: string, next: string, prevIsFirst: boolean): boolean {
  if (prevIsFirst && isTitleLike(prev, 0, prev.length)) return false;
  if (splitsDecimal(prev, next)) return true;
  if (matchHeadingMarker(next, 0, next.length)) return false;
  if (prev.length <= LABEL_MAX_CHARS && detectHeading(prev, 0, prev.length)?.whole) return false;
  if (cannotStartLine(next.charAt(0))) return true;
  if (endsSentence(prev)) return false;
  if (cannotEndLine(prev.charAt(prev.length - 1))) return true;
  return !isLabel(prev);
}

/**
 * `其中高速公路3.` / `3万公里`: a decimal number broken at the line's end (its
 * point is no full stop): digits written against the words before, and a unit
 * or a sign against the digits after, not a space (`by 3.` / `3 cases`).
 */
function splitsDecimal(prev: string, next: string): boolean {
  return /(?:^|[^\s0-9])[0-9]+[.．]$/u.test(prev) && /^[0-9]+(?:[^\s0-9A-Za-z.,;:!?]|$)/u.test(next);
}

/** Lines regrouped into paragraphs. */
export function repairParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    if (current !== null && continuesParagraph(current, line, paragraphs.length === 0)) {
      const separator = splitsDecimal(current, line)
        ? ''
        : joinSeparator(current.charCodeAt(current.length - 1), line.charCodeAt(0));
      current += separator + line;
      continue;
    }
    if (current !== null) paragraphs.push(current);
    current = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

export function buildTextModel(raw: string): TextModel {
  const paragraphs = repairParagraphs(splitTrimmedLines(raw));
  const ranges: Range[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    ranges.push({ start: offset, end: offset + p.length });
    offset += p.length + 1;
  }
  const text = paragraphs.join('\n');
  const blocks = classifyBlocks(text, ranges);
  return { version: TEXT_MODEL_VERSION, text, blocks, outline: buildOutline(text, blocks) };
}
