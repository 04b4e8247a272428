import { describe, expect, it } from 'vitest';
import { report, rows } from './helpers';
import {
  findPeriodCues,
  fiveYearPlanSpan,
  formatSpan,
  headingPeriods,
  parseYear,
} from '../../../src-shared/indicators/period';

describe('fiveYearPlanSpan', () => {
  it('knows the plans from their ordinal', () => {
    expect(fiveYearPlanSpan(1)).toEqual({ from: 1953, to: 1957 });
    expect(fiveYearPlanSpan(3)).toEqual({ from: 1966, to: 1970 });
    expect(fiveYearPlanSpan(13)).toEqual({ from: 2016, to: 2020 });
    expect(fiveYearPlanSpan(15)).toEqual({ from: 2026, to: 2030 });
    expect(fiveYearPlanSpan(0)).toBeNull();
  });

  it('formats a span and a single year', () => {
    expect(formatSpan({ from: 2021, to: 2025 })).toBe('2021-2025');
    expect(formatSpan({ from: 2024, to: 2024 })).toBe('2024');
  });
});

describe('parseYear', () => {
  it('reads Arabic and Chinese years', () => {
    expect(parseYear('2024')).toBe(2024);
    expect(parseYear('二〇三五')).toBe(2035);
    expect(parseYear('一二三')).toBeNull();
    expect(parseYear('1234')).toBeNull();
  });
});

describe('findPeriodCues', () => {
  it('finds deadlines (到…年, …年前, 从…年起)', () => {
    const cues = findPeriodCues('到2027年，建成示范区；2026年前完成改造；从2025年起每年投入');
    expect(cues.map((c) => [c.year, c.deadline])).toEqual([
      [2027, true],
      [2026, true],
      [2025, true],
    ]);
  });

  it('skips comparison bases (较2020年, 比2019年)', () => {
    expect(findPeriodCues('利润较2020年增长，税收比2019年提高')).toEqual([]);
  });

  it('marks a year that opens a clause as leading, one inside it as not', () => {
    const [a, b] = findPeriodCues('2022年，全区经济回升，入选2022年度示范名单');
    expect(a).toMatchObject({ year: 2022, leading: true });
    expect(b).toMatchObject({ year: 2022, leading: false });
  });

  it('finds five-year plans with 时期/期间', () => {
    const [cue] = findPeriodCues('“十五五”期间，力争');
    expect(cue?.span).toEqual({ from: 2026, to: 2030 });
  });

  it('finds relative spans, but not in comparisons', () => {
    expect(findPeriodCues('过去五年，我们').map((c) => c.relative)).toEqual(['past5']);
    expect(findPeriodCues('今后五年，要').map((c) => c.relative)).toEqual(['next5']);
    expect(findPeriodCues('比去年多').map((c) => c.relative)).toEqual([]);
  });
});

describe('headingPeriods', () => {
  it('reads years and plans in a heading', () => {
    expect(headingPeriods('一、“十四五”时期工作回顾和2021年目标')).toEqual({
      years: [2021],
      spans: [{ from: 2021, to: 2025 }],
    });
  });

  it('does not take a section number for a plan', () => {
    expect(headingPeriods('十五、加强政府建设').spans).toEqual([]);
  });
});

describe('extract: time in a text of one sentence a line', () => {
  // Thirty filler lines make the text read as one sentence a line.
  const filler = Array.from({ length: 30 }, (_, i) => `我们做了第${i}件事。`);
  const text = [
    '2031年政府工作报告',
    '一、“十五五”时期工作回顾',
    ...filler,
    '近两年，我们加大投入，成效明显。',
    '新建公园40个，',
    '新增绿地900公顷。',
    '二、2031年工作安排',
    '过去一年，各项工作取得新进展。',
    '农业产值增长4.2%，',
    '粮食产量达到320亿斤。',
    '今年，形势依然复杂。',
    '农业产值增长4%左右。',
  ].join('\n');

  it('carries a relative span that opens a line over the lines after it', () => {
    const r = rows(text);
    expect(r.map((x) => [x.value, x.status, x.period])).toEqual([
      [40, 'actual', '2029-2030'],
      [900, 'actual', '2029-2030'],
      [4.2, 'actual', '2030'],
      [320, 'actual', '2030'],
      [4, 'target', '2031'],
    ]);
  });
});

describe('extract: goal words inside a review', () => {
  it('reads 争取 and 确保 in a review as what was secured, 力争 and 拟 as goals', () => {
    const r = rows(
      report([
        '积极争取上级补助资金95亿元。',
        '确保完成造林8万亩。',
        '力争明年引进企业30家。',
        '拟新建学校6所。',
      ]),
    );
    expect(r.map((x) => [x.value, x.status])).toEqual([
      [95, 'actual'],
      [8, 'actual'],
      [30, 'target'],
      [6, 'target'],
    ]);
  });
});
