import { describe, expect, it } from 'vitest';
import { anchor, anchorAll } from '../../../src-shared/anchoring/anchor';
import { describeRange } from '../../../src-shared/anchoring/describe';
import type { TextTarget } from '../../../src-shared/model';

const report = [
  '各位代表：',
  '过去五年，综合竞争力不断提高，实现了全面小康的历史跨越。全市 GDP 总量突破 3500 亿元，年均增长 7.4%。',
  '地方税收收入达 113.87 亿元，较 2015 年增长 18.4%；地方税占比提高到 65.6%。',
  '坚持稳中求进工作总基调，统筹发展和安全。',
  '二、“十四五”时期主要任务',
  '坚持稳中求进工作总基调，推动高质量发展。',
].join('\n');

/** The target of the first occurrence (or the n-th) of `quote` in `text`. */
function targetOf(text: string, quote: string, nth = 0): TextTarget {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return describeRange(text, at, at + quote.length);
}

const placed = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('anchor', () => {
  it('is exact when the quote is still at its offsets', () => {
    const t = targetOf(report, '地方税收收入达 113.87 亿元');
    expect(anchor(report, t)).toEqual({ start: t.start, end: t.end, status: 'exact' });
  });

  it('follows the quote when a paragraph was inserted before it', () => {
    const t = targetOf(report, '地方税收收入达 113.87 亿元');
    const edited = report.replace('各位代表：', '各位代表：\n我代表市人民政府，向大会报告政府工作。');
    const r = anchor(edited, t);
    expect(r.status).toBe('moved');
    expect(placed(edited, r)).toBe('地方税收收入达 113.87 亿元');
    expect(r.start).toBeGreaterThan(t.start);
  });

  it('tells a repeated quote apart by its context', () => {
    const second = targetOf(report, '坚持稳中求进工作总基调', 1);
    const first = targetOf(report, '坚持稳中求进工作总基调', 0);
    const edited = `前言。\n${report}`;
    expect(anchor(edited, second)).toMatchObject({ status: 'moved', start: second.start + 4 });
    expect(anchor(edited, first)).toMatchObject({ status: 'moved', start: first.start + 4 });
  });

  it('follows its context when paragraphs swapped, even past the old offsets', () => {
    const a = '甲项目说明：坚持稳中求进，统筹发展和安全，加快构建新发展格局，确保经济持续健康发展。';
    const b = '乙项目说明：坚持稳中求进，推动高质量发展，深化供给侧结构性改革，扎实推进共同富裕。';
    const before = `${a}\n${b}`;
    const after = `${b}\n${a}`;
    const t = targetOf(before, '坚持稳中求进');
    // The quote is still at the old offsets, but in the other paragraph.
    expect(after.slice(t.start, t.end)).toBe(t.quote);
    expect(anchor(after, t)).toMatchObject({ status: 'moved', start: after.indexOf('坚持稳中求进，统筹') });
    const u = targetOf(before, '坚持稳中求进', 1);
    expect(anchor(after, u)).toMatchObject({ status: 'moved', start: after.indexOf('坚持稳中求进，推动') });
  });

  it('is exact in place when only the context around the quote changed', () => {
    const t = targetOf(report, '统筹发展和安全');
    const edited = report.replace('二、“十四五”', '二、“十四·五”');
    expect(anchor(edited, t)).toEqual({ start: t.start, end: t.end, status: 'exact' });
  });

  it('finds a quote with a few characters changed (fuzzy)', () => {
    const t = targetOf(report, '过去五年，综合竞争力不断提高，实现了全面小康的历史跨越。');
    const edited = report.replace('综合竞争力不断提高', '综合实力持续提高');
    const r = anchor(edited, t);
    expect(r.status).toBe('fuzzy');
    expect(placed(edited, r)).toBe('过去五年，综合实力持续提高，实现了全面小康的历史跨越。');
  });

  it('finds a changed number at its place', () => {
    const t = targetOf(report, '地方税收收入达 113.87 亿元');
    const edited = report.replace('113.87', '113.78');
    const r = anchor(edited, t);
    expect(r.status).toBe('fuzzy');
    expect(placed(edited, r)).toBe('地方税收收入达 113.78 亿元');
  });

  it('orphans a quote whose passage was deleted', () => {
    const t = targetOf(report, '地方税收收入达 113.87 亿元，较 2015 年增长 18.4%；');
    const edited = report.replace('地方税收收入达 113.87 亿元，较 2015 年增长 18.4%；', '');
    expect(anchor(edited, t)).toEqual({ start: -1, end: -1, status: 'orphan' });
    expect(anchor('完全不同的另一份文件。', targetOf(report, '实现了全面小康的历史跨越')).status).toBe(
      'orphan',
    );
  });

  it('ignores spaces and line breaks between the editions (txt and pdf)', () => {
    const pdf = report.replace(/ /g, '').replace('较2015年', '较2015\n年');
    const t = targetOf(report, '地方税收收入达 113.87 亿元，较 2015 年增长 18.4%');
    const r = anchor(pdf, t);
    expect(r.status).toBe('moved');
    expect(placed(pdf, r)).toBe('地方税收收入达113.87亿元，较2015\n年增长18.4%');
    const back = describeRange(pdf, r.start, r.end);
    expect(placed(report, anchor(report, back))).toBe(t.quote);
  });

  it('matches full-width and half-width digits and signs', () => {
    const t = targetOf(report, '年均增长 7.4%');
    const wide = report.replace('7.4%', '７．４％');
    const r = anchor(wide, t);
    expect(r.status).toBe('moved');
    expect(placed(wide, r)).toBe('年均增长 ７．４％');
  });

  it('keeps whitespace at the ends of the quote when the text has it there', () => {
    const t = targetOf(report, '\n二、“十四五”时期主要任务\n');
    const edited = `前言\n${report}`;
    expect(placed(edited, anchor(edited, t))).toBe('\n二、“十四五”时期主要任务\n');
  });

  it('re-anchors targets with stale or broken offsets', () => {
    const t = targetOf(report, '统筹发展和安全');
    expect(anchor(report, { ...t, start: 9999, end: 10006 })).toMatchObject({
      status: 'moved',
      start: t.start,
    });
    expect(anchor(report, { ...t, start: -3, end: 2 })).toMatchObject({ status: 'moved', start: t.start });
    expect(anchor(report, { ...t, start: 1.5, end: 8.5 })).toMatchObject({ status: 'moved', start: t.start });
  });

  it('orphans an empty or blank quote unless it is exactly in place', () => {
    expect(anchor(report, { start: 0, end: 0, quote: '', prefix: '', suffix: '' }).status).toBe('orphan');
    expect(anchor(report, { start: 0, end: 2, quote: ' \n', prefix: '', suffix: '' }).status).toBe('orphan');
  });

  it('works on texts without any match at all, and on an empty text', () => {
    const t = targetOf(report, '统筹发展和安全');
    expect(anchor('', t).status).toBe('orphan');
  });

  // Its speed is in `npm run bench` ("anchor a …-character selection").
  it('places a selection across many pages that changed in one place', () => {
    const para = (i: number) =>
      `第${i}段：${'推动经济社会高质量发展'.slice(i % 7)}，项目${i * 37}个，投资${i * 13}.5亿元。`;
    const text = Array.from({ length: 20_000 }, (_, i) => para(i)).join('\n');
    const start = text.indexOf('第2000段');
    const end = text.indexOf('第9000段');
    const t = describeRange(text, start, end);
    expect(t.quote.length).toBeGreaterThan(150_000);
    const edited = `序言\n${text.slice(0, start + 50_000)}（有修改）${text.slice(start + 50_000)}`;
    const r = anchor(edited, t);
    expect(r.status).toBe('fuzzy');
    expect(r.start).toBe(start + 3);
    // The line break that ended the quote is not part of a fuzzy match.
    expect(r.end).toBe(end + 3 + 5 - 1);
  });
});

describe('anchorAll', () => {
  it('anchors many targets on one text', () => {
    const quotes = ['各位代表', '113.87', '坚持稳中求进工作总基调', '高质量发展'];
    const targets = quotes.map((q) => targetOf(report, q));
    const edited = `前言。\n${report.replace(/ /g, '')}`;
    const found = anchorAll(edited, targets);
    expect(found.map((r) => r.status)).toEqual(['moved', 'moved', 'moved', 'moved']);
    expect(found.map((r) => placed(edited, r))).toEqual(quotes);
    expect(anchorAll(report, targets).map((r) => r.status)).toEqual(['exact', 'exact', 'exact', 'exact']);
  });
});
