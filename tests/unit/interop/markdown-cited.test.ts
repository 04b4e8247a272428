// The Markdown template for citing: front matter, full section paths, page,
// colour, a reportlens:// link under each quote that leads back to it, and
// export of only some notes.
import { describe, expect, it } from 'vitest';
import { resolveLink } from '../../../src-main/services/interop/open-link';
import { noteLink, parseNoteLink } from '../../../src-shared/interop/links';
import { notesToCitedMarkdown } from '../../../src-shared/interop/markdown-cited';
import { annotations, model, record } from '../export/notes-sample';

const input = { record, model, annotations };

describe('cited Markdown', () => {
  const md = notesToCitedMarkdown(input);

  it('starts with YAML front matter', () => {
    expect(md.split('\n').slice(0, 8)).toEqual([
      '---',
      'title: "2021年某市政府工作报告"',
      'region: "某市"',
      'year: 2021',
      'source: "report_2021.pdf"',
      `document: "urn:sha256:${record.id}"`,
      'tags: ["GDP", "#重要", "two words", "创新", "任务", "总体", "旧"]',
      '---',
    ]);
  });

  it('puts each quote under its full section path with page, colour and a link back', () => {
    expect(md).toContain(
      '## 一、过去一年的工作 > （一）创新开放\n\n> （一）创新开放\n> — 第 1 页 · 黄色 · 一、过去一年的工作 > （一）创新开放\n\n[在 ReportLens 中打开](<reportlens://open/',
    );
    const gdp = md.indexOf('> 全市生产总值增长 7.4%');
    expect(gdp).toBeGreaterThan(0);
    const link = /\(<(reportlens:[^>]+)>\)/.exec(md.slice(gdp))?.[1] ?? '';
    const parsed = parseNoteLink(link);
    expect(parsed?.docId).toBe(record.id);
    expect(parsed?.quote?.exact).toBe('全市生产总值增长 7.4%');
    expect(md).toContain('## 未能定位的批注\n\n> 三、已经删除的一节\n> — 黄色');
  });

  it('exports only the notes of a colour, a tag or a section', () => {
    const byTag = notesToCitedMarkdown({ ...input, filter: { tags: ['GDP'] } });
    expect(byTag).toContain('全市生产总值增长 7.4%');
    expect(byTag).not.toContain('坚持稳中求进');
    const section2 = model.outline.find((h) => h.title.startsWith('二、'))?.start;
    const bySection = notesToCitedMarkdown({ ...input, filter: { section: section2 } });
    expect(bySection).toContain('坚持稳中求进');
    expect(bySection).not.toContain('全市生产总值');
    expect(bySection).not.toContain('文档笔记');
    expect(notesToCitedMarkdown({ ...input, filter: { colors: ['red'] } })).not.toContain('> ');
  });
});

describe('reportlens:// links', () => {
  const a = annotations[2];
  if (!a) throw new Error('sample');
  const link = noteLink(record.id, a);
  const library = { has: (id: string) => id === record.id, open: async () => ({ record, model }) };
  const notes = { list: async () => [...annotations] };

  it('open the passage by its quote, even when the text moved', async () => {
    const at = model.text.indexOf('全市生产总值增长 7.4%');
    expect(await resolveLink(library, notes, link)).toEqual({ id: record.id, start: at, end: at + 13 });
    const shifted = {
      ...library,
      open: async () => ({ record, model: { ...model, text: `前言。\n${model.text}` } }),
    };
    expect(await resolveLink(shifted, notes, link)).toMatchObject({ start: at + 4 });
  });

  it('refuse anything but our scheme, the open action, a library id', async () => {
    for (const bad of [
      link.replace('reportlens:', 'file:'),
      link.replace('//open/', '//delete/'),
      `reportlens://open/../../etc/passwd`,
      `reportlens://open/${'a'.repeat(63)}`,
      'reportlens://open/C:\\Windows',
      `reportlens://user:pw@open/${record.id}`,
      'not a url',
    ])
      expect(parseNoteLink(bad), bad).toBeNull();
    await expect(resolveLink(library, notes, 'javascript:alert(1)')).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    await expect(resolveLink(library, notes, `reportlens://open/${'e'.repeat(64)}`)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
