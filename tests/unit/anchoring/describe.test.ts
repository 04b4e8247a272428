import { describe, expect, it } from 'vitest';
import { describeRange, pageAt } from '../../../src-shared/anchoring/describe';
import { CONTEXT_CHARS, type PageSpan } from '../../../src-shared/model';

describe('describeRange', () => {
  const text = `${'前'.repeat(40)}地方税收收入达 113.87 亿元${'后'.repeat(40)}`;
  const start = 40;
  const end = start + '地方税收收入达 113.87 亿元'.length;

  it('takes the quote and 32 characters of context on each side', () => {
    const t = describeRange(text, start, end);
    expect(t).toEqual({
      start,
      end,
      quote: '地方税收收入达 113.87 亿元',
      prefix: '前'.repeat(CONTEXT_CHARS),
      suffix: '后'.repeat(CONTEXT_CHARS),
    });
    expect('page' in t).toBe(false);
  });
  it('takes what there is at the ends of the text', () => {
    const t = describeRange('一、总体要求。', 0, 5);
    expect(t).toMatchObject({ quote: '一、总体要', prefix: '', suffix: '求。' });
  });
  it('records the page when given', () => {
    expect(describeRange(text, start, end, 3).page).toBe(3);
  });
  it('clamps offsets outside the text and a reversed range', () => {
    expect(describeRange('abc', -5, 99)).toMatchObject({ start: 0, end: 3, quote: 'abc' });
    expect(describeRange('abc', 2, 1)).toMatchObject({ start: 2, end: 2, quote: '' });
  });
  it('never cuts a surrogate pair at the edge of the context', () => {
    const astral = '𠀀'; // two code units
    const before = astral + 'x'.repeat(CONTEXT_CHARS - 1);
    const t = describeRange(`${before}Q${before}`, before.length, before.length + 1);
    expect(t.prefix).toBe('x'.repeat(CONTEXT_CHARS - 1));
    expect(t.suffix).toBe(astral + 'x'.repeat(CONTEXT_CHARS - 2));
    const late = describeRange(`Q${'x'.repeat(CONTEXT_CHARS - 1)}${astral}`, 0, 1);
    expect(late.suffix).toBe('x'.repeat(CONTEXT_CHARS - 1));
  });
});

describe('pageAt', () => {
  const pages: PageSpan[] = [
    { start: 0, end: 10, items: [] },
    { start: 11, end: 20, items: [] },
    { start: 21, end: 30, items: [] },
  ];
  it('gives the 1-based page holding an offset', () => {
    expect([0, 9, 10, 11, 20, 21, 29, 99].map((o) => pageAt(pages, o))).toEqual([1, 1, 1, 2, 2, 3, 3, 3]);
  });
  it('is undefined without pages', () => {
    expect(pageAt(undefined, 3)).toBeUndefined();
    expect(pageAt([], 3)).toBeUndefined();
  });
});
