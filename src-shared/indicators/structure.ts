// What the document's structure says about time and status: the report's
// year, and for each heading of the outline whether its section reviews the
// past (`2020年工作回顾`) or sets goals (`2021年工作安排`, `“十四五”时期主要任务`),
// and for which year or plan.
import type { OutlineItem, TextModel } from '../model';
import type { IndicatorStatus } from './types';
import { guessReport } from '../text/report-guess';
import { headingPeriods, type Span } from './period';

export interface Frame {
  status: IndicatorStatus | null;
  /** A single year the section is about (the reviewed year, the planned year). */
  year: number | null;
  /** A plan period the section is about. */
  span: Span | null;
}

export interface Section {
  start: number;
  /** Titles from the outermost heading down to this one. */
  path: string[];
  frame: Frame;
}

const REVIEW_RE = /回顾|过去|成就|总结|工作情况|以来|取得|成绩/;
// Only top-level headings are read for these words: subsections of a review
// start with verbs too (`（一）推进创新开放，……`).
const PLAN_RE = /安排|任务|目标|思路|部署|计划|打算|建议|展望|要求|政策取向/;

/**
 * The year the report was given: its date or title line, else what its
 * headings and body say (one guess with the library's metadata).
 */
export function findReportYear(model: TextModel): number | null {
  return guessReport(model).year;
}

function frameOf(title: string, reportYear: number | null, top: boolean): Frame {
  const { years, spans } = headingPeriods(title);
  // `二、今年经济社会发展的总体要求`: the report's own year.
  if (years.length === 0 && reportYear !== null && /今年/.test(title)) years.push(reportYear);
  const span = spans[0] ?? null;
  let status: IndicatorStatus | null = null;
  if (reportYear !== null && (years.length > 0 || span)) {
    const latest = Math.max(...years, span ? span.to : -Infinity);
    status = latest >= reportYear ? 'target' : 'actual';
  }
  if (status === null && top) {
    if (REVIEW_RE.test(title)) status = 'actual';
    else if (PLAN_RE.test(title) && reportYear !== null) status = 'target';
  }
  const near = years.find((y) => reportYear === null || Math.abs(y - reportYear) <= 1);
  if (status === 'actual' && near === undefined && !span && reportYear !== null) {
    // `过去五年工作回顾`, `一年来的工作`: the years just before the report.
    if (/过去五年|五年来/.test(title))
      return { status, year: null, span: { from: reportYear - 5, to: reportYear - 1 } };
    if (/过去一年|一年来/.test(title)) return { status, year: reportYear - 1, span: null };
  }
  return { status, year: near ?? null, span };
}

/**
 * One section per outline item, in order. A heading that says nothing of time
 * inherits from the heading above it; a top-level one from the top-level
 * section before it (`四、加强政府自身建设` after `三、2021年工作安排`), except
 * that the first one is the review and one after the review is the plan.
 */
export function buildSections(outline: readonly OutlineItem[], reportYear: number | null): Section[] {
  const sections: Section[] = [];
  const stack: Array<{ level: number; title: string; frame: Frame }> = [];
  let lastTop: Frame | null = null;
  const topLevel = Math.min(...outline.map((o) => o.level));
  for (const item of outline) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= item.level) stack.pop();
    const top = item.level === topLevel;
    let parent = stack[stack.length - 1]?.frame ?? (stack.length === 0 ? lastTop : null);
    // A report opens with its review; a top-level section after the review that says
    // nothing of time (`二、牢记使命，奋勇争先`) is the plan, not more review.
    if (top && parent === null) parent = { status: 'actual', year: null, span: null };
    else if (top && parent?.status === 'actual') parent = { status: 'target', year: null, span: null };
    const own = frameOf(item.title, reportYear, top);
    const frame: Frame = {
      status: own.status ?? parent?.status ?? null,
      year: own.year ?? (own.span ? null : (parent?.year ?? null)),
      span: own.span ?? (own.year !== null ? null : (parent?.span ?? null)),
    };
    stack.push({ level: item.level, title: item.title, frame });
    if (stack.length === 1) lastTop = frame;
    sections.push({ start: item.start, path: stack.map((s) => s.title), frame });
  }
  return sections;
}
