import { describe, expect, it } from 'vitest';
import { exactMatches, searchText, similarity } from '../../../src-shared/anchoring/search';

describe('exactMatches', () => {
  it('finds every occurrence, overlapping ones too', () => {
    expect(exactMatches('发展发展发展', '发展').map((m) => m.start)).toEqual([0, 2, 4]);
    expect(exactMatches('aaaa', 'aa').map((m) => m.start)).toEqual([0, 1, 2]);
  });
  it('stops at the limit and finds nothing for an empty pattern', () => {
    expect(exactMatches('aaaa', 'a', 2)).toHaveLength(2);
    expect(exactMatches('aaaa', '')).toEqual([]);
  });
});

describe('searchText', () => {
  it('returns exact matches with no errors when there are any', () => {
    expect(searchText('一二三四五', '三四', 1)).toEqual([{ start: 2, end: 4, errors: 0 }]);
  });
  it('falls back to the matches with the fewest errors', () => {
    const found = searchText('全市生产总值增长七点四个百分点', '生产总值增涨七点四', 3);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 2, end: 11, errors: 1 });
  });
  it('finds nothing beyond the error budget, and nothing approximate with a budget under 1', () => {
    expect(searchText('完全不同的文字', '生产总值', 1)).toEqual([]);
    expect(searchText('生产总植', '生产总值', 0)).toEqual([]);
  });
});

describe('similarity', () => {
  it('is 1 for the same text, less for each edit, 0 for empty input', () => {
    expect(similarity('生产总值', '生产总值')).toBe(1);
    expect(similarity('生产总植', '生产总值')).toBe(0.75);
    expect(similarity('', '生产')).toBe(0);
    expect(similarity('生产', '')).toBe(0);
  });
  it('matches the pattern anywhere inside the window', () => {
    expect(similarity('xx生产总值', '生产总值')).toBe(1);
  });
});
