import { describe, expect, it } from 'vitest';
import { classify, qualifierOf } from '../../../src-shared/indicators/classify';
import { splitPredicate } from '../../../src-shared/indicators/predicate';
import { scanMentions } from '../../../src-shared/indicators/scan';

function kindOf(pre: string, value: string, name: string, form: 'A' | 'B' | 'C' = 'A') {
  const [m] = scanMentions(value, value);
  if (!m) throw new Error(`no mention in ${value}`);
  return classify(m, splitPredicate(pre), name, form);
}

describe('classify', () => {
  it('a percentage after a change verb is a change', () => {
    expect(kindOf('税收增长', '8%', '税收').kind).toBe('change');
  });

  it('a percentage reached by a rate is a share', () => {
    expect(kindOf('绿化覆盖率达到', '45%', '绿化覆盖率').kind).toBe('share');
  });

  it('a percentage of something named after it is a share', () => {
    expect(kindOf('', '90%', '行政村', 'B').kind).toBe('share');
  });

  it('a percentage kept within a bound is a change unless it names a rate', () => {
    expect(kindOf('物价涨幅控制在', '3%', '物价涨幅').kind).toBe('change');
  });

  it('percentage points are a change; classifiers a count; money a level', () => {
    expect(kindOf('失业率下降', '0.3个百分点', '失业率').kind).toBe('change');
    expect(kindOf('新建', '12所', '新建学校').kind).toBe('count');
    expect(kindOf('税收达', '50亿元', '税收').kind).toBe('level');
    expect(kindOf('税收增加', '5亿元', '税收').kind).toBe('change');
  });

  it('a level reached is a state; a yearly average or a sum is not', () => {
    expect(kindOf('产值突破', '100亿元', '产值').isState).toBe(true);
    expect(kindOf('较2018年增长', '20%', '产值').isState).toBe(true);
    expect(kindOf('产值年均增长', '7%', '产值').isState).toBe(false);
    expect(kindOf('累计达', '30个', '项目').isState).toBe(false);
  });
});

describe('qualifierOf', () => {
  it('prefers what is written after the number, then 多/余, then the verb', () => {
    const [after] = scanMentions('5%以内', '5%以内');
    const [more] = scanMentions('20余家', '20余家');
    const [plain] = scanMentions('20家', '20家');
    if (!after || !more || !plain) throw new Error('no mention');
    expect(qualifierOf(after, splitPredicate('超过'))).toBe('below');
    expect(qualifierOf(more, splitPredicate('新建'))).toBe('above');
    expect(qualifierOf(plain, splitPredicate('接近'))).toBe('approx');
    expect(qualifierOf(plain, splitPredicate('新建'))).toBe('exact');
  });
});

describe('classify: shares, changes and counts by what is said', () => {
  it('a percentage reached by something not named a rate is a share', () => {
    expect(kindOf('达标天数保持在', '88%', '达标天数').kind).toBe('share');
    expect(kindOf('数字经济占', '45%', '数字经济占全市').kind).toBe('share');
  });
  it('a percentage of a growth or a price stays a change', () => {
    expect(kindOf('工资涨幅保持在', '5%', '工资涨幅').kind).toBe('change');
    expect(kindOf('消费价格控制在', '2%', '消费价格').kind).toBe('change');
  });
  it('a count changed by is a change; things added are a count', () => {
    expect(kindOf('低保人数减少', '3万人', '低保人数').kind).toBe('change');
    expect(kindOf('', '2000个', '增加停车位', 'B').kind).toBe('count');
    expect(kindOf('', '500万人', '再减少失业人口', 'C').kind).toBe('change');
  });
  it('days counted are a count; tenths with 偏多 a change', () => {
    expect(kindOf('晴好天数达到', '300天', '晴好天数').kind).toBe('count');
    expect(kindOf('降水偏多', '三成', '降水').kind).toBe('change');
    expect(kindOf('', '四成', '村庄', 'B').kind).toBe('share');
  });
});

describe('classify: stocks and yearly flows', () => {
  it('a stock held (惠及, 覆盖, 积累) is a state at the end of the span', () => {
    expect(kindOf('', '3亿人', '新农保惠及农民', 'B').isState).toBe(true);
    expect(kindOf('', '90亿元', '养老基金积累', 'C').isState).toBe(true);
    expect(kindOf('比五年前增加', '60亿元', '养老基金').isState).toBe(true);
  });
  it('a yearly amount is a flow over the span, even when it passes a bound', () => {
    expect(kindOf('每年减轻企业负担超过', '80亿元', '每年减轻企业负担').isState).toBe(false);
    expect(kindOf('年均增幅超过', '9%', '年均增幅').isState).toBe(false);
  });
});
