// A document's notes as one Markdown file, usable as is in Obsidian: title and
// source, document notes, then the annotations under their section headings
// in reading order (a block quote with the page, the note, the tags), and at
// the end what could not be placed in the text, so nothing is ever dropped.
import { anchorAll } from '../anchoring/anchor';
import { pageAt } from '../anchoring/describe';
import type { Annotation, DocumentRecord, Locale, OutlineItem, TextModel, TextTarget } from '../model';
import { sectionPath } from '../text/sections';
import { blockQuote, closeFences, escapeInline, tagLine } from './markdown-escape';

export interface NotesInput {
  record: DocumentRecord;
  model: TextModel;
  annotations: readonly Annotation[];
  /** Language of the few words the file adds (default zh-CN). */
  locale?: Locale;
}

interface Labels {
  source: string;
  /** `（PDF，17 页）` */
  kind: (type: string, pages: string | null) => string;
  pages: (n: number) => string;
  page: (first: number, last: number) => string;
  year: (y: number) => string;
  documentNotes: string;
  opening: string;
  orphans: string;
}

const LABELS: Record<Locale, Labels> = {
  'zh-CN': {
    source: '来源：',
    kind: (t, p) => `（${t}${p ? `，${p}` : ''}）`,
    pages: (n) => `${n} 页`,
    page: (a, b) => (a === b ? `第 ${a} 页` : `第 ${a}–${b} 页`),
    year: (y) => `${y} 年`,
    documentNotes: '文档笔记',
    opening: '开篇',
    orphans: '未能定位的批注',
  },
  en: {
    source: 'Source: ',
    kind: (t, p) => ` (${t}${p ? `, ${p}` : ''})`,
    pages: (n) => `${n} ${n === 1 ? 'page' : 'pages'}`,
    page: (a, b) => (a === b ? `p. ${a}` : `pp. ${a}–${b}`),
    year: (y) => String(y),
    documentNotes: 'Document notes',
    opening: 'Opening',
    orphans: 'Orphaned annotations',
  },
};

interface Placed {
  annotation: Annotation;
  target: TextTarget;
  start: number;
  end: number;
}

function sourceLine(record: DocumentRecord, l: Labels): string {
  const pages = record.pages !== null ? l.pages(record.pages) : null;
  const parts = [escapeInline(record.fileName) + l.kind(record.type.toUpperCase(), pages)];
  if (record.region) parts.push(escapeInline(record.region));
  if (record.year !== null) parts.push(l.year(record.year));
  return l.source + parts.join(' · ');
}

/** The note and the tags line, as paragraphs. */
function noteParts(a: Annotation): string[] {
  const parts: string[] = [];
  const note = closeFences(a.note);
  if (note.trim().length > 0) parts.push(note);
  const tags = tagLine(a.tags);
  if (tags) parts.push(tags);
  return parts;
}

/** Quote, page, note and tags of one annotation, as lines. */
function block(quote: string, page: string | null, a: Annotation): string[] {
  const lines = blockQuote(quote);
  if (page) lines.push(`> — ${page}`);
  for (const part of noteParts(a)) lines.push('', part);
  return lines[0] === '' ? lines.slice(1) : lines;
}

function pageLabel(p: Placed, input: NotesInput, l: Labels): string | null {
  if (input.record.type !== 'pdf') return null;
  const pages = input.model.pages;
  if (pages && pages.length > 0) {
    const first = pageAt(pages, p.start) ?? 1;
    return l.page(first, pageAt(pages, Math.max(p.start, p.end - 1)) ?? first);
  }
  return p.target.page !== undefined ? l.page(p.target.page, p.target.page) : null;
}

function heading(depth: number, title: string): string {
  return `${'#'.repeat(Math.min(6, depth + 2))} ${escapeInline(title.replace(/\s+/g, ' ').trim())}`;
}

function byCreation(a: Annotation, b: Annotation): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

export function notesToMarkdown(input: NotesInput): string {
  const l = LABELS[input.locale ?? 'zh-CN'];
  const { record, model } = input;
  const out: string[] = [
    `# ${escapeInline(record.title.trim() || record.fileName)}`,
    '',
    sourceLine(record, l),
  ];
  const section = (lines: string[]) => out.push('', ...lines);

  const documentNotes = input.annotations.filter((a) => a.target === null).sort(byCreation);
  if (documentNotes.length > 0) {
    section([`## ${l.documentNotes}`]);
    documentNotes
      .map(noteParts)
      .filter((parts) => parts.length > 0)
      .forEach((parts, i) => {
        if (i > 0) section(['---']);
        section([parts.join('\n\n')]);
      });
  }

  const withTargets = input.annotations.filter(
    (a): a is Annotation & { target: TextTarget } => a.target !== null,
  );
  const anchors = anchorAll(
    model.text,
    withTargets.map((a) => a.target),
  );
  const placed: Placed[] = [];
  const orphans: Annotation[] = [];
  withTargets.forEach((a, i) => {
    const found = anchors[i];
    if (!found || found.status === 'orphan') orphans.push(a);
    else placed.push({ annotation: a, target: a.target, start: found.start, end: found.end });
  });
  placed.sort((a, b) => a.start - b.start || a.end - b.end || byCreation(a.annotation, b.annotation));

  let printed: OutlineItem[] | null = null;
  for (const p of placed) {
    const path = sectionPath(model.outline, p.start);
    if (path.length === 0 && printed === null) section([`## ${l.opening}`]);
    const prev: OutlineItem[] = printed ?? [];
    let common = 0;
    while (common < path.length && common < prev.length && path[common] === prev[common]) common++;
    path.slice(common).forEach((item, i) => section([heading(common + i, item.title)]));
    printed = path;
    section(block(model.text.slice(p.start, p.end), pageLabel(p, input, l), p.annotation));
  }

  if (orphans.length > 0) {
    section([`## ${l.orphans}`]);
    orphans.sort((a, b) => (a.target?.start ?? 0) - (b.target?.start ?? 0) || byCreation(a, b));
    for (const a of orphans) section(block(a.target?.quote ?? '', null, a));
  }
  return `${out.join('\n')}\n`;
}

const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_NAME_CHARS = 80;

/** `<title>.md`, safe on Windows, macOS and Linux. */
export function notesFileName(record: DocumentRecord): string {
  const base = record.title.trim() || record.fileName.replace(/\.[^.]*$/, '');
  let name = base
    .replace(/\s+/g, ' ')
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/\p{Cc}/gu, '_')
    .trim();
  name = Array.from(name).slice(0, MAX_NAME_CHARS).join('');
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  if (name.length === 0) name = 'notes';
  // Windows reserves `CON` and `CON.anything`.
  if (RESERVED.test(name.split('.')[0] ?? '')) name = `${name}_`;
  return `${name}.md`;
}
