import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWriteOps } from '../../../src-main/services/atomic-write';
import type { WriteOps } from '../../../src-main/services/atomic-write';
import { LibraryService } from '../../../src-main/services/library';
import { NotesService } from '../../../src-main/services/notes';
import { readNotes } from '../../../src-main/services/notes-db';
import type { NotesDocOptions } from '../../../src-main/services/notes-doc';
import { libraryPaths } from '../../../src-main/services/paths';
import type { Annotation } from '../../../src-shared/model';
import { annotationOf, bytesOf, modelOf, stubMeta, tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let opened: Array<NotesService | LibraryService> = [];
let writes: string[] = [];
let failWrites = false;

const noSpace = () => Object.assign(new Error('no space'), { code: 'ENOSPC' });
const ops: WriteOps = {
  ...nodeWriteOps,
  writeTemp: async (path, data) => {
    if (failWrites) throw noSpace();
    writes.push(path);
    return nodeWriteOps.writeTemp(path, data);
  },
};
const quiet = () => undefined;

async function openAll(
  options: NotesDocOptions = {},
): Promise<{ library: LibraryService; notes: NotesService }> {
  const library = await LibraryService.open(dir, { guessMeta: stubMeta, log: quiet, ops });
  const notes = new NotesService(library, {
    log: quiet,
    ops,
    append: async (file, text) => {
      if (failWrites) throw noSpace();
      writes.push(file);
      await appendFile(file, text);
    },
    ...options,
  });
  opened.push(notes, library);
  return { library, notes };
}

async function importDoc(library: LibraryService, text: string): Promise<string> {
  const { record } = await library.import({ fileName: 'r.txt', bytes: bytesOf(text), model: modelOf(text) });
  return record.id;
}

const notesPath = (id: string) => join(dir, 'docs', id, 'notes.json');
const journalPath = (id: string) => join(dir, 'docs', id, 'notes.journal');
const notesWrites = (id: string) =>
  writes.filter((p) => p.startsWith(join(dir, 'docs', id, 'notes.'))).length;
const onDisk = (id: string) => readNotes(libraryPaths(dir), id);
const byQuote = (list: Annotation[]) => list.map((a) => a.target?.quote ?? null).sort();
const MISSING = 'f'.repeat(64);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-notes-'));
  writes = [];
  failWrites = false;
});
afterEach(async () => {
  failWrites = false;
  await Promise.all(opened.map((n) => n.flush()));
  opened = [];
  await cleanup();
});

