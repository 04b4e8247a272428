import { describe, expect, it } from 'vitest';
import {
  besideChoices,
  matchSection,
  numberPaths,
  sectionNumber,
  sectionWords,
  titleSimilarity,
} from '../../../src-shared/compare';
import type { SectionHeading } from '../../../src-shared/compare';

const h = (title: string, level: number): SectionHeading => ({ title, level });

// Two years of one made-up national report, as their outlines read.
const Y2013: SectionHeading[] = [
  h('一、2013年工作回顾', 1),
  h('二、2014年工作总体部署', 1),
  h('三、2014年重点工作', 1),
  h('（一）推动重要领域改革取得新突破', 2),
  h('（二）开创高水平对外开放新局面', 2),
  h('（三）增强内需拉动经济的主引擎作用', 2),
  h('四、加强政府自身建设', 1),
];
const Y2014: SectionHeading[] = [
  h('一、2014年工作回顾', 1),
  h('二、2015年经济社会发展总体部署', 1),
  h('三、2015年重点工作', 1),
  h('（一）加大简政放权、放管结合改革力度', 2),
  h('（二）构建全方位对外开放新格局', 2),
  h('（三）统筹实施“四大板块”和“三个支撑带”战略组合', 2),
  h('（四）推动内需拉动经济的主引擎作用', 2),
  h('四、切实加强政府自身建设', 1),
];

describe('sectionNumber', () => {
  it.each([
    ['一、工作回顾', { kind: 'cn', n: 1 }],
    ['十二、其他', { kind: 'cn', n: 12 }],
    ['（二）稳增长', { kind: 'cn-paren', n: 2 }],
    ['(三) 惠民生', { kind: 'cn-paren', n: 3 }],
    ['3.抓项目', { kind: 'arabic', n: 3 }],
    ['１．抓招商', { kind: 'arabic', n: 1 }],
    ['4、优环境', { kind: 'arabic', n: 4 }],
    ['（5）补短板', { kind: 'arabic-paren', n: 5 }],
    ['第二部分 主要任务', { kind: 'part', n: 2 }],
  ])('%s', (title, number) => {
    expect(sectionNumber(title)).toEqual(number);
  });
  it('a title with no numbering, or a decimal, has none', () => {
    expect(sectionNumber('政府工作报告')).toBeNull();
    expect(sectionNumber('1.5万亿元专项债')).toBeNull();
  });
});

describe('sectionWords', () => {
  it('drops the numbering, the years and the punctuation', () => {
    expect(sectionWords('一、2013年工作回顾')).toBe('工作回顾');
    expect(sectionWords('一、２０１４年工作回顾')).toBe('工作回顾');
    expect(sectionWords('二、二〇一五年主要任务')).toBe('主要任务');
    expect(sectionWords('一、过去五年（2013—2017年）工作回顾')).toBe('过去五年工作回顾');
    expect(sectionWords('二、今年的主要目标')).toBe('的主要目标');
    expect(sectionWords('（三）“十四五”规划…')).toBe('十四五规划');
  });
});

describe('titleSimilarity', () => {
  it('is 1 for the same words in other years', () => {
    expect(titleSimilarity('一、2013年工作回顾', '一、2014年工作回顾')).toBe(1);
  });
  it('is high for a reworded title and low for another subject', () => {
    expect(titleSimilarity('四、加强政府自身建设', '四、切实加强政府自身建设')).toBeGreaterThan(0.8);
    expect(titleSimilarity('（一）推动重要领域改革', '（二）构建全方位对外开放新格局')).toBeLessThan(0.2);
  });
  it('is 0 when a title is only numbering', () => {
    expect(titleSimilarity('一、', '一、工作回顾')).toBe(0);
  });
});

