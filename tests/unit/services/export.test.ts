import { describe, expect, it, vi } from 'vitest';
import { ExportService, safeFileName } from '../../../src-main/services/export';
import type { NotesToMarkdown } from '../../../src-main/services/export';
import type { DocumentRecord } from '../../../src-shared/model';
import { annotationOf, modelOf } from './helpers';

const ID = 'a'.repeat(64);
const record: DocumentRecord = {
  id: ID,
  type: 'txt',
  fileName: 'r.txt',
  size: 3,
  pages: null,
  chars: 5,
  importedAt: '2024-05-01T00:00:00.000Z',
  title: '2021年政府工作报告',
  year: 2021,
  region: '衡阳',
};

describe('ExportService', () => {
  it('renders the document’s notes with its record, its text model and the app’s language', async () => {
    const model = modelOf('报告\n正文');
    const annotations = [annotationOf('报告', { note: '笔记' })];
    const toMarkdown = vi.fn<NotesToMarkdown>(
      ({ record: r, annotations: a }) => `# ${r.title}\n\n${a.length}\n`,
    );
    const service = new ExportService({
      library: {
        open: async () => ({ record, model }),
        settings: { get: () => ({ locale: 'en' as const }) },
      },
      notes: { list: async () => annotations },
      notesToMarkdown: toMarkdown,
      saveFile: async () => null,
    });
    expect(await service.notesMarkdown({ id: ID })).toBe('# 2021年政府工作报告\n\n1\n');
    expect(toMarkdown).toHaveBeenCalledWith({ record, model, annotations, locale: 'en' });
  });

  it('hands the text to the save dialog under a plain file name, and passes a cancel on', async () => {
    const saveFile = vi.fn(async (name: string) => ({ path: `/chosen/${name}` }));
    const service = new ExportService({
      library: {
        open: async () => ({ record, model: modelOf('x') }),
        settings: { get: () => ({ locale: 'zh-CN' as const }) },
      },
      notes: { list: async () => [] },
      notesToMarkdown: () => '',
      saveFile,
    });
    expect(await service.saveText({ suggestedName: '../../.bashrc', text: 'x' })).toEqual({
      path: '/chosen/bashrc',
    });
    expect(saveFile).toHaveBeenCalledWith('bashrc', 'x');
    saveFile.mockResolvedValueOnce(null as never);
    expect(await service.saveText({ suggestedName: 'notes.md', text: 'x' })).toBeNull();
  });
});

describe('safeFileName', () => {
  it.each([
    ['衡阳 2021 笔记.md', '衡阳 2021 笔记.md'],
    ['C:\\Users\\x\\notes.md', 'notes.md'],
    ['a<b>:c"d|e?f*.md', 'a_b__c_d_e_f_.md'],
    ['tab\there.md', 'tab_here.md'],
    ['...', 'notes.md'],
    ['/', 'notes.md'],
    ['. hidden.md ', 'hidden.md'],
    ['CON.md', '_CON.md'],
    ['nul', '_nul'],
    ['console.md', 'console.md'],
    ['report\u202edm.exe', 'reportdm.exe'],
    ['\u2066衡阳\u2069 笔记\u202a.md', '衡阳 笔记.md'],
    ['lone\ud800 high.md', 'lone high.md'],
    ['lone\udc00 low.md', 'lone low.md'],
    ['pair \ud83d\udcdd.md', 'pair \ud83d\udcdd.md'],
  ])('%s -> %s', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('shortens a long name and keeps its extension', () => {
    const name = safeFileName(`${'长'.repeat(300)}.md`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.md')).toBe(true);
  });
});
