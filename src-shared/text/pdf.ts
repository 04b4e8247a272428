// The text model of a PDF: the concatenation of pdf.js text items, with
// nothing, a space or '\n' between lines as their geometry says. The reader's
// text layer shows the same items, so `pages[p].items[i]` (where item i
// starts in the text) is how a highlight finds its spans.
import { TEXT_MODEL_VERSION, type PageSpan, type TextModel } from '../model';
import { cannotEndLine, cannotStartLine, endsSentence, joinSeparator } from './chars';
import { classifyBlocks, splitLines } from './blocks';
import { buildOutline, matchHeadingMarker } from './outline';
import {
  groupLines,
  measureLayout,
  medianLineGap,
  type Layout,
  type PdfLine,
  type PdfPageInput,
} from './pdf-lines';
import { marginalLines } from './pdf-marginal';

export type { PdfPageInput, PdfTextItem } from './pdf-lines';

/** What the paragraph decision knows about the whole document. */
interface Context {
  layouts: Layout[];
  /** Usual line advance in font sizes, or null when unknown. */
  gap: number | null;
  /** Whether paragraphs here start with an indented first line. */
  usesIndent: boolean;
}

function indentOf(line: PdfLine, layout: Layout): number {
  return (line.start - layout.margin) / line.size;
}

function isShort(line: PdfLine, layout: Layout): boolean {
  return line.end < layout.right - Math.max(2 * line.size, 0.1 * (layout.right - layout.margin));
}

function isVeryShort(line: PdfLine, layout: Layout): boolean {
  return line.end < layout.right - (layout.right - layout.margin) / 3;
}

/**
 * Whether `next` starts a new paragraph after `prev`: a change of font size
 * or direction, an indented first line, a short line that ends a sentence, a
 * very short line, a heading's numbering after a sentence, or a large
 * vertical gap. Across a page or column break the gap says nothing; there a
 * full last line that ends a sentence still runs on into a first line that is
 * not indented, unless this document does not indent its paragraphs.
 */
function startsParagraph(prev: PdfLine, next: PdfLine, ctx: Context): boolean {
  if (prev.vertical !== next.vertical) return true;
  const size = Math.max(prev.size, next.size);
  if (Math.abs(prev.size - next.size) > 0.15 * size) return true;
  const prevLayout = ctx.layouts[prev.page] ?? { margin: prev.start, right: prev.end };
  const nextLayout = ctx.layouts[next.page] ?? { margin: next.start, right: next.end };
  const flowBreak = next.page !== prev.page || next.cross > prev.cross;
  const ends = endsSentence(prev.text);
  const short = isShort(prev, prevLayout);
  if (indentOf(next, nextLayout) > 0.8) {
    if (flowBreak || ends || next.start > prev.start + 0.5 * size) return true;
  }
  if (short && (ends || matchHeadingMarker(prev.text, 0, prev.text.length))) return true;
  // A line ended far before the edge was ended on purpose: a title, a byline, a heading.
  if (
    isVeryShort(prev, prevLayout) &&
    !cannotEndLine(prev.text.slice(-1)) &&
    !cannotStartLine(next.text.charAt(0))
  )
    return true;
  if (ends && matchHeadingMarker(next.text, 0, next.text.length)) return true;
  if (flowBreak) return ends && !ctx.usesIndent;
  return ctx.gap !== null && (prev.cross - next.cross) / size > ctx.gap * 1.3;
}

function countIndented(pages: readonly PdfLine[][], layouts: readonly Layout[]): number {
  let n = 0;
  pages.forEach((lines, p) => {
    const layout = layouts[p];
    if (!layout) return;
    for (const line of lines) {
      const indent = indentOf(line, layout);
      if (indent > 0.8 && indent < 4) n++;
    }
  });
  return n;
}

function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

/** Control characters in an item become spaces: same length, so offsets inside a span still hold. */
export function cleanItemText(str: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < str.length; i++) {
    if (isControl(str.charCodeAt(i))) {
      out += `${str.slice(from, i)} `;
      from = i + 1;
    }
  }
  return from === 0 ? str : out + str.slice(from);
}

export function buildPdfTextModel(pages: readonly PdfPageInput[]): TextModel {
  const linesByPage = pages.map((page, p) => groupLines(page, p));
  const docLayout = measureLayout(linesByPage.flat());
  const layouts = linesByPage.map((lines, p) => measureLayout(lines, docLayout, pages[p]?.width));
  const gap = medianLineGap(linesByPage);
  const ctx: Context = { layouts, gap, usesIndent: countIndented(linesByPage, layouts) >= 2 };
  const skip = marginalLines(linesByPage, gap);

  const parts: string[] = [];
  let length = 0;
  let lastCode = Number.NaN;
  const append = (s: string) => {
    if (s.length === 0) return;
    parts.push(s);
    length += s.length;
    lastCode = s.charCodeAt(s.length - 1);
  };
  const spans: PageSpan[] = [];
  let prev: PdfLine | null = null;
  pages.forEach((page, p) => {
    const items = new Array<number>(page.items.length).fill(-1);
    const lines = linesByPage[p] ?? [];
    let start = -1;
    for (const line of lines) {
      if (skip.has(line)) continue;
      const firstStr = page.items[line.first]?.str ?? '';
      if (prev)
        append(startsParagraph(prev, line, ctx) ? '\n' : joinSeparator(lastCode, firstStr.charCodeAt(0)));
      if (start < 0) start = length;
      for (let i = line.first; i <= line.last; i++) {
        const str = page.items[i]?.str ?? '';
        if (str.length === 0) continue;
        items[i] = length;
        append(cleanItemText(str));
      }
      prev = line;
    }
    spans.push({ start: start < 0 ? length : start, end: length, items });
  });

  const text = parts.join('');
  const blocks = classifyBlocks(text, splitLines(text));
  return { version: TEXT_MODEL_VERSION, text, blocks, pages: spans, outline: buildOutline(text, blocks) };
}
