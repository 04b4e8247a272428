// Notes as Markdown for citing: YAML front matter (title, region, year,
// source file, tags), then each note under its full section path
// (`二、…` > `（三）…`) with its quote, page, colour and a reportlens:// link
// back to the passage; optionally only some notes (by colour, tag, section).
import { anchorAll } from '../anchoring/anchor';
import { pageAt } from '../anchoring/describe';
import { blockQuote, closeFences, escapeInline, tagLine } from '../export/markdown-escape';
import type { Annotation, AnnotationColor, DocumentRecord, Locale, TextModel } from '../model';
import { sectionPath } from '../text/sections';
import { noteLink } from './links';

export interface CitedFilter {
  colors?: readonly AnnotationColor[];
  /** A note with any of these tags. */
  tags?: readonly string[];
  /** Only notes under the heading that starts at this offset (an outline item's start). */
  section?: number;
}

export interface CitedInput {
  record: DocumentRecord;
  model: TextModel;
  annotations: readonly Annotation[];
  locale?: Locale;
  filter?: CitedFilter;
}

const COLOR_NAMES: Record<Locale, Record<AnnotationColor, string>> = {
  'zh-CN': { yellow: '黄色', green: '绿色', blue: '蓝色', red: '红色', purple: '紫色' },
  en: { yellow: 'yellow', green: 'green', blue: 'blue', red: 'red', purple: 'purple' },
};

const WORDS: Record<
  Locale,
  { page: (n: number) => string; open: string; notFound: string; documentNotes: string }
> = {
  'zh-CN': {
    page: (n) => `第 ${n} 页`,
    open: '在 ReportLens 中打开',
    notFound: '未能定位的批注',
    documentNotes: '文档笔记',
  },
  en: {
    page: (n) => `p. ${n}`,
    open: 'Open in ReportLens',
    notFound: 'Not found in the text',
    documentNotes: 'Document notes',
  },
};

/** A YAML string, always double-quoted and escaped (titles hold colons and quotes). */
function yaml(s: string): string {
  return JSON.stringify(s.replace(/\s+/g, ' ').trim());
}

export function frontMatter(record: DocumentRecord, tags: readonly string[]): string[] {
  return [
    '---',
    `title: ${yaml(record.title || record.fileName)}`,
    `region: ${record.region ? yaml(record.region) : 'null'}`,
    `year: ${record.year ?? 'null'}`,
    `source: ${yaml(record.fileName)}`,
    `document: ${yaml(`urn:sha256:${record.id}`)}`,
    `tags: [${tags.map(yaml).join(', ')}]`,
    '---',
  ];
}

function matches(a: Annotation, f: CitedFilter | undefined): boolean {
  if (!f) return true;
  if (f.colors?.length && !f.colors.includes(a.color)) return false;
  if (f.tags?.length && !a.tags.some((t) => f.tags?.includes(t))) return false;
  return true;
}

export function notesToCitedMarkdown(input: CitedInput): string {
  const locale = input.locale ?? 'zh-CN';
  const w = WORDS[locale];
  const { record, model, filter } = input;
  const chosen = input.annotations.filter((a) => matches(a, filter));
  const withTarget = chosen.filter((a) => a.target !== null);
  const anchors = anchorAll(
    model.text,
    withTarget.map((a) => a.target ?? { start: 0, end: 0, quote: '', prefix: '', suffix: '' }),
  );
  const placed: Array<{ a: Annotation; start: number; end: number }> = [];
  const lost: Annotation[] = [];
  withTarget.forEach((a, i) => {
    const found = anchors[i];
    if (found && found.status !== 'orphan') placed.push({ a, start: found.start, end: found.end });
    else lost.push(a);
  });
  const inSection = (start: number): boolean =>
    filter?.section === undefined ||
    sectionPath(model.outline, start).some((h) => h.start === filter.section);
  const shown = placed.filter((p) => inSection(p.start)).sort((x, y) => x.start - y.start);
  const documentNotes = filter?.section === undefined ? chosen.filter((a) => a.target === null) : [];
  const notFound = filter?.section === undefined ? lost : [];

  const tags = [...new Set([...shown.map((p) => p.a), ...documentNotes, ...notFound].flatMap((a) => a.tags))];
  const out = [...frontMatter(record, tags), '', `# ${escapeInline(record.title.trim() || record.fileName)}`];
  const noteParts = (a: Annotation): string[] => {
    const parts: string[] = [];
    if (a.note.trim()) parts.push('', closeFences(a.note));
    const line = tagLine(a.tags);
    if (line) parts.push('', line);
    return parts;
  };
  if (documentNotes.length > 0) {
    out.push('', `## ${w.documentNotes}`);
    for (const a of documentNotes) out.push(...noteParts(a));
  }
  let lastPath = '';
  for (const { a, start, end } of shown) {
    const path = sectionPath(model.outline, start)
      .map((h) => h.title.replace(/\s+/g, ' ').trim())
      .join(' > ');
    if (path !== lastPath) {
      out.push('', `## ${escapeInline(path || record.title)}`);
      lastPath = path;
    }
    const page = record.type === 'pdf' ? pageAt(model.pages, start) : undefined;
    const meta = [page !== undefined ? w.page(page) : null, COLOR_NAMES[locale][a.color], path || null]
      .filter((x): x is string => x !== null)
      .map(escapeInline)
      .join(' · ');
    out.push(
      '',
      ...blockQuote(model.text.slice(start, end)),
      `> — ${meta}`,
      '',
      `[${w.open}](<${noteLink(record.id, a)}>)`,
    );
    out.push(...noteParts(a));
  }
  if (notFound.length > 0) {
    out.push('', `## ${w.notFound}`);
    for (const a of notFound)
      out.push(
        '',
        ...blockQuote(a.target?.quote ?? ''),
        `> — ${COLOR_NAMES[locale][a.color]}`,
        ...noteParts(a),
      );
  }
  return `${out.join('\n')}\n`;
}
