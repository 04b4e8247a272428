// When a value is about: years (`2020年`, `到2025年`, `二〇三五年`), five-year
// plans (`“十四五”时期` = 2021-2025), and spans relative to the report
// (`过去五年`, `今年`). Cues are found once over the whole text, in order.

export interface Span {
  from: number;
  to: number;
}

export function formatSpan(span: Span): string {
  return span.from === span.to ? String(span.from) : `${span.from}-${span.to}`;
}

/**
 * The years of the n-th five-year plan: the 1st ran 1953-1957 and the 2nd
 * 1958-1962; after a three-year gap the 3rd began in 1966, and every plan
 * since has followed the last (the 13th: 2016-2020, the 14th: 2021-2025).
 */
export function fiveYearPlanSpan(n: number): Span | null {
  if (!Number.isInteger(n) || n < 1 || n > 40) return null;
  const from = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return { from, to: from + 4 };
}

const CN_DIGITS = '〇零一二三四五六七八九';

/** `2020` or `二〇二〇` as a year, or null. */
export function parseYear(s: string): number | null {
  let y = 0;
  if (/^[0-9]{4}$/.test(s)) y = Number(s);
  else if (s.length === 4) {
    for (const ch of s) {
      const d = CN_DIGITS.indexOf(ch);
      if (d < 0) return null;
      y = y * 10 + (d === 0 ? 0 : d - 1);
    }
  } else return null;
  return y >= 1900 && y <= 2200 ? y : null;
}

/** `十三` → 13, `四` → 4 (the ordinal of a plan written before `五`). */
function planOrdinal(s: string): number | null {
  const digit = (ch: string) => '一二三四五六七八九'.indexOf(ch) + 1;
  if (s.length === 1) return s === '十' ? 10 : digit(s) || null;
  if (s.length === 2 && s.charAt(0) === '十') return 10 + digit(s.charAt(1)) || null;
  return null;
}

export type Relative = 'past5' | 'next5' | 'lastYear' | 'thisYear' | 'nextYear' | 'past2' | 'past3';

export interface PeriodCue {
  start: number;
  end: number;
  year?: number;
  span?: Span;
  relative?: Relative;
  /** `到2025年`, `2025年前`, `从2021年起`: a deadline, so what follows is a target when it lies ahead. */
  deadline: boolean;
  /** Opens a clause (`2020年，…`, `“十四五”期间，…`), so it sets the time of what follows. */
  leading: boolean;
}

const YEAR_RE =
  /((?:19|20)[0-9]{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年(底前|末前|以前|之前|前|底|末|起|以来|度)?/g;
/** What may stand before a year, read backwards from it (a regex anchored there would try every position). */
const YEAR_PREFIX = /(到|至|截至|截止到|截止|从|自|较|比|与|同|于)\s*$/;
const PLAN_RE = /“?(十[一二三四五六七八九]?|[一二三四五六七八九])五”?\s*(时期|期间|以来|末|规划期)/g;
const RELATIVE_RE =
  /过去五年|五年来|今后五年|未来五年|过去一年|一年来|今年|明年|去年|近两年|近三年|过去两年|过去三年/g;

const RELATIVE: Record<string, Relative> = {
  过去五年: 'past5',
  五年来: 'past5',
  今后五年: 'next5',
  未来五年: 'next5',
  过去一年: 'lastYear',
  一年来: 'lastYear',
  去年: 'lastYear',
  今年: 'thisYear',
  明年: 'nextYear',
  近两年: 'past2',
  过去两年: 'past2',
  近三年: 'past3',
  过去三年: 'past3',
};

function opensClause(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s在—-]/.test(text.charAt(i)) && pos - i < 4) i--;
  return i < 0 || /[,，。;；:：!?！？\n]/.test(text.charAt(i));
}

/** Period cues in the (width-folded) text, in order of position. */
export function findPeriodCues(text: string): PeriodCue[] {
  const cues: PeriodCue[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    // Inside a longer number (`120201年`)?
    if (/[0-9]/.test(text.charAt(m.index - 1))) continue;
    const prefix = YEAR_PREFIX.exec(text.slice(Math.max(0, m.index - 5), m.index))?.[1] ?? '';
    if (/^(较|比|与|同)$/.test(prefix)) continue;
    const year = parseYear(m[1] ?? '');
    if (year === null) continue;
    const suffix = m[2] ?? '';
    const start = m.index;
    cues.push({
      start,
      end: m.index + m[0].length,
      year,
      deadline: /^(到|至|从|自)$/.test(prefix) || /前$|起/.test(suffix),
      leading: prefix !== '' || /前|起|以来|底|末/.test(suffix) || opensClause(text, start),
    });
  }
  for (const m of text.matchAll(PLAN_RE)) {
    const n = planOrdinal(m[1] ?? '');
    const span = n === null ? null : fiveYearPlanSpan(n);
    if (!span) continue;
    const atEnd = m[2] === '末';
    cues.push({
      start: m.index,
      end: m.index + m[0].length,
      ...(atEnd ? { year: span.to } : { span }),
      deadline: false,
      leading: true,
    });
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    if (/[比较同与]/.test(text.charAt(m.index - 1))) continue;
    const relative = RELATIVE[m[0]];
    if (!relative) continue;
    cues.push({
      start: m.index,
      end: m.index + m[0].length,
      relative,
      deadline: false,
      leading: opensClause(text, m.index) || m[0].length >= 3,
    });
  }
  cues.sort((a, b) => a.start - b.start);
  return cues;
}

/** The years and plans a heading names: `“十三五”时期及 2020 年工作回顾` → 2016-2020 and 2020. */
export function headingPeriods(title: string): { years: number[]; spans: Span[] } {
  const years: number[] = [];
  for (const m of title.matchAll(/((?:19|20)[0-9]{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年/g)) {
    const y = parseYear(m[1] ?? '');
    if (y !== null) years.push(y);
  }
  const spans: Span[] = [];
  for (const m of title.matchAll(
    /(十[一二三四五六七八九]?|[一二三四五六七八九])五(?:”|"|时期|期间|规划|以来|末)/g,
  )) {
    if (title.charAt(m.index - 1) === '第') continue;
    const n = planOrdinal(m[1] ?? '');
    const span = n === null ? null : fiveYearPlanSpan(n);
    if (span) spans.push(span);
  }
  return { years, spans };
}

/** Words that make a statement a goal: `力争`, `确保`, `目标`. */
export const TARGET_CUE_RE = /力争|确保|预期目标|主要目标|目标是|目标为|目标任务是|争取|预计到|拟/g;
/** The cues that make a goal inside a review too. */
export const STRONG_TARGET_CUE_RE = /力争|预期目标|目标是|目标为|目标任务是|预计到|拟/g;
