import { describe, expect, it } from 'vitest';
import { extract } from '../../../src-shared/indicators';
import { buildTextModel } from '../../../src-shared/text';
import { report, rows } from './helpers';

describe('extract: names', () => {
  it('names a value by the subject before its verb', () => {
    expect(rows(report(['全市粮食产量达到72.5万吨。']))).toMatchObject([
      { name: '全市粮食产量', value: 72.5, unit: '万吨', kind: 'level', qualifier: 'exact' },
    ]);
  });

  it('gives a value with no subject of its own the subject before it in the sentence', () => {
    expect(rows(report(['外贸企业达到860家，增长4.2%。']))).toMatchObject([
      { name: '外贸企业', value: 860, kind: 'count' },
      { name: '外贸企业', value: 4.2, unit: '%', kind: 'change' },
    ]);
  });

  it('names a count by the noun after it (number before noun)', () => {
    const [r] = rows(report(['新建18所乡镇卫生院。']));
    expect(r).toMatchObject({ value: 18, unit: '所', kind: 'count' });
    expect(r?.name).toContain('乡镇卫生院');
  });

  it('gives an attribute (总量, 增速) the subject it belongs to', () => {
    expect(rows(report(['工业投资增长9%，总量达到420亿元。']))[1]?.name).toBe('工业投资总量');
  });

  it('keeps the verb with a one-word subject (投资增长)', () => {
    expect(rows(report([], ['投资增长8%左右。']))[0]?.name).toBe('投资增长');
  });

  it('names an object count by what precedes it', () => {
    expect(rows(report(['建成口袋公园36个。']))).toMatchObject([
      { name: '建成口袋公园', value: 36, unit: '个' },
    ]);
  });

  it('gives two counts of one noun both the noun (3200户8600人)', () => {
    const rs = rows(report(['帮助3200户8600人搬出深山。']));
    expect(rs.map((r) => [r.value, r.unit])).toEqual([
      [3200, '户'],
      [8600, '人'],
    ]);
    for (const r of rs) expect(r.name).toContain('搬出深山');
  });

  it('distributes listed values over a listed subject (分别)', () => {
    expect(rows(report(['工业用电量、货运量分别增长6.1%、3.4%。']))).toMatchObject([
      { name: '工业用电量', value: 6.1, kind: 'change' },
      { name: '货运量', value: 3.4, kind: 'change' },
    ]);
  });

  it('distributes over the counted nouns of the clause before (…，分别完成投资…)', () => {
    const rs = rows(report(['12个省级项目、40个市级项目进展顺利，分别完成投资80亿元、150亿元。']));
    expect(rs.slice(2)).toMatchObject([
      { name: '省级项目完成投资', value: 80 },
      { name: '市级项目完成投资', value: 150 },
    ]);
  });

  it('gives one shared value to each item of a list (均)', () => {
    expect(rows(report(['税收、社保收入年均增长均在8%以上。']))).toMatchObject([
      { name: '税收收入', value: 8, qualifier: 'above', kind: 'change' },
      { name: '社保收入', value: 8, qualifier: 'above', kind: 'change' },
    ]);
  });

  it('applies a qualifier after the last listed value to all of them', () => {
    expect(rows(report(['城市、农村燃气普及率分别达到95%、60%以上。'])).map((r) => r.qualifier)).toEqual([
      'above',
      'above',
    ]);
  });

  it('keeps the whole clause as the quote, and offsets of the value', () => {
    const model = buildTextModel(report(['全市常住人口约 512 万人。']));
    const [ind] = extract(model);
    expect(ind).toBeDefined();
    if (!ind) return;
    expect(model.text.slice(ind.start, ind.end)).toBe('512 万人');
    expect(model.text.slice(ind.clauseStart, ind.clauseEnd)).toBe('全市常住人口约 512 万人');
    expect(ind.qualifier).toBe('approx');
    expect(ind.section).toEqual(['一、2023年工作回顾']);
  });
});