describe('NotesService: list and save', () => {
  it('a document without notes lists none and gets no file', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告\n正文');
    expect(await notes.list({ id })).toEqual([]);
    await notes.flush();
    expect(await readdir(join(dir, 'docs', id))).not.toContain('notes.json');
  });

  it('saves, replaces by id and deletes, and reads it all back after a restart', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告\n正文');
    const a = annotationOf('报告', { tags: ['经济'] });
    const b = annotationOf('正文', { note: '**重点**' });
    await notes.save({ id, upserts: [a, b], deletes: [] });
    const edited = { ...a, color: 'red' as const, note: '改了', updatedAt: '2024-05-02T00:00:00.000Z' };
    await notes.save({ id, upserts: [edited], deletes: [b.id] });
    expect(await notes.list({ id })).toEqual([edited]);

    expect(await onDisk(id)).toEqual([edited]);
    const again = await openAll();
    expect(await again.notes.list({ id })).toEqual([edited]);
    // Opening folded the journal into notes.json.
    await again.notes.flush();
    expect(JSON.parse(await readFile(notesPath(id), 'utf8'))).toEqual({
      schemaVersion: 2,
      annotations: [edited],
      checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await expect(stat(journalPath(id))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes once per call, whatever the batch size', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    const batch = Array.from({ length: 500 }, (_, i) => annotationOf(`第${i}条`));
    await notes.save({ id, upserts: batch, deletes: [] });
    expect(notesWrites(id)).toBe(1);
    await notes.save({ id, upserts: batch.slice(0, 10), deletes: batch.slice(10, 300).map((a) => a.id) });
    expect(notesWrites(id)).toBe(2);
    expect(await notes.list({ id })).toHaveLength(210);
  });

  it('ignores deletes of unknown ids, and a call that changes nothing writes nothing', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    await notes.save({ id, upserts: [annotationOf('报告')], deletes: [] });
    await notes.flush();
    writes = [];
    await notes.save({ id, upserts: [], deletes: [annotationOf('x').id] });
    await notes.save({ id, upserts: [], deletes: [] });
    expect(writes).toEqual([]);
    expect(await notes.list({ id })).toHaveLength(1);
  });

  it('keeps what it returns apart from what it stores', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    const a = annotationOf('报告', { tags: ['a'] });
    await notes.save({ id, upserts: [a], deletes: [] });
    a.tags.push('mutated by the caller');
    const [listed] = await notes.list({ id });
    if (listed?.target) listed.target.quote = 'mutated';
    expect(await notes.list({ id })).toMatchObject([{ tags: ['a'], target: { quote: '报告' } }]);
  });

  it('refuses a document that is not in the library', async () => {
    const { notes } = await openAll();
    await expect(notes.list({ id: MISSING })).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      notes.save({ id: MISSING, upserts: [annotationOf('x')], deletes: [] }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await readdir(dir)).not.toContain('docs');
  });

  it('concurrent saves all land, in order', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    const a = annotationOf('报告');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        notes.save({ id, upserts: [{ ...a, note: `v${i}` }], deletes: [] }),
      ),
    );
    await expect((await openAll()).notes.list({ id })).resolves.toMatchObject([{ note: 'v19' }]);
  });

  it('a save touches only its own document', async () => {
    const { library, notes } = await openAll();
    const one = await importDoc(library, '一号');
    const two = await importDoc(library, '二号');
    await notes.save({ id: two, upserts: [annotationOf('二号')], deletes: [] });
    await notes.flush();
    const before = (await stat(journalPath(two))).mtimeMs;
    writes = [];
    await notes.save({ id: one, upserts: [annotationOf('一号')], deletes: [] });
    await notes.flush();
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((p) => !p.includes(two))).toBe(true);
    expect((await stat(journalPath(two))).mtimeMs).toBe(before);
  });

  it('a failed write keeps nothing of the batch and says storage', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    const kept = annotationOf('报告', { tags: ['kept'] });
    await notes.save({ id, upserts: [kept], deletes: [] });
    await notes.tags();
    failWrites = true;
    await expect(
      notes.save({ id, upserts: [annotationOf('新', { tags: ['lost'] })], deletes: [kept.id] }),
    ).rejects.toMatchObject({ code: 'storage' });
    failWrites = false;
    expect(await notes.list({ id })).toEqual([kept]);
    expect(await notes.tags()).toEqual(['kept']);
    // The next save works, and nothing of the failed one ever comes back.
    const next = annotationOf('后来');
    await notes.save({ id, upserts: [next], deletes: [] });
    expect(await onDisk(id)).toEqual([kept, next]);
    expect(await (await openAll()).notes.list({ id })).toEqual([kept, next]);
  });
});

describe('NotesService: large notes', () => {
  it('takes a note of 1 MB and 10,000 annotations in one document', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    const long = annotationOf('报告', { note: '长'.repeat(1_000_000) });
    const many = Array.from({ length: 10_000 }, (_, i) => annotationOf(`第${i}条`, { tags: [`t${i % 7}`] }));
    await notes.save({ id, upserts: [long, ...many], deletes: [] });
    const again = await openAll();
    const listed = await again.notes.list({ id });
    expect(listed).toHaveLength(10_001);
    expect(listed.find((a) => a.id === long.id)?.note).toHaveLength(1_000_000);
  });
});

