import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWriteOps } from '../../../src-main/services/atomic-write';
import { docDir, libraryPaths } from '../../../src-main/services/paths';
import type { LibraryPaths } from '../../../src-main/services/paths';
import { NotesDocument } from '../../../src-main/services/notes-doc';
import type { NotesDocOptions } from '../../../src-main/services/notes-doc';
import { encodeEntry } from '../../../src-main/services/notes-journal';
import { readNotes } from '../../../src-main/services/notes-db';
import type { Annotation } from '../../../src-shared/model';
import { annotationOf, tempDir } from './helpers';

const ID = 'c'.repeat(64);
let dir: string;
let cleanup: () => Promise<void>;
let paths: LibraryPaths;
let docs: NotesDocument[] = [];
let appends = 0;
let failAppend: 'before' | 'half' | null = null;

const quiet = () => undefined;
const noSpace = () => Object.assign(new Error('no space'), { code: 'ENOSPC' });

async function openDoc(options: NotesDocOptions = {}): Promise<NotesDocument> {
  const doc = await NotesDocument.open(paths, ID, {
    log: quiet,
    append: async (file, text) => {
      if (failAppend === 'before') throw noSpace();
      if (failAppend === 'half') {
        await appendFile(file, text.slice(0, Math.ceil(text.length / 2)));
        throw noSpace();
      }
      appends++;
      await appendFile(file, text);
    },
    ...options,
  });
  docs.push(doc);
  return doc;
}

const journal = () => join(docDir(paths, ID), 'notes.journal');
const snapshot = () => join(docDir(paths, ID), 'notes.json');
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
const ids = (list: Annotation[]) => list.map((a) => a.id).sort();
const save = (doc: NotesDocument, upserts: Annotation[], deletes: string[] = []) =>
  doc.change({ upserts, deletes }).done;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-notes-doc-'));
  paths = libraryPaths(dir);
  appends = 0;
  failAppend = null;
});
afterEach(async () => {
  await Promise.all(docs.map((d) => d.flush()));
  docs = [];
  await cleanup();
});

