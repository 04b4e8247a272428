import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-shared/model';
import {
  buildOutline,
  detectHeading,
  HEADING_MAX_CHARS,
  matchHeadingMarker,
  outlineTitle,
  TITLE_MAX_CHARS,
} from '../../../src-shared/text/outline';

const level = (s: string) => matchHeadingMarker(s, 0, s.length)?.level ?? null;

describe('matchHeadingMarker', () => {
  it.each([
    ['一、“十三五”时期及 2020 年工作回顾', 1],
    ['九、其他', 1],
    ['十、加强政府自身建设', 1],
    ['十二、附则', 1],
    ['二十、附则', 1],
    ['二十三、附则', 1],
    ['三、2021年工作安排', 1],
    ['（一）应对大战大考', 2],
    ['(一) 着力推进创新型城市建设', 2],
    ['( 十二 ) 其他', 2],
    ['（十）其他', 2],
    ['1.加快发展', 3],
    ['1. 加快发展', 3],
    ['12、加快发展', 3],
    ['１．加快发展', 3],
    ['３、加快发展', 3],
    ['（1）稳增长', 4],
    ['(12) 稳增长', 4],
    ['（１）稳增长', 4],
  ])('%j is level %i', (s, want) => expect(level(s)).toBe(want));

  it.each([
    '1.7万个党组织和37万名党员冲锋在前',
    '2020年极不平凡',
    '2021 年湖南省衡阳市人民政府工作报告',
    '一是坚持政治引领',
    '一、二、三产业融合发展',
    '1、2、3号线',
    '（一',
    '一、',
    '（1）',
    '三十、太大了',
    '100. 不是编号',
    '第一章 总则',
    '各位代表：',
    '1.2.3 节',
  ])('%j is not a heading', (s) => expect(level(s)).toBeNull());

  it('reports where the numbering ends', () => {
    expect(matchHeadingMarker('(一) 着力', 0, 6)).toEqual({ level: 2, end: 3 });
    expect(matchHeadingMarker('xx一、标题', 2, 6)).toEqual({ level: 1, end: 4 });
  });
  it('does not look past end', () => {
    expect(matchHeadingMarker('一、标题', 0, 2)).toBeNull();
  });
});

describe('detectHeading', () => {
  const detect = (s: string) => detectHeading(s, 0, s.length);

  it('takes a whole short block', () => {
    expect(detect('一、“十三五”时期及 2020 年工作回顾')).toEqual({ level: 1, end: 21, whole: true });
    expect(detect('（三）着力锻长板补短板，打造经济发展新引擎。')).toEqual({
      level: 2,
      end: 22,
      whole: true,
    });
    expect(detect('（一）标题。”')).toEqual({ level: 2, end: 7, whole: true });
  });
  it('takes the first sentence of a paragraph as a run-in heading', () => {
    const s =
      '（一）应对大战大考，统筹疫情防控和经济社会发展取得重大成果。众志成城慎终如始抓实抓牢疫情防控。';
    expect(detect(s)).toEqual({ level: 2, end: s.indexOf('。') + 1, whole: false });
    expect(detect('1.总体要求：坚持稳中求进。')).toEqual({ level: 3, end: 7, whole: false });
  });
  it('a short block with two sentences is a paragraph with a run-in heading', () => {
    expect(detect('（一）稳增长。保就业。')).toEqual({ level: 2, end: 7, whole: false });
  });
  it('a long block without an early sentence end is no heading', () => {
    const s = `（一）${'长'.repeat(200)}。`;
    expect(detect(s)).toBeNull();
    expect(detect(`一、${'长'.repeat(HEADING_MAX_CHARS)}`)).toBeNull();
  });
  it('none without numbering', () => {
    expect(detect('各位代表：')).toBeNull();
  });
  it('ends a heading where the body runs on from it on one line, restating its words', () => {
    const a = '三、2021年工作安排2021年是“两个一百年”奋斗目标交汇之年，是“十四五”开局之年。';
    expect(detect(a)).toEqual({ level: 1, end: a.indexOf('2021年是'), whole: false });
    const b = '一、“十三五”时期及 2020 年工作回顾“十三五”时期，是衡阳发展爬坡过坎、接续奋进的五年。';
    expect(detect(b)).toEqual({ level: 1, end: b.lastIndexOf('“十三五”'), whole: false });
  });
  it('does not cut a heading that repeats words after a comma or between years', () => {
    const a = '（一）坚持改革开放，坚持改革开放不动摇。';
    expect(detect(a)).toEqual({ level: 2, end: a.length, whole: true });
    expect(detect('一、2020年和2021年的工作')).toEqual({ level: 1, end: 16, whole: true });
  });
});

describe('outlineTitle', () => {
  it('trims, collapses spaces and drops the final mark', () => {
    expect(outlineTitle('  （一）应对大战大考，统筹发展。 ', 0, 19)).toBe('（一）应对大战大考，统筹发展');
    expect(outlineTitle('(一)  着力\u3000推进：', 0, 11)).toBe('(一) 着力 推进');
  });
  it('caps long titles with an ellipsis', () => {
    const t = outlineTitle('长'.repeat(100), 0, 100);
    expect(t).toHaveLength(TITLE_MAX_CHARS);
    expect(t.endsWith('…')).toBe(true);
  });
});

describe('buildOutline', () => {
  const text = [
    '2021 年工作报告',
    '一、回顾',
    '（一）应对大战大考，取得重大成果。众志成城。',
    '1.7万个党组织冲锋在前。',
    '二、任务',
    '(一) 着力推进创新。',
    '1. 提升企业创新能力。坚定发挥企业主体作用。',
    '（1）细则：一项。',
  ].join('\n');
  const blocks: Block[] = [];
  let at = 0;
  text.split('\n').forEach((line, i) => {
    const start = at;
    at += line.length + 1;
    if (i === 0) blocks.push({ start, end: start + line.length, kind: 'title' });
    else if (i === 1 || i === 4) blocks.push({ start, end: start + line.length, kind: 'heading', level: 1 });
    else blocks.push({ start, end: start + line.length, kind: 'paragraph' });
  });

  it('lists heading blocks and run-in headings in reading order', () => {
    const outline = buildOutline(text, blocks);
    expect(outline.map((o) => [o.level, o.title])).toEqual([
      [1, '一、回顾'],
      [2, '（一）应对大战大考，取得重大成果'],
      [1, '二、任务'],
      [3, '1. 提升企业创新能力'],
      [4, '（1）细则'],
    ]);
  });
  it('gives each item the range of its own text', () => {
    for (const o of buildOutline(text, blocks)) {
      expect(text.slice(o.start, o.end).startsWith(o.title)).toBe(true);
    }
    const runIn = buildOutline(text, blocks)[1];
    expect(runIn && text.slice(runIn.start, runIn.end)).toBe('（一）应对大战大考，取得重大成果。');
  });
  it('leaves out the title and whole paragraphs without numbering', () => {
    expect(buildOutline(text, blocks).some((o) => o.title.includes('工作报告'))).toBe(false);
    expect(buildOutline('', [])).toEqual([]);
  });
});