describe('NotesService: copyFrom', () => {
  it('copies with new ids and a fresh updatedAt, targets as they were, and never twice', async () => {
    const { library, notes } = await openAll();
    const txt = await importDoc(library, '报告 txt');
    const pdf = await importDoc(library, '报告 pdf');
    const a = annotationOf('报告', {
      tags: ['x'],
      target: { start: 5, end: 7, quote: '报告', prefix: 'p', suffix: 's' },
    });
    const docNote = annotationOf('', { target: null, note: '全文' });
    await notes.save({ id: txt, upserts: [a, docNote], deletes: [] });

    expect(await notes.copyFrom({ id: pdf, from: txt })).toEqual({ copied: 2 });
    const copies = await notes.list({ id: pdf });
    expect(byQuote(copies)).toEqual(byQuote([a, docNote]));
    for (const c of copies) {
      expect([a.id, docNote.id]).not.toContain(c.id);
      expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Date.parse(c.updatedAt)).toBeGreaterThan(Date.parse(a.updatedAt));
    }
    const copyOfA = copies.find((c) => c.target !== null);
    expect(copyOfA).toMatchObject({ target: a.target, createdAt: a.createdAt, tags: ['x'], note: a.note });

    expect(await notes.copyFrom({ id: pdf, from: txt })).toEqual({ copied: 0 });
    // A new note in the source is copied, the old ones still are not.
    await notes.save({ id: txt, upserts: [annotationOf('新的')], deletes: [] });
    expect(await notes.copyFrom({ id: pdf, from: txt })).toEqual({ copied: 1 });
    expect(await notes.list({ id: pdf })).toHaveLength(3);
    expect(await notes.list({ id: txt })).toHaveLength(3);
    expect(await notes.tags()).toEqual(['x']);
  });

  it('copying a document into itself adds nothing', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    await notes.save({ id, upserts: [annotationOf('报告')], deletes: [] });
    expect(await notes.copyFrom({ id, from: id })).toEqual({ copied: 0 });
  });

  it('refuses a source or target that is not in the library', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    await expect(notes.copyFrom({ id, from: MISSING })).rejects.toMatchObject({ code: 'not-found' });
    await expect(notes.copyFrom({ id: MISSING, from: id })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('NotesService: tags', () => {
  it('counts tags over all documents, most used first, kept up to date without a rescan', async () => {
    const first = await openAll();
    const one = await importDoc(first.library, '一号');
    const two = await importDoc(first.library, '二号');
    const three = await importDoc(first.library, '三号');
    await first.notes.save({
      id: one,
      upserts: [annotationOf('a', { tags: ['民生', '经济'] }), annotationOf('b', { tags: ['经济'] })],
      deletes: [],
    });
    await first.notes.save({
      id: two,
      upserts: [annotationOf('c', { tags: ['经济', '教育', '教育'] })],
      deletes: [],
    });
    await first.notes.flush();

    // A fresh start: the counts come from the files, read once.
    const { notes } = await openAll();
    // Ties in code-point order.
    expect(await notes.tags()).toEqual(['经济', '教育', '民生']);

    const d = annotationOf('d', { tags: ['教育'] });
    const e = annotationOf('e', { tags: ['教育', '环保'] });
    await notes.save({ id: three, upserts: [d, e], deletes: [] });
    expect(await notes.tags()).toEqual(['教育', '经济', '民生', '环保']);
    await notes.save({ id: three, upserts: [{ ...e, tags: ['环保'] }], deletes: [d.id] });
    expect(await notes.tags()).toEqual(['经济', '教育', '民生', '环保']);

    // Not read again: a file changed behind the service's back does not show.
    await writeFile(notesPath(two), JSON.stringify({ schemaVersion: 1, annotations: [] }));
    expect(await notes.tags()).toEqual(['经济', '教育', '民生', '环保']);
  });

  it('a removed document takes its tags along', async () => {
    const { library, notes } = await openAll();
    const one = await importDoc(library, '一号');
    const two = await importDoc(library, '二号');
    await notes.save({ id: one, upserts: [annotationOf('a', { tags: ['留下'] })], deletes: [] });
    await notes.save({ id: two, upserts: [annotationOf('b', { tags: ['走了', '留下'] })], deletes: [] });
    expect(await notes.tags()).toEqual(['留下', '走了']);
    await library.remove({ id: two });
    expect(await notes.tags()).toEqual(['留下']);
  });

  it('skips a damaged file in the scan and counts it once it is restored', async () => {
    const first = await openAll();
    const id = await importDoc(first.library, '报告');
    await first.notes.save({ id, upserts: [annotationOf('a', { tags: ['恢复'] })], deletes: [] });
    await first.notes.flush();
    await (await openAll()).notes.list({ id }); // folds the journal in: notes.json and its backup
    await writeFile(notesPath(id), '{"schemaVersion":1,"annotations":[{"id":"');
    const { notes } = await openAll();
    expect(await notes.tags()).toEqual([]);
    expect(await notes.list({ id })).toHaveLength(1);
    expect(await notes.tags()).toEqual(['恢复']);
  });
});

describe('NotesService: a damaged notes file', () => {
  const damages: Array<[string, string | Uint8Array]> = [
    ['empty', ''],
    ['NUL-filled', new Uint8Array(8192)],
    ['truncated', '{"schemaVersion":1,"annotations":[{"id":"5f0c6a47-3c1e'],
  ];

  it.each(damages)('is restored from its last good copy when %s, with a notice', async (_label, content) => {
    const first = await openAll({ compactEntries: 1 });
    const id = await importDoc(first.library, '报告');
    const good = annotationOf('报告', { note: '保存过的笔记' });
    await first.notes.save({ id, upserts: [good], deletes: [] });
    await first.notes.flush();
    expect((await readdir(join(dir, 'backups'))).some((n) => n.startsWith(`notes-${id}.`))).toBe(true);
    await writeFile(notesPath(id), content);

    const { notes } = await openAll();
    expect(await notes.list({ id })).toEqual([good]);
    const [notice, ...rest] = notes.notices();
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({
      level: 'warning',
      key: 'notices.restored',
      params: { file: '报告 / notes.json', document: id },
    });
    expect(String(notice?.params?.['backup'])).toMatch(new RegExp(`^notes-${id}\\..*\\.json$`));
    expect(notes.notices()).toEqual([]);
    expect((await readdir(join(dir, 'docs', id))).filter((n) => n.includes('damaged'))).toHaveLength(1);
  });
});

describe('NotesService: removal, flush and pending writes', () => {
  it('removing a document waits for its pending save, closes its notes and drops their backups', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    await notes.save({ id, upserts: [annotationOf('报告')], deletes: [] });
    const pending = notes.save({ id, upserts: [annotationOf('再来')], deletes: [] });
    await library.remove({ id });
    await pending;
    expect((await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('notes-'))).toEqual([]);
    await expect(notes.list({ id })).rejects.toMatchObject({ code: 'not-found' });
    await expect(notes.save({ id, upserts: [annotationOf('x')], deletes: [] })).rejects.toMatchObject({
      code: 'not-found',
    });
    // Imported again, the document starts without the old notes.
    await importDoc(library, '报告');
    expect(await notes.list({ id })).toEqual([]);
    expect(notes.notices()).toEqual([]);
  });

  it('counts a save as pending until it is on disk, including while its store opens', async () => {
    const { library, notes } = await openAll();
    const id = await importDoc(library, '报告');
    const saved = notes.save({ id, upserts: [annotationOf('报告')], deletes: [] });
    expect(notes.pendingWrites()).toBeGreaterThan(0);
    await notes.flush();
    expect(notes.pendingWrites()).toBe(0);
    expect(await onDisk(id)).toHaveLength(1);
    await saved;
  });
});
