import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  buildSearchIndexInSteps,
  findAll,
  findAllIn,
  foldQuery,
} from '../../../src-shared/text/search';

const quote = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('findAll', () => {
  it('finds every occurrence with offsets into the original text', () => {
    const text = '地区生产总值增长。地区生产总值达到。';
    expect(findAll(text, '地区生产总值')).toEqual([
      { start: 0, end: 6 },
      { start: 9, end: 15 },
    ]);
  });
  it('matches across line breaks and spaces', () => {
    const text = '全市地区生产\n总值增长，地区 生产总值稳定，地区\u3000生产总值';
    const found = findAll(text, '地区生产总值');
    expect(found.map((r) => quote(text, r))).toEqual([
      '地区生产\n总值',
      '地区 生产总值',
      '地区\u3000生产总值',
    ]);
  });
  it('ignores spaces in the query too', () => {
    expect(findAll('2021年', '2021 年').map((r) => quote('2021年', r))).toEqual(['2021年']);
    expect(findAll('2021 年', '2021年')).toEqual([{ start: 0, end: 6 }]);
  });
  it('folds full-width and half-width both ways', () => {
    const text = '增长１２％，另增长12%。';
    expect(findAll(text, '12%').map((r) => quote(text, r))).toEqual(['１２％', '12%']);
    expect(findAll(text, '１２％')).toHaveLength(2);
  });
  it('is case-insensitive for Latin letters', () => {
    const text = 'GDP 与 gdp 与 ＧＤＰ';
    expect(findAll(text, 'Gdp').map((r) => quote(text, r))).toEqual(['GDP', 'gdp', 'ＧＤＰ']);
  });
  it('returns [] for an empty or blank query and when nothing matches', () => {
    expect(findAll('文本', '')).toEqual([]);
    expect(findAll('文本', ' \u3000\n')).toEqual([]);
    expect(findAll('文本', '不存在')).toEqual([]);
    expect(findAll('', '文本')).toEqual([]);
  });
  it('returns non-overlapping matches', () => {
    expect(findAll('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
  it('stops at the limit', () => {
    const text = '税'.repeat(50);
    expect(findAll(text, '税', 7)).toHaveLength(7);
    expect(findAll(text, '税', 0)).toEqual([]);
    expect(findAll(text, '税')).toHaveLength(50);
  });
  it('never includes the whitespace around a match', () => {
    const text = '  目标  ';
    expect(findAll(text, '目标')).toEqual([{ start: 2, end: 4 }]);
  });
  it('gives the right answer when texts alternate (the folded text is cached)', () => {
    expect(findAll('甲乙丙', '乙')).toEqual([{ start: 1, end: 2 }]);
    expect(findAll('乙甲甲乙', '乙')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
    ]);
    expect(findAll('甲乙丙', '乙')).toEqual([{ start: 1, end: 2 }]);
  });
  // Its speed is in `npm run bench` ("find … in 2 MB").
  it('finds every hit in a large text', () => {
    const text = '全市地区生产总值增长4.3%左右，固定资产投资增长9.5%左右。\n'.repeat(100_000);
    const found = findAll(text, '地区生产总值', 1_000_000);
    expect(found).toHaveLength(100_000);
  });
});

describe('buildSearchIndex / findAllIn', () => {
  it('searches a folded text many times', () => {
    const text = '规模工业增加值增长５.４％左右\n规模工业增加值';
    const index = buildSearchIndex(text);
    expect(index.folded).toBe('规模工业增加值增长5.4%左右规模工业增加值');
    expect(findAllIn(index, '增加值')).toHaveLength(2);
    expect(findAllIn(index, '5.4%').map((r) => quote(text, r))).toEqual(['５.４％']);
  });
  it('foldQuery folds like the index', () => {
    expect(foldQuery(' ＧＤＰ  增长 ')).toBe('gdp增长');
  });
});

describe('buildSearchIndexInSteps', () => {
  it('gives the index built at once, whatever the step cuts through (spaces, pairs, full-width)', async () => {
    const text = '２０２５年 地区生产\n总值 增长５．５％，ＧＤＰ 𠀀𠀁 \n\n  新质生产力。'.repeat(40);
    const whole = buildSearchIndex(text);
    for (const step of [1, 2, 3, 7, 64, 1000, text.length + 1]) {
      let pauses = 0;
      const stepped = await buildSearchIndexInSteps(text, async () => void pauses++, step);
      expect(stepped.folded).toBe(whole.folded);
      expect([...stepped.origin]).toEqual([...whole.origin]);
      expect(pauses).toBe(Math.ceil(text.length / step) - 1);
    }
    expect(await buildSearchIndexInSteps('', async () => undefined)).toEqual(buildSearchIndex(''));
  });
});
