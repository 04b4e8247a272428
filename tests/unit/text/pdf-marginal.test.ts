import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../src-shared/text/pdf-lines';
import { isPageNumberText, marginalLines } from '../../../src-shared/text/pdf-marginal';

const line = (page: number, cross: number, text: string, start = 63, end = 533): PdfLine => ({
  page,
  first: 0,
  last: 0,
  start,
  end,
  cross,
  size: 12,
  vertical: false,
  text,
});

/** A page of body lines 21 pt apart from y = 700 down. */
const body = (page: number, n = 3) =>
  Array.from({ length: n }, (_, i) => line(page, 700 - 21 * i, `第${page}页正文${i}，继续`));

describe('isPageNumberText', () => {
  it.each([
    '3',
    '12',
    '— 3 —',
    '- 3 -',
    '－3－',
    '·3·',
    '第 3 页',
    '第3页 共17页',
    '3/17',
    '３',
    'xiv',
    '- iv -',
  ])('%j is a page number', (s) => expect(isPageNumberText(s)).toBe(true));
  it.each(['3 月', '第三页', '3.5', '一', '12345', '图 3', 'PREFACE', 'mixed'])('%j is not', (s) => {
    expect(isPageNumberText(s)).toBe(false);
  });
});

describe('marginalLines', () => {
  it('finds a number set apart at the bottom or the top of a page', () => {
    const footer = line(0, 40, '— 3 —', 290, 320);
    const header = line(1, 800, '4', 295, 301);
    const found = marginalLines(
      [
        [...body(0), footer],
        [header, ...body(1)],
      ],
      1.75,
    );
    expect(found).toEqual(new Set([footer, header]));
  });
  it('keeps a number that is part of the text flow', () => {
    const flow = [...body(0), line(0, 637, '16', 63, 75)];
    expect(marginalLines([flow], 1.75).size).toBe(0);
  });
  it('takes a lone number on a page for a page number, but not a lone line of text', () => {
    expect(marginalLines([[line(0, 40, '7')]], null).size).toBe(1);
    expect(marginalLines([[line(0, 700, '正文')]], null).size).toBe(0);
  });
  it('finds running headers and footers repeated on three pages, page numbers aside', () => {
    const pages = [0, 1, 2, 3].map((p) => [
      line(p, 800, `${['xiii', 'xiv', 'xv', 'xvi'][p]} PREFACE`),
      ...body(p),
      line(p, 40, '<http://free-culture.org/get-it>'),
    ]);
    const found = marginalLines(pages, 1.75);
    expect(found.size).toBe(8);
    for (const l of found) expect(l.text).toMatch(/PREFACE|free-culture/);
  });
  it('keeps a top line that repeats on only two pages', () => {
    const pages = [0, 1, 2].map((p) => [line(p, 800, p < 2 ? '各位代表' : '其他'), ...body(p)]);
    expect(marginalLines(pages, 1.75).size).toBe(0);
  });
  it('keeps lines at normal spacing even when they repeat', () => {
    const pages = [0, 1, 2].map((p) => [line(p, 721, '重复的行'), ...body(p)]);
    expect(marginalLines(pages, 1.75).size).toBe(0);
  });
});

describe('marginalLines, stacked', () => {
  it('finds a running footer under a running header at the bottom', () => {
    const pages = [0, 1, 2].map((p) => [
      ...body(p),
      line(p, 560, `${p + 17} FREE CULTURE`),
      line(p, 520, '<http://free-culture.org>'),
    ]);
    const found = marginalLines(pages, 1.75);
    expect([...found].map((l) => l.text).sort()).toEqual([
      '17 FREE CULTURE',
      '18 FREE CULTURE',
      '19 FREE CULTURE',
      '<http://free-culture.org>',
      '<http://free-culture.org>',
      '<http://free-culture.org>',
    ]);
  });
});
