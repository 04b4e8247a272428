// Headings from Chinese report numbering at the start of a block:
//   level 1  一、        level 2  （一） (一)
//   level 3  1.  1、 １．  level 4  （1） (1)
// A heading is either a whole short block or run-in: the first sentence of a
// paragraph (`（一）应对大战大考，……取得重大成果。众志成城……`).
import type { Block, OutlineItem } from '../model';
import { skipSpaceBackward, skipSpaceForward } from './chars';

/** Longest block that can be a heading on its own (characters). */
export const HEADING_MAX_CHARS = 60;
/** A run-in heading must end (。 or ：…) within this many characters. */
export const RUN_IN_MAX_CHARS = 120;
/** Outline titles longer than this are cut with an ellipsis. */
export const TITLE_MAX_CHARS = 60;

const CN = '(?:二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const AR = '(?:[0-9]{1,2}|[０-９]{1,2})';

// Sticky, so they test a position of a long text without slicing it. None can
// backtrack more than a few characters.
const MARKERS: ReadonlyArray<{ level: number; re: RegExp }> = [
  // `一、` but not the start of a list of numerals (`一、二产业`).
  { level: 1, re: new RegExp(`${CN}[、．](?!${CN}[、．])`, 'y') },
  { level: 2, re: new RegExp(`[（(][ \\u3000]?${CN}[ \\u3000]?[）)]`, 'y') },
  // `1.` / `1、` / `１．`, but not a decimal (`1.7万`) or a section number (`1.2.`).
  { level: 3, re: new RegExp(`${AR}(?:[.．](?![0-9０-９])|、)`, 'y') },
  { level: 4, re: new RegExp(`[（(][ \\u3000]?${AR}[ \\u3000]?[）)]`, 'y') },
];

export interface HeadingMarker {
  level: number;
  /** Offset just past the numbering. */
  end: number;
}

/** The numbering that starts text[start, end), if any, and its heading level. */
export function matchHeadingMarker(text: string, start: number, end: number): HeadingMarker | null {
  for (const { level, re } of MARKERS) {
    re.lastIndex = start;
    if (re.test(text) && re.lastIndex < end) {
      // Something must follow the numbering; after Arabic numbering not a digit (`1、2、3`).
      const next = skipSpaceForward(text, re.lastIndex, end);
      if (next >= end || (level >= 3 && /[0-9０-９]/.test(text.charAt(next)))) return null;
      return { level, end: re.lastIndex };
    }
  }
  return null;
}

const HEADING_END = new Set([...'。！？；：!?;:']);

export interface Heading {
  level: number;
  /** Offset one past the heading's text. */
  end: number;
  /** The heading is the whole block (otherwise it runs in to a paragraph). */
  whole: boolean;
}

/** Detects a heading at the start of the block text[start, end) (already trimmed). */
export function detectHeading(text: string, start: number, end: number): Heading | null {
  const marker = matchHeadingMarker(text, start, end);
  if (!marker) return null;
  const restated = restatedAt(text, marker.end, Math.min(end, start + HEADING_MAX_CHARS));
  if (restated > 0) return { level: marker.level, end: restated, whole: false };
  const limit = Math.min(end, start + RUN_IN_MAX_CHARS);
  let stop = -1;
  for (let i = marker.end; i < limit; i++) {
    if (HEADING_END.has(text.charAt(i))) {
      stop = i + 1;
      break;
    }
  }
  // Closing quotes or brackets after the mark belong to the heading.
  const rest = stop < 0 ? end : skipClosing(text, stop, end);
  if (end - start <= HEADING_MAX_CHARS && rest >= end) {
    return { level: marker.level, end, whole: true };
  }
  if (stop < 0) return null;
  return { level: marker.level, end: rest, whole: false };
}

/** Characters the body must repeat of the heading's start to be told apart from it. */
const RESTATE_CHARS = 4;

/**
 * Where the body starts when it runs on, with no punctuation, from a heading
 * whose words it restates (`三、2021年工作安排2021年是……`, `一、“十三五”时期
 * 及2020年工作回顾“十三五”时期，是……`, as PDFs set a heading and its
 * paragraph on one line): the first place, before any comma or sentence end,
 * that repeats the heading's first characters; -1 when there is none.
 */
function restatedAt(text: string, from: number, limit: number): number {
  const s = skipSpaceForward(text, from, limit);
  // A short window: detectHeading runs on every numbered block of texts of megabytes.
  const window = text.slice(s, limit);
  const head = window.slice(0, RESTATE_CHARS);
  // A run of one character (`长长长…`) restates nothing.
  if (head.length < RESTATE_CHARS || /\s/.test(head) || window.startsWith(head, 1)) return -1;
  const at = window.indexOf(head, RESTATE_CHARS + 2);
  if (at < 0) return -1;
  for (let i = 0; i < at; i++) {
    const ch = window.charAt(i);
    if (HEADING_END.has(ch) || ch === '，' || ch === ',') return -1;
  }
  return s + at;
}

function skipClosing(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && '”’」』）)'.includes(text.charAt(i))) i++;
  return i;
}

/** A heading's text as the outline shows it: trimmed, spaces collapsed, without the final 。/：, capped. */
export function outlineTitle(text: string, start: number, end: number): string {
  const stop = Math.min(end, text.length);
  const s = skipSpaceForward(text, start, stop);
  let e = skipSpaceBackward(text, s, stop);
  if (e - s > 1 && HEADING_END.has(text.charAt(e - 1))) e--;
  const title = text.slice(s, e).replace(/\s+/g, ' ');
  return title.length > TITLE_MAX_CHARS ? `${title.slice(0, TITLE_MAX_CHARS - 1)}…` : title;
}

/** The outline in reading order: heading blocks, and run-in headings of paragraphs. */
export function buildOutline(text: string, blocks: readonly Block[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level !== undefined) {
      items.push({
        title: outlineTitle(text, block.start, block.end),
        level: block.level,
        start: block.start,
        end: block.end,
      });
    } else if (block.kind === 'paragraph') {
      const heading = detectHeading(text, block.start, block.end);
      if (heading && !heading.whole) {
        items.push({
          title: outlineTitle(text, block.start, heading.end),
          level: heading.level,
          start: block.start,
          end: heading.end,
        });
      }
    }
  }
  return items;
}
