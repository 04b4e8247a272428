// A passage or an indicator as a citation to paste into one's own writing:
// the words as the report has them, then the report's title and page
// (`“……”（《2021年衡阳市政府工作报告》，第 3 页）`).
import type { Locale } from '../model';

export interface CiteSource {
  /** The report's title (or its file name). */
  title: string;
  /** 1-based page, for a PDF. */
  page?: number | null;
  locale?: Locale;
}

/** Line breaks inside a quote: nothing between Chinese characters, a space otherwise. */
function oneLine(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/g, (m, at: number, all: string) =>
      /[\u3000-\u9fff\uff00-\uffef]/.test(all.charAt(at - 1)) ? '' : ' ',
    );
}

/** `《title》，第 3 页` or `Title, p. 3`. */
function source({ title, page, locale = 'zh-CN' }: CiteSource): string {
  const name = title.trim();
  if (locale === 'en') return page ? `${name}, p. ${page}` : name;
  const book = /^《.*》$/.test(name) ? name : `《${name}》`;
  return page ? `${book}，第 ${page} 页` : book;
}

/** A quoted passage with its source. */
export function citeQuote(quote: string, from: CiteSource): string {
  const words = oneLine(quote);
  return from.locale === 'en' ? `“${words}” (${source(from)})` : `“${words}”（${source(from)}）`;
}

export interface CitedIndicator {
  name: string;
  /** The value with its unit, as the table shows it (`9.5%`). */
  value: string;
  status: 'actual' | 'target';
  period: string | null;
  /** The sentence it was read from. */
  sentence: string;
}

const STATUS: Record<Locale, Record<CitedIndicator['status'], string>> = {
  'zh-CN': { actual: '实绩', target: '目标' },
  en: { actual: 'outcome', target: 'target' },
};

/** An indicator as one line: name and value, what it is, then its sentence quoted with the source. */
export function citeIndicator(row: CitedIndicator, from: CiteSource): string {
  const locale = from.locale ?? 'zh-CN';
  const status = STATUS[locale][row.status];
  if (locale === 'en') {
    const what = row.period ? `${status}, ${row.period}` : status;
    return `${row.name}: ${row.value} (${what}). ${citeQuote(row.sentence, from)}`;
  }
  const what = row.period ? `${status}，${row.period}` : status;
  return `${row.name} ${row.value}（${what}）：${citeQuote(row.sentence, from)}`;
}
