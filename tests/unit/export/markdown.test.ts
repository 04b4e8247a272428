import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src-shared/anchoring/describe';
import { notesFileName, notesToMarkdown } from '../../../src-shared/export/markdown';
import type { Annotation, DocumentRecord, TextTarget } from '../../../src-shared/model';
import { hengyangPdf, hengyangTxt } from '../anchoring/hengyang';
import { annotations, model, record } from './notes-sample';

const expected = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('notesToMarkdown on a small document', () => {
  it('writes the expected file', () => {
    expect(notesToMarkdown({ record, model, annotations })).toBe(expected('small-notes.md'));
  });
  it('writes the English labels when asked', () => {
    const md = notesToMarkdown({ record, model, annotations, locale: 'en' });
    expect(md).toContain('Source: report\\_2021.pdf (PDF, 2 pages) · 某市 · 2021\n');
    expect(md).toContain('## Document notes\n');
    expect(md).toContain('> — p. 1\n');
    expect(md).toContain('> — pp. 1–2\n');
    expect(md).toContain('> — p. 2\n');
    expect(md).toContain('## Orphaned annotations\n');
  });
  it('never drops an annotation', () => {
    const md = notesToMarkdown({ record, model, annotations });
    for (const a of annotations) if (a.note) expect(md).toContain(a.note.split('\n')[0]);
  });
  it('writes a text document without pages, and a document without notes as title and source only', () => {
    const txt: DocumentRecord = {
      ...record,
      type: 'txt',
      fileName: 'report.txt',
      pages: null,
      region: null,
      year: null,
    };
    const md = notesToMarkdown({ record: txt, model: { ...model, pages: undefined }, annotations });
    expect(md).not.toMatch(/第 \d/);
    expect(md.startsWith('# 2021年某市政府工作报告\n\n来源：report.txt（TXT）\n')).toBe(true);
    expect(notesToMarkdown({ record: txt, model, annotations: [] })).toBe(
      '# 2021年某市政府工作报告\n\n来源：report.txt（TXT）\n',
    );
  });
  it('takes the page from the target when the model has no pages', () => {
    const t: TextTarget = { ...describeRange(model.text, 0, 4), page: 7 };
    const a: Annotation = { ...(annotations[0] as Annotation), target: t, note: '', tags: [] };
    const md = notesToMarkdown({ record, model: { ...model, pages: undefined }, annotations: [a] });
    expect(md).toContain('> 2021\n> — 第 7 页\n');
  });
});

describe('notesToMarkdown on the sample report', () => {
  const txt = hengyangTxt();
  const pdf = hengyangPdf();
  const quotes = ['三馆两中心', '地方税收收入达 113.87 亿元', '各位代表：', '人才雁阵', '严明纪律守底线'];
  const made: Annotation[] = quotes.map((q, i) => {
    const at = txt.text.indexOf(q);
    return {
      id: `n${i}`,
      target: describeRange(txt.text, at, at + q.length),
      style: 'highlight',
      color: 'green',
      note: `笔记 ${i}`,
      tags: ['样本'],
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
    };
  });
  const pdfRecord: DocumentRecord = {
    ...record,
    fileName: 'hengyang-2021.pdf',
    title: '2021 年湖南省衡阳市人民政府工作报告',
    pages: 17,
    region: '衡阳市',
    chars: pdf.text.length,
  };

  it('places notes made on the .txt in the .pdf, under their sections, in reading order, with pages', () => {
    const md = notesToMarkdown({ record: pdfRecord, model: pdf, annotations: made });
    const lines = md.split('\n');
    const headings = lines.filter((l) => l.startsWith('#') && !l.startsWith('#样本'));
    const expectedStarts = [
      '# 2021 年湖南省衡阳市人民政府工作报告',
      '## 开篇',
      '## 一、“十三五”时期',
      '## 三、2021年工作安排',
      '### (一) 着力推进创新型城市建设',
      '### （七）着力加强精神文明建设',
      '## 四、加强政府自身建设',
      '### （四）严明纪律守底线',
    ];
    expect(headings).toHaveLength(expectedStarts.length);
    headings.forEach((h, i) => expect(h.startsWith(expectedStarts[i] ?? '?')).toBe(true));
    const order = ['各位代表', '113.87', '人才雁阵', '三馆两中心', '严明纪律守底线'].map((q) =>
      lines.findIndex((l) => l.startsWith('> ') && l.includes(q)),
    );
    expect(order.every((i, k) => i > 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
    expect(md).toContain('> 地方税收收入达 113.87 亿元\n> — 第 1 页\n\n笔记 1\n\n#样本\n');
    expect(md).toContain('> 严明纪律守底线\n> — 第 17 页\n');
    expect(md).not.toContain('未能定位');
  });

  it('quotes a passage as the current text has it', () => {
    const md = notesToMarkdown({
      record: { ...pdfRecord, type: 'txt', pages: null },
      model: txt,
      annotations: made,
    });
    expect(md).toContain('> 地方税收收入达 113.87 亿元\n\n笔记 1\n');
  });
});

describe('notesFileName', () => {
  const named = (title: string, fileName = 'x.pdf') => notesFileName({ ...record, title, fileName });
  it('is the title with .md', () => {
    expect(named('2021 年湖南省衡阳市人民政府工作报告')).toBe('2021 年湖南省衡阳市人民政府工作报告.md');
  });
  it('replaces characters file systems refuse and trims dots and spaces', () => {
    expect(named('报告: "草案" <1/2> a\\b|c?*')).toBe('报告_ _草案_ _1_2_ a_b_c__.md');
    expect(named('  ..报告\t\n二..  ')).toBe('报告 二.md');
  });
  it('falls back to the file name, then to notes', () => {
    expect(named('', 'hengyang-2021.pdf')).toBe('hengyang-2021.md');
    expect(named(' ', '...')).toBe('notes.md');
  });
  it('avoids reserved Windows names and caps the length', () => {
    expect(named('CON')).toBe('CON_.md');
    expect(named('aux.2021')).toBe('aux.2021_.md');
    expect(named('CONTROL')).toBe('CONTROL.md');
    expect(named('报'.repeat(300))).toBe(`${'报'.repeat(80)}.md`);
  });
});
