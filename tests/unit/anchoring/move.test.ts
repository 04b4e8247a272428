// The move of notes between two editions of one report: targets made on the
// .txt sample placed in the .pdf's text, and the other way round. The two
// texts differ in spaces and line breaks only (`2021 年` / `2021年`, lines
// joined inside paragraphs), so "the same characters" is checked as the same
// offset in the whitespace-free folded text, where the two agree.
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, type Anchored } from '../../../src-shared/anchoring/anchor';
import { describeRange, pageAt } from '../../../src-shared/anchoring/describe';
import { foldText, toFolded, type FoldedText } from '../../../src-shared/anchoring/folded';
import type { AnchorStatus, TextModel, TextTarget } from '../../../src-shared/model';
import { hengyangPdf, hengyangTxt } from './hengyang';

/** [quote, which occurrence]: short phrases, numbers, repeated phrases. */
const PHRASES: Array<[string, number]> = [
  ['各位代表：', 0],
  ['113.87 亿元', 0],
  ['年均增长 7.4%', 0],
  ['3500 亿元', 0],
  ['72.97%', 0],
  ['“十三五”', 2],
  ['衡阳', 10],
  ['衡阳', 60],
  ['人才雁阵', 0],
  ['三馆两中心', 0],
  ['X+3+2', 0],
  ['二〇三五年', 1],
  ['坚持稳中求进工作总基调', 1],
  ['GDP', 3],
  ['5G', 2],
];

/** The i-th occurrence of a folded needle, as a range of the original text. */
function occurrence(f: FoldedText, needle: string, nth: number): { start: number; end: number } {
  const folded = foldText(needle).folded;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = f.folded.indexOf(folded, at + 1);
  if (at < 0) throw new Error(`not found: ${needle} #${nth}`);
  return { start: f.origin[at] ?? 0, end: (f.origin[at + folded.length - 1] ?? 0) + 1 };
}

/** About thirty targets over a model: phrases, sentences, headings, paragraph boundaries, a long passage. */
function targetsIn(model: TextModel): TextTarget[] {
  const f = foldText(model.text);
  const ranges: Array<{ start: number; end: number }> = PHRASES.map(([q, n]) => occurrence(f, q, n));
  // The second sentence of paragraphs spread over the document.
  const paragraphs = model.blocks.filter((b) => b.kind === 'paragraph' && b.end - b.start > 120);
  for (const i of [2, 9, 17, 26, 35, 44, 52]) {
    const b = paragraphs[i];
    if (!b) continue;
    const first = model.text.indexOf('。', b.start) + 1;
    const second = model.text.indexOf('。', first) + 1;
    ranges.push({ start: first, end: second });
  }
  for (const i of [0, 8, 9, 20]) {
    const h = model.outline[i];
    if (h) ranges.push({ start: h.start, end: h.start + 12 });
  }
  // Across a paragraph boundary.
  for (const i of [6, 21, 40]) {
    const a = paragraphs[i];
    if (a) ranges.push({ start: a.end - 15, end: a.end + 15 });
  }
  // Many pages.
  const from = paragraphs[5];
  const to = paragraphs[30];
  if (from && to) ranges.push({ start: from.start + 3, end: to.end });
  return ranges.map((r) => describeRange(model.text, r.start, r.end, pageAt(model.pages, r.start)));
}

interface MoveResult {
  counts: Record<AnchorStatus, number>;
  misplaced: string[];
}

/** Anchors targets of `from` in `to`; a placement is right when it starts at the same folded offset with the same folded text. */
function move(from: TextModel, to: TextModel, targets: TextTarget[], found: Anchored[]): MoveResult {
  const ff = foldText(from.text);
  const ft = foldText(to.text);
  const counts: Record<AnchorStatus, number> = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  const misplaced: string[] = [];
  targets.forEach((t, i) => {
    const r = found[i];
    if (!r) return;
    counts[r.status]++;
    const same =
      r.status !== 'orphan' &&
      toFolded(ft, r.start) === toFolded(ff, t.start) &&
      foldText(to.text.slice(r.start, r.end)).folded === foldText(t.quote).folded;
    if (!same) misplaced.push(`${r.status} ${t.quote.slice(0, 20)}`);
  });
  return { counts, misplaced };
}

describe('moving notes between the .txt and the .pdf of one report', () => {
  const txt = hengyangTxt();
  const pdf = hengyangPdf();

  it('starts from two editions that differ only in whitespace', () => {
    expect(txt.text).not.toBe(pdf.text);
    expect(foldText(pdf.text).folded).toBe(foldText(txt.text).folded);
  });

  it('places every .txt target at the same characters of the .pdf text', () => {
    const targets = targetsIn(txt);
    expect(targets.length).toBeGreaterThanOrEqual(30);
    const { counts, misplaced } = move(txt, pdf, targets, anchorAll(pdf.text, targets));
    expect(misplaced).toEqual([]);
    expect(counts).toEqual({ exact: 0, moved: 30, fuzzy: 0, orphan: 0 });
  });

  it('places every .pdf target at the same characters of the .txt text', () => {
    const targets = targetsIn(pdf);
    expect(targets.every((t) => t.page !== undefined && t.page >= 1 && t.page <= 17)).toBe(true);
    const { counts, misplaced } = move(pdf, txt, targets, anchorAll(txt.text, targets));
    expect(misplaced).toEqual([]);
    expect(counts).toEqual({ exact: 0, moved: 30, fuzzy: 0, orphan: 0 });
  });

  it('still places them when the .pdf edition also revised a few figures (fuzzy)', () => {
    const revised = pdf.text.replace('113.87', '113.78').replace('人才雁阵', '人才雁群');
    const t1 = describeRange(txt.text, ...range(txt.text, '地方税收收入达 113.87 亿元'));
    const t2 = describeRange(txt.text, ...range(txt.text, '深入实施“人才雁阵”行动计划'));
    const [r1, r2] = [anchor(revised, t1), anchor(revised, t2)];
    expect(r1?.status).toBe('fuzzy');
    expect(revised.slice(r1.start, r1.end)).toBe('地方税收收入达 113.78 亿元');
    expect(r2?.status).toBe('fuzzy');
    expect(revised.slice(r2.start, r2.end)).toBe('深入实施“人才雁群”行动计划');
  });

  it('orphans a .txt target whose passage the .pdf edition dropped', () => {
    const t = describeRange(txt.text, ...range(txt.text, '民生支出占财政支出比重提高到72.97%。'));
    const dropped = pdf.text.replace(/民生支出占财政支出比重提高到\s*72\.97%。/, '');
    expect(dropped).not.toBe(pdf.text);
    expect(anchor(dropped, t).status).toBe('orphan');
  });
});

function range(text: string, quote: string): [number, number] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not found: ${quote}`);
  return [at, at + quote.length];
}
