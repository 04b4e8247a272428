// Kinds of blocks, decided the same way for text files and PDFs: the
// document's title, headings (from their numbering), paragraphs.
import type { Block } from '../model';
import { endsSentence, isClausePunct, skipSpaceBackward, skipSpaceForward } from './chars';
import { detectHeading, matchHeadingMarker } from './outline';

/** Longest first block taken as the document's title (characters). */
export const TITLE_MAX_CHARS = 80;

const NOT_IN_TITLE = /[，。；！？,;!?]/;

/**
 * Whether text[start, end) reads as a title: short, no numbering, not a
 * sentence and not a clause (`2021 年湖南省衡阳市人民政府工作报告`, not
 * `各位代表：` or `全市 GDP 总量，突破`).
 */
export function isTitleLike(text: string, start: number, end: number): boolean {
  const s = skipSpaceForward(text, start, end);
  const e = skipSpaceBackward(text, s, end);
  if (e === s || e - s > TITLE_MAX_CHARS) return false;
  if (endsSentence(text, s, e) || isClausePunct(text.charAt(e - 1))) return false;
  if (NOT_IN_TITLE.test(text.slice(s, e))) return false;
  return matchHeadingMarker(text, s, e) === null;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Blocks for the given ranges (trimmed, non-empty, in order): the first is
 * the title when it reads as one; whole-block headings get their level.
 */
export function classifyBlocks(text: string, ranges: readonly Range[]): Block[] {
  const blocks: Block[] = [];
  ranges.forEach(({ start, end }, i) => {
    if (i === 0 && isTitleLike(text, start, end)) {
      blocks.push({ start, end, kind: 'title' });
      return;
    }
    const heading = detectHeading(text, start, end);
    if (heading?.whole) blocks.push({ start, end, kind: 'heading', level: heading.level });
    else blocks.push({ start, end, kind: 'paragraph' });
  });
  return blocks;
}

/** Splits text at '\n' into trimmed, non-empty ranges. */
export function splitLines(text: string): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const s = skipSpaceForward(text, from, to);
    const e = skipSpaceBackward(text, s, to);
    if (e > s) ranges.push({ start: s, end: e });
    from = to + 1;
  }
  return ranges;
}
