import { describe, expect, it } from 'vitest';
import { contextScore, matchScore, nearest, type QuoteContext } from '../../../src-shared/anchoring/score';

const text = 'AAAA甲乙BBBB--CCCC甲乙DDDD';
const ctx: QuoteContext = { prefix: 'CCCC', suffix: 'DDDD', hint: 0 };

describe('contextScore', () => {
  it('is 1 where prefix and suffix fit, lower where they do not', () => {
    expect(contextScore(text, 16, 18, ctx)).toBe(1);
    expect(contextScore(text, 4, 6, ctx)).toBe(0);
  });
  it('counts a partly matching context in part', () => {
    expect(contextScore('CCXC甲乙DDDD', 4, 6, ctx)).toBe((0.75 + 1) / 2);
  });
  it('treats a missing context as a text end: full marks only at an end', () => {
    const none: QuoteContext = { prefix: '', suffix: '', hint: 0 };
    expect(contextScore('甲乙', 0, 2, none)).toBe(1);
    expect(contextScore('x甲乙x', 1, 3, none)).toBe(0.5);
  });
});

describe('matchScore', () => {
  it('weighs the quote most, then context, then position', () => {
    const perfect = matchScore(text, 16, 18, 1, { ...ctx, hint: 16 });
    expect(perfect).toBe(1);
    const badQuote = matchScore(text, 16, 18, 0.5, { ...ctx, hint: 16 });
    const badContext = matchScore(text, 4, 6, 1, { ...ctx, hint: 4 });
    const far = matchScore(text, 16, 18, 1, { ...ctx, hint: 0 });
    expect(badContext).toBeLessThan(badQuote);
    expect(badQuote).toBeLessThan(far);
    expect(far).toBeLessThan(perfect);
  });
});

describe('nearest', () => {
  it('keeps the items nearest the hint, in their order', () => {
    const items = [0, 10, 20, 30, 40].map((start) => ({ start }));
    expect(nearest(items, 28, 2).map((m) => m.start)).toEqual([20, 30]);
    expect(nearest(items, 28, 9)).toHaveLength(5);
  });
});
