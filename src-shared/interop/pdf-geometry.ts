// Text-layer geometry both ways: which characters of a page a PDF
// annotation's QuadPoints cover, and the quads that cover a range of the
// text. Characters are placed within their pdf.js text item (whose start in
// the text PageSpan.items gives) by a rough width per character class: pdf.js
// gives an item's box, not its glyphs'. Everything is in PDF user space, so a
// page's /Rotate changes nothing, and rotated text is followed along its
// own direction.
import type { PageSpan } from '../model';

/** A pdf.js text item's string and geometry (the same items, in the same order, as PageSpan.items). */
export interface GlyphItem {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
  dir?: string;
}

type Point = readonly [number, number];

/**
 * Times-Roman's advances for ASCII 32..126 (per 1000 em, from its AFM):
 * report PDFs set Latin text in Times or a look-alike more often than not,
 * and proportions are all that matter within one item.
 */
const LATIN = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];

/** Relative advance of a character: CJK and full-width a full em, ASCII by Times's widths. */
function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1000;
  return LATIN[code - 32] ?? 500;
}

interface Frame {
  origin: Point;
  /** Unit vector along the writing direction, and across it (towards the top of the glyphs). */
  u: Point;
  v: Point;
  length: number;
  size: number;
  /** Where each character starts along the item (length + 1 entries, the last is `length`). */
  stops: number[];
}

function frameOf(item: GlyphItem): Frame {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const size = item.height || Math.hypot(c, d) || 1;
  let u: Point;
  let v: Point;
  let origin: Point = [e, f];
  if (item.dir === 'ttb') {
    u = [0, -1];
    v = [1, 0];
    origin = [e - size / 2, f];
  } else {
    const s = Math.hypot(a, b) || 1;
    u = [a / s, b / s];
    v = [-u[1], u[0]];
  }
  const length = item.dir === 'ttb' ? item.height || size * item.str.length : item.width;
  const chars = item.str.split('');
  const total = chars.reduce((sum, ch) => sum + advance(ch), 0) || 1;
  const stops = [0];
  let at = 0;
  for (const ch of chars) {
    at += (advance(ch) / total) * length;
    stops.push(at);
  }
  return { origin, u, v, length, size, stops };
}

function at(fr: Frame, along: number, across: number): Point {
  return [
    fr.origin[0] + fr.u[0] * along + fr.v[0] * across,
    fr.origin[1] + fr.u[1] * along + fr.v[1] * across,
  ];
}

/** Slack around a quad, in points: hand-drawn highlights stop a hair short of a glyph's centre. */
const SLACK = 1.5;

/** Points of a quad in order around it (producers disagree on the order), grown by SLACK. */
function hull(q: readonly number[], i: number): Point[] {
  const pts: Point[] = [0, 1, 2, 3].map((k) => [q[i + 2 * k] ?? 0, q[i + 2 * k + 1] ?? 0]);
  const cx = pts.reduce((s, p) => s + p[0], 0) / 4;
  const cy = pts.reduce((s, p) => s + p[1], 0) / 4;
  return pts
    .sort((p, r) => Math.atan2(p[1] - cy, p[0] - cx) - Math.atan2(r[1] - cy, r[0] - cx))
    .map(([x, y]) => [x + Math.sign(x - cx) * SLACK, y + Math.sign(y - cy) * SLACK] as const);
}

function inside(poly: readonly Point[], [x, y]: Point): boolean {
  let sign = 0;
  for (let k = 0; k < poly.length; k++) {
    const [x1, y1] = poly[k] ?? [0, 0];
    const [x2, y2] = poly[(k + 1) % poly.length] ?? [0, 0];
    const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
    if (Math.abs(cross) < 1e-9) continue;
    const s = Math.sign(cross);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return sign !== 0;
}

/**
 * The range of the text a set of quads covers on one page: from the first to
 * the last character whose centre lies in a quad; null when none does.
 */
export function quadsToRange(
  page: PageSpan,
  items: readonly GlyphItem[],
  quads: readonly number[],
): { start: number; end: number } | null {
  const polys: Point[][] = [];
  for (let i = 0; i + 8 <= quads.length; i += 8) polys.push(hull(quads, i));
  if (polys.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  items.forEach((item, i) => {
    const offset = page.items[i] ?? -1;
    if (offset < 0 || item.str.length === 0) return;
    const fr = frameOf(item);
    for (let k = 0; k < item.str.length; k++) {
      if (item.str.charAt(k).trim() === '') continue;
      const centre = at(fr, ((fr.stops[k] ?? 0) + (fr.stops[k + 1] ?? 0)) / 2, fr.size * 0.35);
      if (polys.some((p) => inside(p, centre))) {
        start = Math.min(start, offset + k);
        end = Math.max(end, offset + k + 1);
      }
    }
  });
  return Number.isFinite(start) ? { start, end } : null;
}

/** Top and bottom of a line's glyphs, in font sizes from the baseline. */
const ASCENT = 0.88;
const DESCENT = -0.22;

/**
 * Quads (8 numbers each: top-left, top-right, bottom-left, bottom-right, the
 * order readers write) covering text[start, end) on one page: one per text
 * item it touches.
 */
export function rangeToQuads(
  page: PageSpan,
  items: readonly GlyphItem[],
  start: number,
  end: number,
): number[] {
  const quads: number[] = [];
  items.forEach((item, i) => {
    const offset = page.items[i] ?? -1;
    if (offset < 0 || item.str.length === 0) return;
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + item.str.length) - offset;
    if (to <= from || item.str.slice(from, to).trim() === '') return;
    const fr = frameOf(item);
    const s0 = fr.stops[from] ?? 0;
    const s1 = fr.stops[to] ?? fr.length;
    const top = fr.size * ASCENT;
    const bottom = fr.size * DESCENT;
    for (const p of [at(fr, s0, top), at(fr, s1, top), at(fr, s0, bottom), at(fr, s1, bottom)])
      quads.push(...p);
  });
  return quads;
}

/** The bounding box [x0, y0, x1, y1] of quads (an annotation's /Rect must hold them). */
export function quadsBox(quads: readonly number[]): [number, number, number, number] {
  const xs = quads.filter((_, i) => i % 2 === 0);
  const ys = quads.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
