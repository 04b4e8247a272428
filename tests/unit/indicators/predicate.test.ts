import { describe, expect, it } from 'vitest';
import { hasVerb, splitPredicate } from '../../../src-shared/indicators/predicate';

describe('splitPredicate', () => {
  it('peels a level verb off the subject', () => {
    expect(splitPredicate('蔬菜产量达到')).toMatchObject({ subject: '蔬菜产量', reach: true, change: false });
  });

  it('peels a change verb and adverbs', () => {
    expect(splitPredicate('居民存款余额同比增长')).toMatchObject({ subject: '居民存款余额', change: true });
    expect(splitPredicate('外贸进出口年均增长')).toMatchObject({ subject: '外贸进出口', change: true });
  });

  it('treats 提高到 as a level and 提高 as a change', () => {
    expect(splitPredicate('绿化覆盖率提高到')).toMatchObject({ reach: true, change: false });
    expect(splitPredicate('绿化覆盖率提高')).toMatchObject({ reach: false, change: true });
  });

  it('reads a comparison base (较2019年, 比上年)', () => {
    expect(splitPredicate('较2019年增长')).toMatchObject({ subject: '', compareBase: true, change: true });
    expect(splitPredicate('比上年下降')).toMatchObject({ subject: '', compareBase: true });
  });

  it('reads qualifiers said before the number', () => {
    expect(splitPredicate('旅游收入突破').qualifier).toBe('above');
    expect(splitPredicate('赤字率控制在').qualifier).toBe('below');
    expect(splitPredicate('常住人口约').qualifier).toBe('approx');
    expect(splitPredicate('年产值过').qualifier).toBe('above');
  });

  it('notes 分别 and 均 (the value is distributed over a list)', () => {
    expect(splitPredicate('稻谷、小麦分别增长')).toMatchObject({ subject: '稻谷、小麦', each: true });
    expect(splitPredicate('三项指标均在')).toMatchObject({ subject: '三项指标', each: true });
  });

  it('peels a streak of years (连续3年)', () => {
    expect(splitPredicate('城镇新增就业连续3年超过')).toMatchObject({
      subject: '城镇新增就业',
      qualifier: 'above',
    });
  });

  it('keeps 平均 whole before 为 (平均为)', () => {
    expect(splitPredicate('登记失业率平均为').subject).toBe('登记失业率');
  });

  it('reads 拟按 (set at) as a level', () => {
    expect(splitPredicate('财政赤字率拟按')).toMatchObject({ subject: '财政赤字率', reach: true });
  });

  it('keeps 新增, 人均 and 通过 whole', () => {
    expect(splitPredicate('新增').subject).toBe('新增');
    expect(splitPredicate('农民人均').subject).toBe('农民人均');
    expect(splitPredicate('审议通过').subject).toBe('审议通过');
  });

  it('tells verbs from adverbs', () => {
    expect(hasVerb(splitPredicate('粮食产量达'))).toBe(true);
    expect(hasVerb(splitPredicate('累计'))).toBe(false);
  });
});
