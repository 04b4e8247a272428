import { describe, expect, it } from 'vitest';
import type { OutlineItem } from '../../../src-shared/model';
import {
  headingMarker,
  sectionHeading,
  sectionLabel,
  sectionPath,
  shortHeading,
} from '../../../src-shared/text/sections';
import { hengyangPdf, hengyangTxt } from '../anchoring/hengyang';

const item = (title: string, level: number, start: number): OutlineItem => ({
  title,
  level,
  start,
  end: start + title.length,
});

describe('sectionPath', () => {
  const outline = [
    item('一、回顾', 1, 10),
    item('（一）疫情防控', 2, 20),
    item('1.复工复产', 3, 30),
    item('（二）创新开放', 2, 50),
    item('二、任务', 1, 70),
    item('1.没有上级的第三级', 3, 90),
  ];
  const titles = (offset: number) => sectionPath(outline, offset).map((h) => h.title);

  it('is empty before the first heading', () => {
    expect(titles(0)).toEqual([]);
    expect(titles(9)).toEqual([]);
    expect(titles(-1)).toEqual([]);
  });
  it('gives the chain of headings, outermost first', () => {
    expect(titles(10)).toEqual(['一、回顾']);
    expect(titles(25)).toEqual(['一、回顾', '（一）疫情防控']);
    expect(titles(35)).toEqual(['一、回顾', '（一）疫情防控', '1.复工复产']);
  });
  it('leaves a deeper section when a sibling or a higher heading starts', () => {
    expect(titles(55)).toEqual(['一、回顾', '（二）创新开放']);
    expect(titles(75)).toEqual(['二、任务']);
  });
  it('skips missing levels', () => {
    expect(titles(95)).toEqual(['二、任务', '1.没有上级的第三级']);
  });
  it('is empty without an outline', () => {
    expect(sectionPath([], 5)).toEqual([]);
  });
});

describe('headingMarker and sectionLabel', () => {
  it('keeps the numbering of each heading', () => {
    expect(headingMarker(item('二、“十四五”时期主要任务', 1, 0))).toBe('二、');
    expect(headingMarker(item('（三）着力锻长板补短板', 2, 0))).toBe('（三）');
    expect(headingMarker(item('( 一 ) 着力推进创新型城市建设', 2, 0))).toBe('(一)');
    expect(headingMarker(item('3.坚持系统观念', 3, 0))).toBe('3.');
    expect(headingMarker(item('（12）加强监督', 4, 0))).toBe('（12）');
  });
  it('falls back to the first characters of an unnumbered heading', () => {
    expect(headingMarker(item('政府工作报告', 1, 0))).toBe('政府工作报告');
    expect(headingMarker(item('关于国民经济和社会发展计划的报告', 1, 0))).toBe('关于国民经济和社…');
  });
  it('joins the chain with >', () => {
    const outline = [item('二、任务', 1, 0), item('（三）改革', 2, 10)];
    expect(sectionLabel(outline, 12)).toBe('二、>（三）');
    expect(sectionLabel(outline, 5)).toBe('二、');
    expect(sectionLabel([], 5)).toBe('');
  });
});

describe('shortHeading and sectionHeading', () => {
  it('keeps a short heading whole', () => {
    expect(shortHeading('（三）强化担当抓落实')).toBe('（三）强化担当抓落实');
    expect(shortHeading('  一、2020年\n工作回顾 ')).toBe('一、2020年 工作回顾');
  });
  it('cuts a long heading at its first clause', () => {
    expect(shortHeading('（一）应对大战大考，统筹疫情防控和经济社会发展取得重大成果')).toBe(
      '（一）应对大战大考…',
    );
  });
  it('cuts a long heading without a short first clause at the limit', () => {
    const long = '二、“十四五”时期主要任务及2035年远景目标';
    expect(shortHeading(long, 12)).toBe('二、“十四五”时期主要…');
    expect(shortHeading(long, 12)).toHaveLength(12);
    // A first clause of one character is no name.
    expect(shortHeading('（一）稳，经济运行保持在合理区间持续向好发展', 12)).toBe('（一）稳，经济运行保持…');
  });
  it('names the nearest heading above a place, or nothing before the first', () => {
    const outline = [item('二、任务', 1, 0), item('（三）坚持创新引领', 2, 10), item('三、安排', 1, 30)];
    expect(sectionHeading(outline, 12)).toBe('（三）坚持创新引领');
    expect(sectionHeading(outline, 5)).toBe('二、任务');
    expect(sectionHeading(outline, 31)).toBe('三、安排');
    expect(sectionHeading([], 5)).toBe('');
  });
});

describe('sections of the Hengyang report', () => {
  for (const [name, model] of [
    ['txt', hengyangTxt()],
    ['pdf', hengyangPdf()],
  ] as const) {
    it(`labels places in the ${name} edition`, () => {
      const at = (quote: string) => model.text.indexOf(quote);
      expect(sectionLabel(model.outline, at('各位代表'))).toBe('');
      expect(sectionLabel(model.outline, at('地方税收收入达'))).toBe('一、');
      expect(sectionLabel(model.outline, at('人才雁阵'))).toBe('三、>(一)');
      expect(sectionLabel(model.outline, at('三馆两中心'))).toBe('三、>（七）');
      const path = sectionPath(model.outline, at('严明纪律守底线') + 2);
      expect(path.map((h) => h.title.slice(0, 10))).toEqual(['四、加强政府自身建设', '（四）严明纪律守底线']);
      expect(sectionLabel(model.outline, model.text.length)).toBe('四、>（四）');
      expect(sectionHeading(model.outline, at('地方税收收入达'))).toBe('一、“十三五”时期及 2020 年工作回顾');
      expect(sectionHeading(model.outline, at('人才雁阵'))).toBe('(一) 着力推进创新型城市建设…');
    });
  }
});
