import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeWriteOps } from '../../../src-main/services/atomic-write';
import type { WriteOps } from '../../../src-main/services/atomic-write';
import { LibraryService } from '../../../src-main/services/library';
import type { LibraryOptions } from '../../../src-main/services/library';
import { DEFAULT_SETTINGS } from '../../../src-shared/model';
import { decodeDatabase, encodeDatabase } from '../../../src-main/services/database-codec';
import { emptyLibrary, libraryCodec } from '../../../src-main/services/library-db';
import type { LibraryData } from '../../../src-main/services/library-db';
import type { TextModel } from '../../../src-shared/model';
import { bytesOf, claimsSize, modelOf, stubMeta, tempDir } from './helpers';

const TEXT = '2021年某市政府工作报告\n各位代表：\n我代表市人民政府，向大会报告政府工作。';
let dir: string;
let cleanup: () => Promise<void>;

let opened: LibraryService[] = [];
const open = async (options: LibraryOptions = {}) => {
  const lib = await LibraryService.open(dir, { guessMeta: stubMeta, log: () => undefined, ...options });
  opened.push(lib);
  return lib;
};
const importText = (lib: LibraryService, text = TEXT, fileName = 'report.txt') =>
  lib.import({ fileName, bytes: bytesOf(text), model: modelOf(text), encoding: 'utf-8' });
const sha = (s: string) => createHash('sha256').update(bytesOf(s)).digest('hex');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-lib-'));
});
afterEach(async () => {
  // Backups are written after a write resolves: let them finish before the folder goes.
  await Promise.all(opened.map((lib) => lib.flush()));
  opened = [];
  await cleanup();
});

