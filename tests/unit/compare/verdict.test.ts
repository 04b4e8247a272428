// Every rule of verdict.ts, each at its edge.
import { describe, expect, it } from 'vitest';
import { judge, ruleFor, toleranceOf } from '../../../src-shared/compare';

const pct = (value: number, qualifier: 'exact' | 'approx' | 'above' | 'below', valueMax?: number) => ({
  value,
  unit: '%',
  qualifier,
  ...(valueMax !== undefined ? { valueMax } : {}),
});

describe('floor: 以上 / 超过, or a plain number where more is better', () => {
  it('城镇新增就业900万人以上: 900 is met, 899 missed', () => {
    const t = { value: 900, unit: '万人', qualifier: 'above' as const };
    expect(judge(t, { value: 900, unit: '万人' }, 'up')).toMatchObject({ verdict: 'met', rule: 'floor' });
    expect(judge(t, { value: 899, unit: '万人' }, 'up')).toMatchObject({ verdict: 'missed', margin: -1 });
  });
  it('a floor compares across scales: 1.2 万亿斤 against 6000 万吨以上', () => {
    const t = { value: 6000, unit: '万吨', qualifier: 'above' as const };
    expect(judge(t, { value: 1.2, unit: '万亿斤' }, 'up')?.verdict).toBe('met');
  });
  it('a plain number of unknown direction is a floor', () => {
    expect(ruleFor({ qualifier: 'exact' }, null)).toBe('floor');
    expect(
      judge({ value: 50, unit: '个', qualifier: 'exact' }, { value: 48, unit: '个' }, null)?.verdict,
    ).toBe('missed');
  });
});

describe('ceiling: 以内 / 控制在 / 低于, or a plain number where less is better', () => {
  it('城镇登记失业率控制在4.6%以内: 4.6 met, 4.7 missed', () => {
    expect(judge(pct(4.6, 'below'), { value: 4.6, unit: '%' }, 'down')).toMatchObject({
      verdict: 'met',
      rule: 'ceiling',
    });
    expect(judge(pct(4.6, 'below'), { value: 4.7, unit: '％' }, 'down')?.verdict).toBe('missed');
  });
  it('a plain CPI figure is a ceiling', () => {
    expect(ruleFor({ qualifier: 'exact' }, 'down')).toBe('ceiling');
    expect(judge(pct(3, 'exact'), { value: 3.1, unit: '%' }, 'down')?.verdict).toBe('missed');
  });
});

describe('左右: 0.5 percentage points on rates, 5% on amounts', () => {
  it('经济增长7.5%左右 (more is better): 7.0 met, 6.9 missed, 9.0 met', () => {
    expect(judge(pct(7.5, 'approx'), { value: 7.0, unit: '%' }, 'up')).toMatchObject({
      verdict: 'met',
      rule: 'about-floor',
    });
    expect(judge(pct(7.5, 'approx'), { value: 6.9, unit: '%' }, 'up')?.verdict).toBe('missed');
    expect(judge(pct(7.5, 'approx'), { value: 9.0, unit: '%' }, 'up')?.verdict).toBe('met');
  });
  it('居民消费价格涨幅3%左右 (a ceiling): 3.5 met, 3.6 missed, 1.0 met', () => {
    expect(judge(pct(3, 'approx'), { value: 3.5, unit: '%' }, 'down')).toMatchObject({
      verdict: 'met',
      rule: 'about-ceiling',
    });
    expect(judge(pct(3, 'approx'), { value: 3.6, unit: '%' }, 'down')?.verdict).toBe('missed');
    expect(judge(pct(3, 'approx'), { value: 1.0, unit: '%' }, 'down')?.verdict).toBe('met');
  });
  it('左右 of unknown direction tolerates either side', () => {
    const t = { value: 200, unit: '亿元', qualifier: 'approx' as const };
    expect(toleranceOf(t)).toBe(10);
    expect(judge(t, { value: 190, unit: '亿元' }, null)).toMatchObject({ verdict: 'met', rule: 'about' });
    expect(judge(t, { value: 211, unit: '亿元' }, null)?.verdict).toBe('missed');
    expect(judge(t, { value: 189, unit: '亿元' }, null)?.verdict).toBe('missed');
  });
});

describe('ranges', () => {
  it('增长5%-6% of unknown direction: inside met, outside missed', () => {
    expect(judge(pct(5, 'exact', 6), { value: 5.5, unit: '%' }, null)).toMatchObject({
      verdict: 'met',
      rule: 'range',
    });
    expect(judge(pct(5, 'exact', 6), { value: 6.2, unit: '%' }, null)?.verdict).toBe('missed');
  });
  it('a range where more is better binds at its low end, less is better at its high end', () => {
    expect(judge(pct(5, 'exact', 6), { value: 6.2, unit: '%' }, 'up')?.verdict).toBe('met');
    expect(judge(pct(2, 'exact', 3), { value: 3, unit: '%' }, 'down')?.verdict).toBe('met');
    expect(judge(pct(2, 'exact', 3), { value: 3.1, unit: '%' }, 'down')?.verdict).toBe('missed');
  });
});

it('units that do not compare give no verdict', () => {
  expect(judge(pct(5, 'above'), { value: 5, unit: '个百分点' }, 'up')).toBeNull();
});