describe('extract: status and period', () => {
  it('reads results from a review section for its year', () => {
    expect(rows(report(['地方财政收入增长5.5%。']))).toMatchObject([{ status: 'actual', period: '2023' }]);
  });

  it('reads goals from a plan section for the report year', () => {
    expect(rows(report([], ['全市生产总值增长6%左右。']))).toMatchObject([
      { status: 'target', period: '2024', qualifier: 'approx' },
    ]);
  });

  it('takes a span from 过去五年: a flow is about the span, a level reached about its end', () => {
    const rs = rows(report(['过去五年，全市生产总值年均增长6.8%，总量突破2000亿元，新建学校45所。']));
    expect(rs.map((r) => r.period)).toEqual(['2019-2023', '2023', '2019-2023']);
  });

  it('takes the year of 到…年 and makes it a target', () => {
    const text = [
      '2021年某县政府工作报告',
      '一、“十四五”时期主要目标',
      '到2025年，森林覆盖率达到62%，城镇化率提高到55%。',
    ].join('\n');
    expect(rows(text)).toMatchObject([
      { status: 'target', period: '2025', kind: 'share' },
      { status: 'target', period: '2025', kind: 'share' },
    ]);
  });

  it('takes a plan span for flows in a five-year plan section', () => {
    const text = [
      '2021年某县政府工作报告',
      '一、“十四五”时期主要目标',
      '“十四五”期间，新建农村公路800公里。',
    ].join('\n');
    expect(rows(text)).toMatchObject([{ status: 'target', period: '2021-2025' }]);
  });

  it('makes a review sentence with 力争 a target', () => {
    expect(rows(report(['明年力争引进企业50家。']))[0]?.status).toBe('target');
  });

  it('without an outline, decides by cue words', () => {
    const rs = rows('2024年某区政府工作报告\n去年新增就业1.2万人。\n力争城镇新增就业1.5万人。');
    expect(rs.map((r) => r.status)).toEqual(['actual', 'target']);
  });
});

describe('extract: bad input', () => {
  it('returns nothing for text without numbers', () => {
    expect(rows('坚持稳中求进。\n推动高质量发展。')).toEqual([]);
  });

  it('reads thousands separators and absurd numbers without failing', () => {
    const rs = rows(report(['全年税收1,234.5亿元，某项资金99999999999999999999亿元。']));
    expect(rs.map((r) => r.value)).toEqual([1234.5, 1e20]);
  });

  it('handles a long line without punctuation in linear time, with bounded quotes', () => {
    // Time grows with the length, not its square: four times the text may take at most
    // ten times as long (a quadratic pass would take sixteen). A ratio, so a busy machine
    // does not fail it; speed itself is measured in `npm run bench`.
    const timed = (n: number) => {
      const model = buildTextModel('新增企业12家'.repeat(n));
      const t0 = performance.now();
      const inds = extract(model);
      return { ms: performance.now() - t0, inds };
    };
    timed(5_000);
    const small = timed(25_000);
    const large = timed(100_000);
    expect(large.inds.length).toBe(100_000);
    expect(large.ms).toBeLessThan(10 * Math.max(small.ms, 1));
    for (const ind of large.inds.slice(0, 100)) expect(ind.clauseEnd - ind.clauseStart).toBeLessThan(260);
  });

  it('does not blow the stack on long runs of adjacent numbers', () => {
    const model = buildTextModel('1个'.repeat(50_000));
    expect(extract(model).length).toBe(50_000);
  });
});

describe('extract: one value shared by two items joined with 和', () => {
  it('gives each item the value (A和B均达到…)', () => {
    expect(rows(report(['城区绿化率和乡村绿化率均达到40%。'])).map((r) => [r.name, r.value])).toEqual([
      ['城区绿化率', 40],
      ['乡村绿化率', 40],
    ]);
  });
});
