// Which report a text is, when its title and date lines may be missing (web
// copies and transcripts often start at `各位代表：`): the year it was given
// and who gives it. One guess, shared by the library's metadata and the
// indicator extractor, so the title a user sees and the status of every
// indicator agree.
import type { TextModel } from '../model';

export type ReportLevel = 'national' | 'province' | 'city' | 'county';

export interface ReportGuess {
  /** The year the report was given, or null. */
  year: number | null;
  /** How the year was found: `head` title or date line, `structure` headings and body. */
  yearFrom: 'head' | 'structure' | null;
  /** Who speaks (`我代表国务院` → national), or null. */
  level: ReportLevel | null;
}

/** How far into the text a title or date line is looked for. */
const HEAD_CHARS = 300;
/** How far into the text the speaker line is looked for. */
const SPEAKER_CHARS = 1500;

const CN_DIGITS = '〇零一二三四五六七八九';
const YEAR = '((?:19|20)[0-9]{2}|[〇零一二][〇零一二三四五六七八九]{3})\\s*年';
/** `2024年1月18日`, `二〇二四年三月五日`: the day the report was given. */
const DATE_RE = new RegExp(
  `${YEAR}\\s*[0-9一二三四五六七八九十]{1,2}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日`,
);
const YEAR_RE = new RegExp(YEAR);
const YEARS_RE = new RegExp(YEAR, 'g');
const SALUTATION = /各位代表|同志们|各位委员/;

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

function foldDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** `十三` → 13 (the ordinal of a five-year plan). */
function planOrdinal(s: string): number | null {
  const digit = (ch: string) => '一二三四五六七八九'.indexOf(ch) + 1;
  if (s.length === 1) return s === '十' ? 10 : digit(s) || null;
  if (s.length === 2 && s.charAt(0) === '十') return 10 + digit(s.charAt(1)) || null;
  return null;
}

/** First year of the n-th five-year plan (from the 3rd on, every plan follows the last). */
function planStart(n: number): number | null {
  return n >= 3 && n <= 40 ? 1966 + 5 * (n - 3) : null;
}

/**
 * The year from the title or the date line: only the lines before the
 * salutation count, so a header-less copy is not dated by a year in its
 * first sentences.
 */
function yearFromHead(model: TextModel): number | null {
  let head = foldDigits(model.text.slice(0, HEAD_CHARS));
  const sal = SALUTATION.exec(head);
  if (sal) head = head.slice(0, sal.index);
  const date = DATE_RE.exec(head);
  if (date) return parseYear(date[1] ?? '');
  const first = model.blocks[0];
  const firstLine = first ? head.slice(first.start, Math.min(first.end, head.length)) : '';
  // Only a line that names a report dates it; a heading such as `一、2021年工作回顾` is structure.
  if (!/报告/.test(firstLine) && !sal) return null;
  const m = YEAR_RE.exec(/报告/.test(firstLine) ? firstLine : head) ?? YEAR_RE.exec(head);
  return m ? parseYear(m[1] ?? '') : null;
}

const REVIEW_WORDS = /回顾|过去|总结|工作情况|成就/;
const PLAN_WORDS = /安排|任务|目标|部署|要求|政策取向|重点工作|工作建议|的工作$|工作$/;
const PLAN_SPAN = /(十[一二三四五六七八九]?|[一二三四五六七八九])五/;

/** What one heading says of the report's year: `2021年工作回顾` → 2022, `2022年主要任务` → 2022. */
export function yearFromHeading(title: string): number | null {
  const t = foldDigits(title);
  const review = REVIEW_WORDS.test(t);
  const plan = PLAN_WORDS.test(t);
  if (!review && !plan) return null;
  const years = [...t.matchAll(YEARS_RE)]
    .filter((m) => !/[到至]\s*$/.test(t.slice(Math.max(0, m.index - 2), m.index)))
    .map((m) => parseYear(m[1] ?? ''))
    .filter((y): y is number => y !== null);
  if (years.length > 0) {
    const latest = Math.max(...years);
    return review ? latest + 1 : latest;
  }
  // `“十一五”时期……的回顾` → the plan's last year was just reviewed; `“十二五”时期的主要目标` → its first is now.
  const span = PLAN_SPAN.exec(t);
  if (span && t.charAt(span.index - 1) !== '第') {
    const n = planOrdinal(span[1] ?? '');
    const from = n === null ? null : planStart(n);
    if (from !== null) return review ? from + 5 : from;
  }
  return null;
}

