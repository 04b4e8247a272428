import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../src-shared/text';
import { guessMeta } from '../../../src-shared/text/meta';
import { guessReport, speakerLevel, yearFromHeading } from '../../../src-shared/text/report-guess';

const guess = (lines: string[]) => guessReport(buildTextModel(lines.join('\n')));

describe('yearFromHeading', () => {
  it.each([
    ['一、2030年工作回顾', 2031],
    ['一、过去一年和“十五五”时期工作回顾', 2031],
    ['二、2031年经济社会发展总体要求和政策取向', 2031],
    ['三、2031年重点工作', 2031],
    ['二、“十六五”时期的主要目标和任务', 2031],
    ['一、“十五五”时期发展的回顾', 2031],
  ])('%j -> %i', (title, year) => expect(yearFromHeading(title)).toBe(year));
  it.each(['四、加强政府自身建设', '（二）到2035年远景目标', '一、回顾过去'])('%j -> null', (title) =>
    expect(yearFromHeading(title)).toBeNull(),
  );
});

describe('speakerLevel', () => {
  it.each([
    ['现在，我代表国务院，向大会作报告。', 'national'],
    ['现在，我代表省人民政府，向大会报告工作。', 'province'],
    ['现在，我代表自治区人民政府向大会报告。', 'province'],
    ['我代表省政府，向大会报告工作。', 'province'],
    ['我代表市人民政府向大会作报告。', 'city'],
    ['我代表县人民政府作报告。', 'county'],
  ])('%j -> %s', (text, level) => expect(speakerLevel(text)).toBe(level));
  it('is null without a speaker line', () => expect(speakerLevel('各位代表：请审议。')).toBeNull());
});

describe('guessReport without a title or date line', () => {
  it('dates a report from its review heading (the year before)', () => {
    const g = guess(['各位代表：', '现在，我代表国务院作报告。', '一、2030年工作回顾', '过去一年成绩显著。']);
    expect(g).toEqual({ year: 2031, yearFrom: 'structure', level: 'national' });
  });
  it('dates a report from its plan heading', () => {
    const g = guess([
      '各位代表：',
      '一、过去一年工作回顾',
      '成绩显著。',
      '二、2031年工作总体部署',
      '稳字当头。',
    ]);
    expect(g.year).toBe(2031);
  });
  it('does not take a year in the first sentences as the report year', () => {
    const g = guess(['各位代表：', '2020年以来我们攻坚克难。', '一、2030年工作回顾', '成绩显著。']);
    expect(g.year).toBe(2031);
  });
  it('reads the plan-year phrase when no heading has a year', () => {
    const g = guess([
      '各位代表：',
      '一、过去五年工作回顾',
      '成绩显著。',
      '二、今年工作建议',
      '今年是“十六五”规划的开局之年。',
    ]);
    expect(g.year).toBe(2031);
  });
  it('reads the years that open sentences of the review when nothing else dates it', () => {
    const g = guess([
      '各位代表：',
      '一、砥砺奋进，发展迈上新台阶',
      '2029年，我们顶住压力。2030年是极不平凡的一年。',
      '二、奋勇争先，谱写新篇章',
      '到2035年，基本实现现代化。',
    ]);
    expect(g.year).toBe(2031);
  });
  it('still prefers the date line when there is one', () => {
    const g = guess(['某市政府工作报告', '——2031年1月9日在大会上', '各位代表：', '一、2020年工作回顾']);
    expect(g).toMatchObject({ year: 2031, yearFrom: 'head' });
  });
});

describe('guessMeta of a header-less copy', () => {
  it('titles a national report by year and speaker', () => {
    const m = buildTextModel(
      ['各位代表：', '现在，我代表国务院作报告。', '一、2030年工作回顾', '增长很快。'].join('\n'),
    );
    expect(guessMeta(m, 'web.txt')).toEqual({
      title: '政府工作报告（2031，国务院）',
      year: 2031,
      region: '中国',
    });
  });
  it('names a province from the name its report repeats', () => {
    const m = buildTextModel(
      [
        '各位代表：',
        '现在，我代表省人民政府作报告。',
        '一、2030年工作回顾',
        '全省发展好，江西人民勤劳，江西山美，江西水美。',
      ].join('\n'),
    );
    expect(guessMeta(m, 'web.txt')).toEqual({
      title: '政府工作报告（2031，江西省）',
      year: 2031,
      region: '江西省',
    });
  });
  it('keeps a title line when there is one, with the region from the speaker', () => {
    const m = buildTextModel(
      ['在某次大会上的政府工作报告', '各位代表：', '现在，我代表国务院作报告。'].join('\n'),
    );
    expect(guessMeta(m, 'a.txt')).toMatchObject({ title: '在某次大会上的政府工作报告', region: '中国' });
  });
});
