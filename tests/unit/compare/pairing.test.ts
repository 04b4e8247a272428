import { describe, expect, it } from 'vitest';
import { addLink, NO_LINKS, pairTargets } from '../../../src-shared/compare';
import { report } from './helpers';

// A city of our own: its 2023 report sets targets, its 2024 report states the results.
const plan2023 = report('r2023', '安宁市', 2023, [
  {
    clause: '2022年地区生产总值增长6.1%',
    number: '6.1',
    name: '地区生产总值',
    value: 6.1,
    unit: '%',
    period: '2022',
  },
  {
    clause: '今年主要预期目标是：地区生产总值增长6%左右',
    number: '6',
    name: '地区生产总值',
    value: 6,
    unit: '%',
    qualifier: 'approx',
    status: 'target',
  },
  {
    clause: '居民消费价格涨幅3%左右',
    number: '3',
    name: '居民消费价格涨幅',
    value: 3,
    unit: '%',
    qualifier: 'approx',
    status: 'target',
  },
  {
    clause: '城镇新增就业5万人以上',
    number: '5',
    name: '城镇新增就业',
    value: 5,
    unit: '万人',
    kind: 'count',
    qualifier: 'above',
    status: 'target',
  },
  {
    clause: '城镇调查失业率控制在5.5%以内',
    number: '5.5',
    name: '城镇调查失业率',
    value: 5.5,
    unit: '%',
    kind: 'share',
    qualifier: 'below',
    status: 'target',
  },
  {
    clause: '建成高标准农田20万亩',
    number: '20',
    name: '建成高标准农田',
    value: 20,
    unit: '万亩',
    kind: 'level',
    status: 'target',
  },
  {
    clause: '粮食总产量稳定在150万吨以上',
    number: '150',
    name: '粮食总产量',
    value: 150,
    unit: '万吨',
    kind: 'level',
    qualifier: 'above',
    status: 'target',
  },
]);
const review2024 = report('r2024', '安宁市', 2024, [
  { clause: '全市经济增长5.4%', number: '5.4', name: '全市经济增长', value: 5.4, unit: '%', period: '2023' },
  {
    clause: '五年累计城镇新增就业26万人',
    number: '26',
    name: '城镇新增就业',
    value: 26,
    unit: '万人',
    kind: 'count',
    period: '2023',
  },
  {
    clause: '新增城镇就业4.8万人',
    number: '4.8',
    name: '新增城镇就业',
    value: 4.8,
    unit: '万人',
    kind: 'count',
    period: '2023',
  },
  {
    clause: '居民消费价格上涨0.4%',
    number: '0.4',
    name: '居民消费价格上涨',
    value: 0.4,
    unit: '%',
    period: '2023',
  },
  {
    clause: '一般公共预算收入增长7%',
    number: '7',
    name: '一般公共预算收入',
    value: 7,
    unit: '%',
    period: '2023',
  },
  {
    clause: '新建高标准农田22万亩',
    number: '22',
    name: '新建高标准农田',
    value: 22,
    unit: '万亩',
    kind: 'level',
    period: '2023',
  },
  {
    clause: '粮食产量30亿斤',
    number: '30',
    name: '粮食产量',
    value: 30,
    unit: '亿斤',
    kind: 'level',
    period: '2023',
  },
  {
    clause: '今年地区生产总值增长5%左右',
    number: '5',
    name: '地区生产总值',
    value: 5,
    unit: '%',
    qualifier: 'approx',
    status: 'target',
    period: '2024',
  },
]);

function byIndicator(pairs: ReturnType<typeof pairTargets>) {
  return new Map(pairs.map((p) => [p.indicator, p]));
}

describe('pairTargets', () => {
  const pairs = byIndicator(pairTargets([review2024, plan2023]));

  it('pairs the 2023 GDP target with the 2024 report growth under another wording: 5.4 misses 6%左右', () => {
    const p = pairs.get('国内生产总值增长');
    expect(p).toMatchObject({ region: '安宁市', year: 2023, verdict: 'missed', rule: 'about-floor' });
    expect(p?.target).toMatchObject({
      value: 6,
      qualifier: 'approx',
      quote: '今年主要预期目标是：地区生产总值增长6%左右',
      file: 'r2023.txt',
    });
    expect(p?.outcome).toMatchObject({ value: 5.4, quote: '全市经济增长5.4%', file: 'r2024.txt' });
    expect(p?.margin).toBeCloseTo(-0.6);
  });
  it("takes the target near the words 预期目标, not last year's figure", () => {
    expect(pairs.get('国内生产总值增长')?.target?.value).toBe(6);
  });
  it("a figure summed over five years is not the year's outcome", () => {
    expect(pairs.get('城镇新增就业')).toMatchObject({ verdict: 'missed', outcome: { value: 4.8 } });
  });
  it('a CPI of 0.4% meets 3%左右', () => {
    expect(pairs.get('居民消费价格涨幅')?.verdict).toBe('met');
  });
  it('grain in 斤 meets a floor in 吨 (30亿斤 = 150万吨)', () => {
    expect(pairs.get('粮食产量')).toMatchObject({ verdict: 'met', margin: 0 });
  });
  it('a target the next report does not mention is not reported', () => {
    expect(pairs.get('城镇调查失业率')).toMatchObject({ verdict: 'not-reported', outcome: null });
  });
  it('an outcome with no target that year', () => {
    expect(pairs.get('一般公共预算收入增长')).toMatchObject({
      verdict: 'no-target',
      target: null,
      outcome: { value: 7 },
    });
  });
  it('names no rule knows are left out unless asked for, or linked by the user', () => {
    expect(pairs.has('建成高标准农田')).toBe(false);
    const all = pairTargets([plan2023, review2024], { all: true });
    expect(all.find((p) => p.indicator === '建成高标准农田')?.verdict).toBe('not-reported');
    const linked = pairTargets([plan2023, review2024], {
      links: addLink(NO_LINKS, '建成高标准农田', '新建高标准农田'),
    });
    expect(linked.find((p) => p.target?.name === '建成高标准农田')).toMatchObject({
      verdict: 'met',
      outcome: { value: 22 },
    });
  });
  it("the latest report's own targets wait for a report that is not there", () => {
    expect(pairTargets([plan2023, review2024]).some((p) => p.year === 2024)).toBe(false);
  });
  it('reports of other regions, or without a year, do not pair', () => {
    const elsewhere = { ...review2024, id: 'x', region: '别的市' };
    const undated = { ...review2024, id: 'y', year: null };
    expect(pairTargets([plan2023, elsewhere])).toEqual([]);
    expect(pairTargets([plan2023, undated])).toEqual([]);
  });
});