/** `今年是……“十二五”……开局之年`, `……第二年`, `……收官之年`. */
const PLAN_YEAR_RE =
  /今年是[^。；\n]{0,30}?(十[一二三四五六七八九]?|[一二三四五六七八九])五[^。；\n]{0,20}?(开局|起步|第二|第三|第四|收官|决胜|最后一)/;
const PLAN_YEAR_OFFSET: Record<string, number> = {
  开局: 0,
  起步: 0,
  第二: 1,
  第三: 2,
  第四: 3,
  收官: 4,
  决胜: 4,
  最后一: 4,
};

/**
 * The year from the structure: top headings of the review and the plan, then
 * `今年是……规划的开局之年`, then the latest year opening a sentence of the
 * review (`2012年，我们……`), which is the year before the report's.
 */
function yearFromStructure(model: TextModel): number | null {
  const votes = new Map<number, number>();
  for (const item of model.outline) {
    const y = yearFromHeading(item.title);
    if (y !== null) votes.set(y, (votes.get(y) ?? 0) + (item.level <= 1 ? 3 : 1));
  }
  if (votes.size > 0) return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  const text = model.text;
  const plan = PLAN_YEAR_RE.exec(text);
  if (plan) {
    const n = planOrdinal(plan[1] ?? '');
    const from = n === null ? null : planStart(n);
    if (from !== null) return from + (PLAN_YEAR_OFFSET[plan[2] ?? ''] ?? 0);
  }
  // The review is the first top-level section (or the one that says so); the
  // sentences that open with a year there name past years: `2012年，我们……`,
  // `2024年是……`, `初步统计，2024年全省……`.
  const top = Math.min(...model.outline.map((o) => o.level));
  const tops = model.outline.filter((o) => o.level === top);
  const review = tops.find((o) => REVIEW_WORDS.test(o.title)) ?? tops[0];
  if (!review) return null;
  const end = tops.find((o) => o.start > review.start)?.start ?? text.length;
  let latest: number | null = null;
  const body = foldDigits(text.slice(review.start, end));
  const opening = new RegExp(
    `(?:^|[。；，,\\n])\\s*(?:初步统计|据初步统计|预计)?[，,]?\\s*${YEAR}(?:底|末)?(?:[，,]|是|全[省市区国州县盟])`,
    'g',
  );
  for (const m of body.matchAll(opening)) {
    const y = parseYear(m[1] ?? '');
    if (y !== null && (latest === null || y > latest)) latest = y;
  }
  return latest === null ? null : latest + 1;
}

/** `我代表国务院` → national; `我代表省人民政府` → province; `我代表市人民政府` → city. */
export function speakerLevel(text: string): ReportLevel | null {
  const m = /我代表\s*(国务院|[^，,。\s]{0,12}?(自治区|省|市|自治州|州|盟|县|区|旗)(?:人民)?政府)/.exec(
    text.slice(0, SPEAKER_CHARS),
  );
  if (!m) return null;
  if (m[1] === '国务院') return 'national';
  switch (m[2]) {
    case '省':
    case '自治区':
      return 'province';
    case '市':
      // `我代表市人民政府` could be a municipality too; the title or region decides the rest.
      return 'city';
    default:
      return m[2] === '州' || m[2] === '自治州' || m[2] === '盟' ? 'city' : 'county';
  }
}

export function guessReport(model: TextModel): ReportGuess {
  const level = speakerLevel(model.text);
  const head = yearFromHead(model);
  if (head !== null) return { year: head, yearFrom: 'head', level };
  const structure = yearFromStructure(model);
  return { year: structure, yearFrom: structure === null ? null : 'structure', level };
}
