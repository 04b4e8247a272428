// Synthetic pdf.js text items for the PDF tests.
import type { PdfPageInput, PdfTextItem } from '../../../src-shared/text/pdf-lines';

export interface ItemOptions {
  size?: number;
  width?: number;
  eol?: boolean;
  dir?: string;
}

/** A horizontal item at (x, y), as wide as its characters at `size` (CJK full width, others half). */
export function item(str: string, x: number, y: number, opts: ItemOptions = {}): PdfTextItem {
  const size = opts.size ?? 12;
  const width = opts.width ?? [...str].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? size : size / 2), 0);
  return {
    str,
    hasEOL: opts.eol ?? false,
    transform: [size, 0, 0, size, x, y],
    width,
    height: str ? size : 0,
    dir: opts.dir ?? 'ltr',
  };
}

/** The empty item pdf.js puts where it saw a line break. */
export function eol(x: number, y: number, size = 12): PdfTextItem {
  return { str: '', hasEOL: true, transform: [size, 0, 0, size, x, y], width: 0, height: 0, dir: 'ltr' };
}

export interface LineSpec {
  text: string;
  x?: number;
  size?: number;
}

/**
 * A page of lines from the top (y = 780) down, 21 pt apart, left margin 63;
 * each line one item, ending with hasEOL except the page's last.
 */
export function page(
  lines: Array<LineSpec | string>,
  opts: { top?: number; advance?: number } = {},
): PdfPageInput {
  const top = opts.top ?? 780;
  const advance = opts.advance ?? 21;
  const items = lines.map((spec, i) => {
    const { text, x = 63, size = 12 } = typeof spec === 'string' ? { text: spec } : spec;
    return item(text, x, top - i * advance, { size, eol: i < lines.length - 1 });
  });
  return { width: 595, height: 842, items };
}

/** A full body line (35 CJK characters = 420 pt, from 63 to 483). */
export function full(prefix: string, fill = '文'): string {
  return prefix + fill.repeat(Math.max(0, 35 - prefix.length));
}