describe('NotesDocument: the journal', () => {
  it('a save appends one line; notes.json is not rewritten', async () => {
    const doc = await openDoc();
    const a = annotationOf('甲');
    await save(doc, [a]);
    expect(appends).toBe(1);
    expect(await exists(snapshot())).toBe(false);
    expect(await readFile(journal(), 'utf8')).toBe(encodeEntry({ upserts: [a], deletes: [] }));
  });

  it('a burst of saves shares appends, each acknowledged once durable', async () => {
    const doc = await openDoc();
    const all = Array.from({ length: 30 }, (_, i) => annotationOf(`第${i}`));
    await Promise.all(all.map((a) => save(doc, [a])));
    expect(appends).toBeLessThan(30);
    expect(ids(await readNotes(paths, ID))).toEqual(ids(all));
  });

  it('opening replays the journal, folds it into notes.json and removes it', async () => {
    const first = await openDoc();
    const a = annotationOf('甲');
    const b = annotationOf('乙');
    await save(first, [a, b]);
    await save(first, [{ ...a, note: '改' }], [b.id]);
    await first.flush();

    const again = await openDoc();
    expect(again.annotations).toEqual([{ ...a, note: '改' }]);
    expect(await exists(journal())).toBe(false);
    expect(JSON.parse(await readFile(snapshot(), 'utf8'))).toEqual({
      schemaVersion: 2,
      annotations: [{ ...a, note: '改' }],
      checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await readdir(paths.backupsDir)).some((n) => n.startsWith(`notes-${ID}.`))).toBe(true);
  });

  it('folds the journal in once it holds enough changes', async () => {
    const doc = await openDoc({ compactEntries: 3 });
    for (const q of ['甲', '乙']) await save(doc, [annotationOf(q)]);
    expect(await exists(snapshot())).toBe(false);
    await save(doc, [annotationOf('丙')]);
    await doc.flush();
    expect(await exists(journal())).toBe(false);
    expect(JSON.parse(await readFile(snapshot(), 'utf8')).annotations).toHaveLength(3);
    await save(doc, [annotationOf('丁')]);
    expect(ids(await readNotes(paths, ID))).toEqual(ids(doc.annotations));
  });

  it('a crash between writing notes.json and removing the journal loses and duplicates nothing', async () => {
    const a = annotationOf('甲');
    const b = annotationOf('乙');
    const doc = await openDoc();
    await save(doc, [a, b]);
    await save(doc, [{ ...a, note: '改' }], [b.id]);
    await doc.flush();
    const lines = await readFile(journal(), 'utf8');
    await openDoc(); // folds in
    await writeFile(journal(), lines); // as if the removal never happened
    expect((await openDoc()).annotations).toEqual([{ ...a, note: '改' }]);
  });

  it('an append cut short by a crash is dropped; the saves before it stay', async () => {
    const doc = await openDoc();
    const a = annotationOf('甲');
    await save(doc, [a]);
    await doc.flush();
    await appendFile(journal(), encodeEntry({ upserts: [annotationOf('乙')], deletes: [] }).slice(0, 40));
    const again = await openDoc();
    expect(again.annotations).toEqual([a]);
    expect(again.drainNotices()).toEqual([]);
  });

  it('a damaged line keeps every change that verifies, sets the journal aside and says so', async () => {
    const doc = await openDoc();
    const a = annotationOf('甲');
    const b = annotationOf('乙');
    await save(doc, [a]);
    await doc.flush();
    const damaged = `garbage\n${encodeEntry({ upserts: [b], deletes: [] })}`;
    await appendFile(journal(), damaged);
    const before = await readFile(journal());
    const again = await openDoc();
    expect(ids(again.annotations)).toEqual(ids([a, b]));
    expect(again.drainNotices()).toEqual([
      {
        level: 'warning',
        key: 'notices.journalDamaged',
        params: {
          file: 'notes.journal',
          damaged: expect.stringMatching(/^notes\.journal\.damaged-/),
          lines: 1,
          kept: 2,
        },
      },
    ]);
    const kept = (await readdir(docDir(paths, ID))).find((n) => n.startsWith('notes.journal.damaged-')) ?? '';
    expect(await readFile(join(docDir(paths, ID), kept))).toEqual(before);
    const aside = (await readdir(docDir(paths, ID))).filter((n) => n.startsWith('notes.journal.damaged-'));
    expect(aside).toHaveLength(1);
  });
});

describe('NotesDocument: failures', () => {
  it.each(['before', 'half'] as const)(
    'an append that fails (%s writing) takes the change back, and the next save still lands',
    async (how) => {
      const doc = await openDoc();
      const a = annotationOf('甲');
      await save(doc, [a]);
      failAppend = how;
      const lost = annotationOf('乙');
      await expect(save(doc, [lost, { ...a, note: '丢' }], [])).rejects.toMatchObject({ code: 'storage' });
      expect(doc.annotations).toEqual([a]);
      failAppend = null;
      const c = annotationOf('丙');
      await save(doc, [c]);
      expect(ids(await readNotes(paths, ID))).toEqual(ids([a, c]));
      expect(ids((await openDoc()).annotations)).toEqual(ids([a, c]));
    },
  );

  it('saves made on top of a failed one are taken back too', async () => {
    const doc = await openDoc();
    failAppend = 'before';
    const first = save(doc, [annotationOf('甲')]);
    const second = save(doc, [annotationOf('乙')]);
    await expect(first).rejects.toMatchObject({ code: 'storage' });
    await expect(second).rejects.toMatchObject({ code: 'storage' });
    expect(doc.annotations).toEqual([]);
  });

  it('a failed fold keeps every change in memory and in the journal', async () => {
    let failWrite = false;
    const ops = {
      ...nodeWriteOps,
      writeTemp: async (p: string, d: string | Uint8Array) => {
        if (failWrite) throw noSpace();
        return nodeWriteOps.writeTemp(p, d);
      },
    };
    const doc = await openDoc({ compactEntries: 2, ops });
    const a = annotationOf('甲');
    const b = annotationOf('乙');
    failWrite = true;
    await save(doc, [a]);
    await save(doc, [b]);
    await doc.flush();
    expect(ids(doc.annotations)).toEqual(ids([a, b]));
    expect(await exists(snapshot())).toBe(false);
    failWrite = false;
    expect(ids((await openDoc()).annotations)).toEqual(ids([a, b]));
  });

  it('counts what is not on disk yet', async () => {
    const doc = await openDoc();
    const done = save(doc, [annotationOf('甲')]);
    expect(doc.pendingWrites()).toBe(1);
    await doc.flush();
    expect(doc.pendingWrites()).toBe(0);
    await done;
  });
});

