import { describe, expect, it } from 'vitest';
import {
  groupLines,
  itemGeometry,
  measureLayout,
  medianLineGap,
  type PdfLine,
} from '../../../src-shared/text/pdf-lines';
import { eol, item, page } from './pdf-helpers';

describe('itemGeometry', () => {
  it('measures horizontal text along x, across y', () => {
    expect(itemGeometry(item('中文', 63, 700))).toEqual({
      along0: 63,
      along1: 87,
      cross: 700,
      size: 12,
      vertical: false,
    });
  });
  it('takes the font size from the vertical scale', () => {
    const g = itemGeometry({
      str: '字',
      hasEOL: false,
      transform: [18, 0, 0, 20.9, 54, 655],
      width: 18,
      height: 20.9,
    });
    expect(g.size).toBeCloseTo(20.9);
  });
  it('follows rotated text (90° counter-clockwise)', () => {
    const g = itemGeometry({
      str: '中文',
      hasEOL: false,
      transform: [0, 12, -12, 0, 100, 200],
      width: 24,
      height: 12,
    });
    expect(g.along0).toBe(200);
    expect(g.along1).toBe(224);
    expect(g.cross).toBe(-100);
    expect(g.size).toBe(12);
  });
  it('reads vertical text top to bottom, columns right to left', () => {
    const a = itemGeometry({
      str: 'あいうえお',
      hasEOL: true,
      transform: [9.2, 0, 0, 9.2, 233.9, 299.1],
      width: 9.2,
      height: 46.1,
      dir: 'ttb',
    });
    const b = itemGeometry({
      str: '日本語',
      hasEOL: false,
      transform: [9.2, 0, 0, 9.2, 218.3, 299.1],
      width: 9.2,
      height: 27.6,
      dir: 'ttb',
    });
    expect(a.vertical).toBe(true);
    expect(a.along0).toBeCloseTo(-299.1);
    expect(a.along1).toBeCloseTo(-253);
    expect(b.cross).toBeLessThan(a.cross);
  });
});

describe('groupLines', () => {
  it('makes one line per hasEOL', () => {
    const lines = groupLines(page(['第一行', '第二行', '第三行']), 0);
    expect(lines.map((l) => [l.text, l.first, l.last])).toEqual([
      ['第一行', 0, 0],
      ['第二行', 1, 1],
      ['第三行', 2, 2],
    ]);
  });
  it('breaks at an empty EOL item and leaves it out', () => {
    const p = {
      width: 595,
      height: 842,
      items: [item('上一段。', 63, 700), eol(87, 679), item('下一段', 87, 679)],
    };
    const lines = groupLines(p, 0);
    expect(lines.map((l) => [l.text, l.first, l.last, l.start])).toEqual([
      ['上一段。', 0, 0, 63],
      ['下一段', 2, 2, 87],
    ]);
  });
  it('keeps items on one baseline together, spaces included', () => {
    const p = {
      width: 595,
      height: 842,
      items: [item('一、标题', 63, 700), item(' ', 111, 700), item('2020 年', 114, 700)],
    };
    const [line] = groupLines(p, 3);
    expect(line).toMatchObject({ page: 3, first: 0, last: 2, start: 63, text: '一、标题 2020 年' });
  });
  it('breaks where the baseline moves even without hasEOL', () => {
    const p = { width: 595, height: 842, items: [item('甲', 63, 700), item('乙', 63, 679)] };
    expect(groupLines(p, 0)).toHaveLength(2);
  });
  it('breaks where the text jumps back along the line', () => {
    const p = { width: 595, height: 842, items: [item('甲甲甲甲甲', 300, 700), item('乙', 63, 700)] };
    expect(groupLines(p, 0)).toHaveLength(2);
  });
  it('trims whitespace-only items at the ends and drops blank lines', () => {
    const p = {
      width: 595,
      height: 842,
      items: [
        item(' ', 50, 700),
        item('正文', 63, 700),
        item('  ', 87, 700, { eol: true }),
        item(' ', 63, 679, { eol: true }),
      ],
    };
    const lines = groupLines(p, 0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ first: 1, last: 1, text: '正文', start: 63, end: 87 });
  });
  it('uses the largest font on the line', () => {
    const p = {
      width: 595,
      height: 842,
      items: [item('大', 63, 700, { size: 18 }), item('小', 81, 700, { size: 12 })],
    };
    expect(groupLines(p, 0)[0]?.size).toBe(18);
  });
  it('groups vertical columns', () => {
    const p = {
      width: 249,
      height: 321,
      items: [
        {
          str: 'あいうえお',
          hasEOL: true,
          transform: [9.2, 0, 0, 9.2, 233.9, 299.1],
          width: 9.2,
          height: 46.1,
          dir: 'ttb',
        },
        {
          str: '日本語',
          hasEOL: false,
          transform: [9.2, 0, 0, 9.2, 218.3, 299.1],
          width: 9.2,
          height: 27.6,
          dir: 'ttb',
        },
      ],
    };
    expect(groupLines(p, 0).map((l) => [l.text, l.vertical])).toEqual([
      ['あいうえお', true],
      ['日本語', true],
    ]);
  });
  it('returns nothing for a page without text', () => {
    expect(groupLines({ width: 1, height: 1, items: [] }, 0)).toEqual([]);
    expect(groupLines({ width: 1, height: 1, items: [eol(0, 0)] }, 0)).toEqual([]);
  });
});

const line = (start: number, end: number, cross = 0, text = '文', size = 12): PdfLine => ({
  page: 0,
  first: 0,
  last: 0,
  start,
  end,
  cross,
  size,
  vertical: false,
  text,
});

describe('measureLayout', () => {
  it('finds the margin shared by lines, ignoring a centred title and indents', () => {
    const lines = [line(73, 480), line(70, 520), line(87, 533), line(63, 533), line(63, 533), line(63, 300)];
    expect(measureLayout(lines)).toEqual({ margin: 63, right: 533 });
  });
  it('takes the mirror of the margin as the right edge when no line is full', () => {
    expect(measureLayout([line(63, 200), line(63, 300), line(63, 250)], undefined, 595)).toEqual({
      margin: 63,
      right: 532,
    });
    expect(measureLayout([line(63, 560), line(63, 560), line(63, 560)], undefined, 595)).toEqual({
      margin: 63,
      right: 560,
    });
  });
  it('falls back for pages with few lines', () => {
    expect(measureLayout([line(87, 300)], { margin: 63, right: 533 })).toEqual({ margin: 63, right: 533 });
    expect(measureLayout([line(87, 300)])).toEqual({ margin: 87, right: 300 });
  });
});

describe('medianLineGap', () => {
  it('is the usual advance in font sizes', () => {
    const lines = [
      line(63, 533, 700),
      line(63, 533, 679),
      line(63, 533, 658),
      line(87, 533, 633),
      line(63, 533, 612),
    ];
    expect(medianLineGap([lines])).toBeCloseTo(21 / 12);
  });
  it('ignores size changes and upward jumps, and is null without data', () => {
    expect(medianLineGap([[line(63, 533, 700)]])).toBeNull();
    expect(medianLineGap([[line(63, 533, 700), line(63, 533, 720)]])).toBeNull();
    expect(medianLineGap([[line(63, 533, 700, '文', 18), line(63, 533, 679)]])).toBeNull();
  });
});