describe('LibraryService.import', () => {
  it('stores the bytes and the text model under the SHA-256 and adds a record', async () => {
    const lib = await open({ now: () => new Date('2024-05-01T00:00:00Z') });
    const { record, duplicate } = await importText(lib);
    expect(duplicate).toBe(false);
    expect(record).toEqual({
      id: sha(TEXT),
      type: 'txt',
      fileName: 'report.txt',
      size: bytesOf(TEXT).byteLength,
      pages: null,
      chars: TEXT.length,
      importedAt: '2024-05-01T00:00:00.000Z',
      encoding: 'utf-8',
      title: '2021年某市政府工作报告',
      year: 2021,
      region: 'Stub',
      // Issue 8: a region the gazetteer does not know keeps an unknown level.
      corpus: { level: null, province: null, reviewed: [2020], planned: [2021] },
    });
    const folder = join(dir, 'docs', record.id);
    expect((await readdir(folder)).sort()).toEqual(['source.txt', 'text.json']);
    expect(await readFile(join(folder, 'source.txt'), 'utf8')).toBe(TEXT);
    expect(lib.list()).toEqual([record]);
    expect((await open()).list()).toEqual([record]);
  });

  it('the same bytes again return the existing record and write nothing', async () => {
    let writes = 0;
    const ops: WriteOps = { ...nodeWriteOps, writeTemp: (p, d) => (writes++, nodeWriteOps.writeTemp(p, d)) };
    const lib = await open({ ops });
    const first = await importText(lib);
    await lib.flush();
    writes = 0;
    const again = await importText(lib, TEXT, 'renamed.txt');
    expect(again).toEqual({ record: first.record, duplicate: true });
    expect(writes).toBe(0);
    expect(lib.list()).toHaveLength(1);
  });

  it('two imports of the same file at once make one record', async () => {
    const lib = await open();
    const results = await Promise.all([importText(lib), importText(lib), importText(lib)]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(lib.list()).toHaveLength(1);
  });

  it('uses the real guessMeta by default', async () => {
    const lib = await LibraryService.open(dir, { log: () => undefined });
    opened.push(lib);
    const { record } = await importText(lib);
    expect(record.year).toBe(2021);
    expect(record.title).toContain('政府工作报告');
  });

  it('records the pages of a PDF and no encoding', async () => {
    const lib = await open();
    const model: TextModel = {
      ...modelOf('abc\ndef'),
      pages: [
        { start: 0, end: 3, items: [0] },
        { start: 4, end: 7, items: [4, -1] },
      ],
    };
    const { record } = await lib.import({
      fileName: 'r.PDF',
      bytes: bytesOf('%PDF-1.7'),
      model,
      encoding: 'x',
    });
    expect(record).toMatchObject({ type: 'pdf', pages: 2, fileName: 'r.PDF' });
    expect(record.encoding).toBeUndefined();
  });

  it.each(['report.exe', 'report', 'report.txt.zip', 'docx'])(
    'refuses %s as unsupported-type',
    async (fileName) => {
      const lib = await open();
      await expect(importText(lib, TEXT, fileName)).rejects.toMatchObject({ code: 'unsupported-type' });
    },
  );

  it('refuses empty and oversized files', async () => {
    const lib = await open();
    await expect(
      lib.import({ fileName: 'a.txt', bytes: new Uint8Array(0), model: modelOf('') }),
    ).rejects.toMatchObject({
      code: 'empty-file',
    });
    await expect(
      lib.import({ fileName: 'a.txt', bytes: claimsSize(201 * 1024 * 1024), model: modelOf('a') }),
    ).rejects.toMatchObject({ code: 'too-large' });
    expect(lib.list()).toEqual([]);
  });

  const bad: Array<[string, (m: TextModel) => TextModel]> = [
    [
      'a block past the end',
      (m) => ({ ...m, blocks: [{ start: 0, end: m.text.length + 1, kind: 'paragraph' }] }),
    ],
    ['a block ending before it starts', (m) => ({ ...m, blocks: [{ start: 3, end: 2, kind: 'paragraph' }] })],
    ['a negative offset', (m) => ({ ...m, blocks: [{ start: -1, end: 2, kind: 'paragraph' }] })],
    [
      'overlapping blocks',
      (m) => ({
        ...m,
        blocks: [
          { start: 0, end: 5, kind: 'paragraph' },
          { start: 4, end: 6, kind: 'paragraph' },
        ],
      }),
    ],
    [
      'pages out of order',
      (m) => ({
        ...m,
        pages: [
          { start: 4, end: 6, items: [] },
          { start: 0, end: 3, items: [] },
        ],
      }),
    ],
    ['a text item outside its page', (m) => ({ ...m, pages: [{ start: 0, end: 3, items: [5] }] })],
    [
      'an outline item past the end',
      (m) => ({ ...m, outline: [{ title: 'x', level: 1, start: 0, end: 999 }] }),
    ],
    [
      'an outline out of order',
      (m) => ({
        ...m,
        outline: [
          { title: 'b', level: 1, start: 5, end: 6 },
          { title: 'a', level: 1, start: 0, end: 1 },
        ],
      }),
    ],
  ];
  it.each(bad)('refuses a model with %s as invalid-argument, storing nothing', async (_label, spoil) => {
    const lib = await open();
    const model = spoil(modelOf(TEXT));
    await expect(lib.import({ fileName: 'a.txt', bytes: bytesOf(TEXT), model })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    expect(lib.list()).toEqual([]);
    await expect(readdir(join(dir, 'docs'))).rejects.toThrow();
  });

  it('a full disk while adding the record keeps the library as it was and removes the new files', async () => {
    const lib = await open();
    await importText(lib, 'first');
    const full: WriteOps = {
      ...nodeWriteOps,
      writeTemp: async (p, d) => {
        if (p.includes('library.json')) throw Object.assign(new Error('full'), { code: 'ENOSPC' });
        await nodeWriteOps.writeTemp(p, d);
      },
    };
    const failing = await open({ ops: full });
    await expect(importText(failing, 'second')).rejects.toMatchObject({ code: 'storage' });
    expect(failing.list().map((r) => r.title)).toEqual(['first']);
    expect(await readdir(join(dir, 'docs'))).toEqual([sha('first')]);
    expect((await open()).list().map((r) => r.title)).toEqual(['first']);
  });
});

describe('LibraryService: one document', () => {
  it('opens the text model and reads the source bytes', async () => {
    const lib = await open();
    const { record } = await importText(lib);
    expect(await lib.open({ id: record.id })).toEqual({ record, model: modelOf(TEXT) });
    expect(new TextDecoder().decode(await lib.source({ id: record.id }))).toBe(TEXT);
  });

  it('says not-found for an id it does not hold', async () => {
    const lib = await open();
    const id = 'f'.repeat(64);
    for (const call of [
      lib.open({ id }),
      lib.source({ id }),
      lib.remove({ id }),
      lib.update({ id, patch: { title: 't' } }),
    ]) {
      await expect(call).rejects.toMatchObject({ code: 'not-found' });
    }
  });

  it('a damaged text.json costs that document only, and importing it again repairs it', async () => {
    const lib = await open();
    const broken = await importText(lib);
    const fine = await importText(lib, 'another\nreport');
    await writeFile(join(dir, 'docs', broken.record.id, 'text.json'), '{"version":1,"text":"tru');
    await expect(lib.open({ id: broken.record.id })).rejects.toMatchObject({
      code: 'storage',
      params: { reason: 'document-damaged', file: 'text.json' },
    });
    expect((await lib.open({ id: fine.record.id })).model.text).toBe('another\nreport');
    expect((await open()).list()).toHaveLength(2);

    expect(await importText(lib)).toMatchObject({ duplicate: true });
    expect((await lib.open({ id: broken.record.id })).model).toEqual(modelOf(TEXT));
  });

  it('reads a text model once for calls at the same moment, and afresh after that', async () => {
    const lib = await open();
    const { record } = await importText(lib);
    const clock = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      const first = await lib.open({ id: record.id });
      // The reader's open and its notes: one read.
      expect((await lib.open({ id: record.id })).model).toBe(first.model);
      await writeFile(join(dir, 'docs', record.id, 'text.json'), '{"version":1,"text":"tru');
      clock.mockReturnValue(1_000_000 + 2_500);
      // Damaged since: found at the next open, not hidden behind the copy read before.
      await expect(lib.open({ id: record.id })).rejects.toMatchObject({
        params: { reason: 'document-damaged' },
      });
    } finally {
      clock.mockRestore();
    }
  });

  it('a missing source file says the document must be imported again', async () => {
    const lib = await open();
    const { record } = await importText(lib);
    await rm(join(dir, 'docs', record.id, 'source.txt'));
    await expect(lib.source({ id: record.id })).rejects.toMatchObject({
      params: { reason: 'document-damaged' },
    });
  });

  it('updates title, year and region', async () => {
    const lib = await open();
    const { record } = await importText(lib);
    const updated = await lib.update({
      id: record.id,
      patch: { title: 'New title', year: null, region: '' },
    });
    expect(updated).toMatchObject({ title: 'New title', year: null, region: null });
    expect((await open()).list()[0]).toEqual(updated);
    expect(await lib.update({ id: record.id, patch: { year: 2022 } })).toMatchObject({
      title: 'New title',
      year: 2022,
    });
  });

  it('removes the record and the folder; the same file can come back', async () => {
    const lib = await open();
    const { record } = await importText(lib);
    expect(await lib.remove({ id: record.id })).toBeNull();
    expect(lib.list()).toEqual([]);
    await expect(stat(join(dir, 'docs', record.id))).rejects.toThrow();
    expect((await open()).list()).toEqual([]);
    expect(await importText(lib)).toMatchObject({ duplicate: false });
  });
});

describe('LibraryService: settings and notices', () => {
  it('starts with the default settings and keeps changes', async () => {
    const lib = await open();
    expect(lib.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(await lib.settings.set({ theme: 'dark', fontSize: 20 })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      fontSize: 20,
    });
    expect((await open()).settings.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 20 });
  });

  it('keeps the reading settings (sepia, font, line spacing) and gives old files the defaults', async () => {
    const lib = await open();
    await lib.settings.set({ theme: 'sepia', readingFont: 'sans', lineHeight: 2.1 });
    await lib.flush();
    expect((await open()).settings.get()).toMatchObject({
      theme: 'sepia',
      readingFont: 'sans',
      lineHeight: 2.1,
    });
    // A library.json written before these settings existed, with a spacing out of range: defaults, not damage.
    const old = {
      ...emptyLibrary(),
      settings: { locale: 'en', theme: 'sepia', fontSize: 20, lineHeight: 7 },
    };
    const text = encodeDatabase(old as unknown as LibraryData);
    expect(decodeDatabase(text, libraryCodec, 'library.json').settings).toEqual({
      locale: 'en',
      theme: 'sepia',
      fontSize: 20,
      readingFont: 'serif',
      lineHeight: 1.8,
    });
  });

  it('hands out the restore notice once after library.json was damaged', async () => {
    const lib = await open();
    await importText(lib);
    await lib.flush();
    await writeFile(join(dir, 'library.json'), new Uint8Array(100));
    const reopened = await open();
    expect(reopened.list()).toHaveLength(1);
    expect(reopened.notices()).toMatchObject([{ key: 'notices.restored', params: { file: 'library.json' } }]);
    expect(reopened.notices()).toEqual([]);
  });
});
