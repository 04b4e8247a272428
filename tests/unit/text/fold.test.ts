import { describe, expect, it } from 'vitest';
import { foldWidth, normalizeForMatch } from '../../../src-shared/text/fold';

describe('foldWidth', () => {
  it('turns full-width digits, letters and signs into ASCII', () => {
    expect(foldWidth('增长５．８％，ＧＤＰ（预计）')).toBe('增长5.8%,GDP(预计)');
    expect(foldWidth('１２３４５６７８９０')).toBe('1234567890');
    expect(foldWidth('！～')).toBe('!~');
  });
  it('turns U+3000 into a space and leaves CJK punctuation alone', () => {
    expect(foldWidth('甲\u3000乙。、“”')).toBe('甲 乙。、“”');
  });
  it('keeps the length, so offsets carry over', () => {
    const s = '地区生产总值增长５.８％左右，ＡＢｃ\u3000';
    expect(foldWidth(s)).toHaveLength(s.length);
  });
  it('returns the same string when nothing changes', () => {
    const s = '全市 GDP 总量突破 3500 亿元';
    expect(foldWidth(s)).toBe(s);
  });
});

describe('normalizeForMatch', () => {
  it('also lowercases Latin letters, full-width ones included', () => {
    expect(normalizeForMatch('GDP ＧＤＰ Ｇdp ÀÉ')).toBe('gdp gdp gdp àé');
  });
  it('keeps the length and leaves Chinese text alone', () => {
    const s = '衡阳市ＡPP，「数字政务」';
    expect(normalizeForMatch(s)).toBe('衡阳市app,「数字政务」');
    expect(normalizeForMatch(s)).toHaveLength(s.length);
  });
  it('does not touch × or non-Latin capitals', () => {
    expect(normalizeForMatch('×ΔЖ')).toBe('×ΔЖ');
  });
});