describe('numberPaths', () => {
  it('puts each number under the numbers above it', () => {
    expect(numberPaths(Y2013)).toEqual([
      'cn:1',
      'cn:2',
      'cn:3',
      'cn:3>cn-paren:1',
      'cn:3>cn-paren:2',
      'cn:3>cn-paren:3',
      'cn:4',
    ]);
  });
  it('a heading under an unnumbered one has no path', () => {
    expect(numberPaths([h('前言', 1), h('（一）总体要求', 2)])).toEqual([null, null]);
  });
});

describe('matchSection', () => {
  it('pairs 一、2013年工作回顾 with 一、2014年工作回顾 by number and by title', () => {
    const offer = matchSection(Y2013, 0, Y2014);
    expect(offer.best).toEqual({ index: 0, sameNumber: true, similarity: 1 });
    expect(offer.byNumber?.index).toBe(0);
    expect(offer.byTitle?.index).toBe(0);
  });
  it('pairs 二、 with 二、 by number when the titles differ', () => {
    const offer = matchSection(Y2013, 1, Y2014);
    expect(offer.best?.index).toBe(1);
    expect(offer.byNumber?.index).toBe(1);
  });
  it('pairs a subsection by its whole path: 三、>（二） is not 一、>（二）', () => {
    const withOther = [h('一、回顾', 1), h('（二）别的', 2), ...Y2014];
    const offer = matchSection(Y2013, 4, withOther);
    expect(withOther[offer.byNumber?.index ?? -1]?.title).toBe('（二）构建全方位对外开放新格局');
  });
  it('offers the similar title apart from the same number when they disagree', () => {
    // 2013's （三） is about domestic demand; in 2014 that became （四）.
    const offer = matchSection(Y2013, 5, Y2014);
    expect(Y2014[offer.byNumber?.index ?? -1]?.title).toMatch(/^（三）统筹/);
    expect(Y2014[offer.byTitle?.index ?? -1]?.title).toBe('（四）推动内需拉动经济的主引擎作用');
    expect(offer.best?.index).toBe(offer.byTitle?.index);
  });
  it('matches by title alone when the other report numbers differently', () => {
    const other = [h('第一部分 工作回顾', 1), h('第二部分 重点工作', 1)];
    const offer = matchSection(Y2013, 2, other);
    expect(offer.byNumber).toBeNull();
    expect(offer.best?.index).toBe(1);
  });
  it('offers nothing when neither the number nor the words agree', () => {
    const offer = matchSection([h('附件：名词解释', 1)], 0, Y2014);
    expect(offer).toEqual({ best: null, byNumber: null, byTitle: null });
  });
  it('offers nothing for an index outside the outline', () => {
    expect(matchSection(Y2013, 99, Y2014).best).toBeNull();
  });
});

describe('besideChoices', () => {
  const rec = (id: string, region: string | null, year: number | null, level: string | null = null) => ({
    id,
    region,
    year,
    corpus: { level },
  });
  const library = [
    rec('bj-2014', '北京市', 2014, 'provincial'),
    rec('cn-2011', '中国', 2011, 'national'),
    rec('cn-2014', '中国', 2014, 'national'),
    rec('cn-2013', '中国', 2013, 'national'),
    rec('cn-2012', '中国', 2012, 'national'),
    rec('unknown', null, null),
  ];
  it('puts the same region’s previous year first, then the next, then its other years by distance', () => {
    const order = besideChoices(rec('cn-2013', '中国', 2013, 'national'), library);
    expect(order.map((c) => c.record.id)).toEqual(['cn-2012', 'cn-2014', 'cn-2011', 'bj-2014', 'unknown']);
    expect(order.map((c) => c.reason)).toEqual([
      'previous-year',
      'next-year',
      'same-region',
      'other',
      'other',
    ]);
  });
  it('does not pair a city with the province of the same name', () => {
    const order = besideChoices(rec('jl-city', '吉林', 2024, 'prefecture'), [
      rec('jl-prov', '吉林', 2023, 'provincial'),
    ]);
    expect(order[0]?.reason).toBe('other');
  });
});