describe('NotesDocument: folding under load and on a disk that cannot be written', () => {
  it('folds the journal on size even while saves keep coming', async () => {
    const slowAppend = async (file: string, text: string) => {
      await new Promise((r) => setTimeout(r, 4));
      await appendFile(file, text);
    };
    const doc = await openDoc({ compactEntries: 5, append: slowAppend });
    const saves: Array<Promise<void>> = [];
    let foldedWhileBusy = false;
    for (let i = 0; i < 60; i++) {
      saves.push(save(doc, [annotationOf(`第${i}`)]));
      if (i === 45) foldedWhileBusy = await exists(snapshot());
      await new Promise((r) => setTimeout(r, 1));
    }
    await Promise.all(saves);
    await doc.flush();
    expect(foldedWhileBusy).toBe(true);
    expect((await openDoc()).annotations).toHaveLength(60);
  });

  it('a fold never writes a change whose append is still queued (and may fail)', async () => {
    let release: () => void = () => undefined;
    let failNext = false;
    const gatedAppend = async (file: string, text: string) => {
      if (failNext) throw noSpace();
      await new Promise<void>((r) => (release = r));
      await appendFile(file, text);
    };
    const doc = await openDoc({ compactEntries: 1, append: gatedAppend });
    const a = annotationOf('甲');
    const first = save(doc, [a]);
    await new Promise((r) => setTimeout(r, 5));
    const queued = annotationOf('乙');
    const second = save(doc, [queued]);
    failNext = true;
    release();
    await first;
    await expect(second).rejects.toMatchObject({ code: 'storage' });
    await doc.flush();
    expect(ids((await readNotes(paths, ID)) ?? [])).toEqual(ids([a]));
  });

  it('shows the notes of a journal it cannot fold (read-only disk), and saves once the disk can be written', async () => {
    const first = await openDoc();
    const a = annotationOf('甲');
    await save(first, [a]);
    await first.flush();
    let readOnly = true;
    const erofs = () => Object.assign(new Error('read-only file system'), { code: 'EROFS' });
    const ops = {
      ...nodeWriteOps,
      writeTemp: async (p: string, d: string | Uint8Array) => {
        if (readOnly) throw erofs();
        return nodeWriteOps.writeTemp(p, d);
      },
      unlink: async (p: string) => {
        if (readOnly) throw erofs();
        return nodeWriteOps.unlink(p);
      },
    };
    const append = async (file: string, text: string) => {
      if (readOnly) throw erofs();
      await appendFile(file, text);
    };
    const doc = await openDoc({ ops, append });
    expect(doc.annotations).toEqual([a]);
    expect(await exists(journal())).toBe(true);
    const b = annotationOf('乙');
    await expect(save(doc, [b])).rejects.toMatchObject({ code: 'storage', params: { reason: 'EROFS' } });
    expect(doc.annotations).toEqual([a]);
    readOnly = false;
    await save(doc, [b]);
    expect(ids(await readNotes(paths, ID))).toEqual(ids([a, b]));
  });
});
