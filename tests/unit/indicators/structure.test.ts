import { describe, expect, it } from 'vitest';
import { buildSections, findReportYear } from '../../../src-shared/indicators/structure';
import { buildTextModel } from '../../../src-shared/text';

const REPORT = [
  '2024年某市政府工作报告',
  '一、2023年工作回顾',
  '（一）发展质量稳步提升。全市生产总值增长6%。',
  '二、2024年主要目标和任务',
  '（一）抓好项目建设。新开工项目100个。',
  '三、加强政府自身建设',
  '严格控制一般性支出。',
].join('\n');

describe('findReportYear', () => {
  it('reads the year in the title', () => {
    expect(findReportYear(buildTextModel(REPORT))).toBe(2024);
  });

  it('is null without a year near the start', () => {
    expect(findReportYear(buildTextModel('各位代表：\n现在我作报告。'))).toBeNull();
  });
});

describe('buildSections', () => {
  const model = buildTextModel(REPORT);
  const sections = buildSections(model.outline, 2024);

  it('reads a review heading as actual, for the year it names', () => {
    expect(sections[0]?.frame).toEqual({ status: 'actual', year: 2023, span: null });
  });

  it('lets a subsection inherit from its heading', () => {
    expect(sections[1]?.frame).toEqual({ status: 'actual', year: 2023, span: null });
    expect(sections[1]?.path).toEqual(['一、2023年工作回顾', '（一）发展质量稳步提升']);
  });

  it('reads a plan heading as target', () => {
    expect(sections[2]?.frame).toEqual({ status: 'target', year: 2024, span: null });
  });

  it('lets a top-level heading without time inherit from the one before', () => {
    expect(sections[4]?.frame).toEqual({ status: 'target', year: 2024, span: null });
  });

  it('reads a five-year plan heading as its span', () => {
    const [s] = buildSections([{ title: '二、“十五五”时期奋斗目标', level: 1, start: 0, end: 10 }], 2026);
    expect(s?.frame).toEqual({ status: 'target', year: null, span: { from: 2026, to: 2030 } });
  });
});

describe('buildSections without words of time', () => {
  const sections = (titles: string[], year: number | null = 2031) =>
    buildSections(
      titles.map((title, i) => ({
        title,
        level: title.startsWith('（') ? 2 : 1,
        start: i * 10,
        end: i * 10 + 9,
      })),
      year,
    ).map((s) => s.frame);

  it('reads the first top-level section as the review and the ones after it as the plan', () => {
    const f = sections([
      '一、砥砺前行，成效显著',
      '（一）产业升级',
      '二、奋楫争先，再谱新篇',
      '（一）扩大内需',
      '三、建设人民满意政府',
    ]);
    expect(f.map((x) => x.status)).toEqual(['actual', 'actual', 'target', 'target', 'target']);
  });

  it('gives a five-year review the five years before the report', () => {
    expect(sections(['一、过去五年工作回顾'])[0]).toEqual({
      status: 'actual',
      year: null,
      span: { from: 2026, to: 2030 },
    });
  });

  it('gives a one-year review the year before the report', () => {
    expect(sections(['一、过去一年工作回顾'])[0]).toEqual({ status: 'actual', year: 2030, span: null });
  });

  it('reads `今年` in a plan heading as the report year', () => {
    expect(sections(['一、过去五年工作回顾', '二、今年工作的总体要求'])[1]).toEqual({
      status: 'target',
      year: 2031,
      span: null,
    });
  });
});
