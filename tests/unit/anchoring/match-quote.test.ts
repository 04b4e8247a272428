import { describe, expect, it } from 'vitest';
import { bestExactMatch, matchQuote, MAX_CANDIDATES } from '../../../src-shared/anchoring/match-quote';
import type { QuoteContext } from '../../../src-shared/anchoring/score';

const at = (text: string, m: { start: number; end: number } | null) =>
  m ? text.slice(m.start, m.end) : null;

describe('bestExactMatch', () => {
  const text = '坚持稳中求进。推进创新开放。坚持稳中求进，加快发展。';
  it('picks the occurrence whose context fits', () => {
    const second = bestExactMatch(text, '坚持稳中求进', {
      prefix: '推进创新开放。',
      suffix: '，加快发展',
      hint: 0,
    });
    expect(second).toMatchObject({ start: 14, end: 20, score: 1 });
    const first = bestExactMatch(text, '坚持稳中求进', { prefix: '', suffix: '。推进创新', hint: 14 });
    expect(first?.start).toBe(0);
  });
  it('takes the nearest to the old place when the contexts fit equally', () => {
    const ctx = (hint: number): QuoteContext => ({ prefix: '无关', suffix: '无关', hint });
    expect(bestExactMatch(text, '坚持', ctx(0))?.start).toBe(0);
    expect(bestExactMatch(text, '坚持', ctx(18))?.start).toBe(14);
  });
  it('is null when the quote does not occur', () => {
    expect(bestExactMatch(text, '不存在', { prefix: '', suffix: '', hint: 0 })).toBeNull();
  });
  it('scores only the candidates nearest the old place when a quote occurs very often', () => {
    const many = '的'.repeat(MAX_CANDIDATES * 3);
    const found = bestExactMatch(many, '的', { prefix: 'x', suffix: 'x', hint: MAX_CANDIDATES * 2 });
    expect(found?.start).toBe(MAX_CANDIDATES * 2);
  });
});

describe('matchQuote (fuzzy)', () => {
  const text = '全市地区生产总值突破3500亿元，年均增长7.4%。地方税收收入达113.87亿元，较2015年增长18.4%。';
  const ctx: QuoteContext = { prefix: '年均增长7.4%。', suffix: '，较2015年增长', hint: 26 };
  it('finds a quote with a few characters changed', () => {
    const m = matchQuote(text, '地方税收收入达到113.78亿元', ctx);
    expect(at(text, m)).toBe('地方税收收入达113.87亿元');
    expect(m?.score).toBeGreaterThan(0.8);
  });
  it('scores lower the more the quote differs', () => {
    const close = matchQuote(text, '地方税收收入达113.88亿元', ctx)?.score ?? 0;
    const far = matchQuote(text, '地方财政收入为113.88万元', ctx)?.score ?? 0;
    expect(close).toBeGreaterThan(far);
  });
  it('is null when more than half the quote would have to change', () => {
    expect(matchQuote(text, '城乡居民人均可支配收入', ctx)).toBeNull();
    expect(matchQuote(text, '', ctx)).toBeNull();
  });
  it('prefers the approximate match whose context fits', () => {
    const twice = '甲：完成投资一百亿元。乙：完成投资二百亿元。';
    const m = matchQuote(twice, '完成投资三百亿元', { prefix: '乙：', suffix: '。', hint: 0 });
    expect(at(twice, m)).toBe('完成投资二百亿元');
  });
});
