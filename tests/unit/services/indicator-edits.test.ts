import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWriteOps } from '../../../src-main/services/atomic-write';
import type { WriteOps } from '../../../src-main/services/atomic-write';
import { createDispatcher } from '../../../src-main/services/dispatch';
import { IndicatorEditsService } from '../../../src-main/services/indicator-edits';
import { LibraryService } from '../../../src-main/services/library';
import type { IndicatorEdit } from '../../../src-shared/api';
import { bytesOf, modelOf, stubMeta, tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let failWrites = false;
const opened: Array<{ flush(): Promise<void> }> = [];
const quiet = () => undefined;
const ops: WriteOps = {
  ...nodeWriteOps,
  writeTemp: async (path, data) => {
    if (failWrites) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    return nodeWriteOps.writeTemp(path, data);
  },
};

async function openAll(): Promise<{ library: LibraryService; edits: IndicatorEditsService }> {
  const library = await LibraryService.open(dir, { guessMeta: stubMeta, log: quiet, ops });
  const edits = new IndicatorEditsService(library, { log: quiet, ops, backupIntervalMs: 0 });
  opened.push(edits, library);
  return { library, edits };
}

async function importDoc(library: LibraryService, text: string): Promise<string> {
  const { record } = await library.import({ fileName: 'r.txt', bytes: bytesOf(text), model: modelOf(text) });
  return record.id;
}

function editOf(
  quote: string,
  fields: IndicatorEdit['fields'],
  op: IndicatorEdit['op'] = 'change',
): IndicatorEdit {
  return {
    op,
    target: { start: 10, end: 10 + quote.length, quote, prefix: '增长', suffix: '，' },
    extractedName: op === 'add' ? '' : '地区生产总值',
    fields,
    confirmed: false,
    updatedAt: '2024-05-01T00:00:00.000Z',
  };
}

const TEXT = '某市报告\n地区生产总值增长6.5%，财政收入达到120亿元。';
const MISSING = 'f'.repeat(64);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-indicator-edits-'));
});

afterEach(async () => {
  failWrites = false;
  for (const s of opened.splice(0)) await s.flush();
  await cleanup();
});

describe('IndicatorEditsService', () => {
  it('has no edits for a document never edited, and writes nothing for reading', async () => {
    const { library, edits } = await openAll();
    const id = await importDoc(library, TEXT);
    expect(await edits.edits({ id })).toEqual([]);
    await edits.flush();
    expect(await readdir(join(dir, 'docs', id))).not.toContain('indicators.json');
  });

  it('keeps the edits in docs/<id>/indicators.json across a restart', async () => {
    const first = await openAll();
    const id = await importDoc(first.library, TEXT);
    const saved = [editOf('6.5%', { name: 'GDP增速' }), editOf('120亿元', {}, 'delete')];
    await first.edits.saveEdits({ id, edits: saved });
    await first.edits.flush();
    const raw = JSON.parse(await readFile(join(dir, 'docs', id, 'indicators.json'), 'utf8'));
    expect(raw.schemaVersion).toBe(2);
    expect(raw.checksum).toMatch(/^[0-9a-f]{64}$/);
    const second = await openAll();
    expect(await second.edits.edits({ id })).toEqual(saved);
  });

  it('replaces the whole list on save, and hands out copies', async () => {
    const { library, edits } = await openAll();
    const id = await importDoc(library, TEXT);
    await edits.saveEdits({ id, edits: [editOf('6.5%', { name: 'A' })] });
    const got = await edits.edits({ id });
    const first = got[0];
    if (first) first.fields.name = 'changed outside';
    await edits.saveEdits({ id, edits: [editOf('6.5%', { name: 'B' }), editOf('6.5%', { value: 7 })] });
    const now = await edits.edits({ id });
    expect(now.map((e) => e.fields)).toEqual([{ name: 'B' }, { value: 7 }]);
  });

  it('refuses a document not in the library', async () => {
    const { edits } = await openAll();
    await expect(edits.edits({ id: MISSING })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps the previous edits when the write fails', async () => {
    const { library, edits } = await openAll();
    const id = await importDoc(library, TEXT);
    await edits.saveEdits({ id, edits: [editOf('6.5%', { name: 'kept' })] });
    failWrites = true;
    await expect(edits.saveEdits({ id, edits: [] })).rejects.toMatchObject({ code: 'storage' });
    failWrites = false;
    expect((await edits.edits({ id })).map((e) => e.fields.name)).toEqual(['kept']);
  });

  it('restores a damaged file from its backup and says so once', async () => {
    const first = await openAll();
    const id = await importDoc(first.library, TEXT);
    await first.edits.saveEdits({ id, edits: [editOf('6.5%', { name: 'v1' })] });
    await first.edits.flush();
    await first.edits.saveEdits({ id, edits: [editOf('6.5%', { name: 'v2' })] });
    await first.edits.flush();
    await writeFile(join(dir, 'docs', id, 'indicators.json'), '{"schemaVersion": 1, "edits": [tru');
    const second = await openAll();
    const names = (await second.edits.edits({ id })).map((e) => e.fields.name);
    expect(names.length).toBe(1);
    expect(['v1', 'v2']).toContain(names[0]);
    expect(second.edits.notices().map((n) => n.key)).toEqual(['notices.restored']);
    expect(second.edits.notices()).toEqual([]);
  });

  it('drops the backups of a removed document', async () => {
    const { library, edits } = await openAll();
    const id = await importDoc(library, TEXT);
    await edits.saveEdits({ id, edits: [editOf('6.5%', { name: 'x' })] });
    await edits.flush();
    await edits.saveEdits({ id, edits: [editOf('6.5%', { name: 'y' })] });
    await edits.flush();
    await library.remove({ id });
    await edits.flush();
    const left = async () =>
      (await readdir(join(dir, 'backups')).catch(() => [] as string[])).filter((n) =>
        n.startsWith('indicators-'),
      );
    await expect.poll(left).toEqual([]);
  });
});

describe('indicators.* through the dispatcher', () => {
  it('validates edits before the service sees them', async () => {
    const { library, edits } = await openAll();
    const id = await importDoc(library, TEXT);
    const dispatch = createDispatcher({
      library,
      notes: {
        list: async () => [],
        save: async () => null,
        copyFrom: async () => ({ copied: 0 }),
        tags: async () => [],
        notices: () => [],
      },
      exports: {
        notesMarkdown: async () => '',
        saveText: async () => null,
        saveBytes: async () => null,
        notesCited: async () => '',
        saveXlsx: async () => null,
      },
      indicatorEdits: edits,
      nameLinks: {
        links: async () => ({ links: [], unlinks: [] }),
        saveLinks: async () => null,
        notices: () => [],
      },
      reading: {
        get: () => ({ current: null, places: [] }),
        save: async () => null,
        leave: async () => null,
      },
      pickFiles: async () => [],
      log: quiet,
    });
    const bad = await dispatch('indicators.saveEdits', {
      id,
      edits: [{ ...editOf('6.5%', {}), op: 'rename' }],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const badKind = await dispatch('indicators.saveEdits', {
      id,
      edits: [editOf('6.5%', { kind: 'mood' as 'level' })],
    });
    expect(badKind).toMatchObject({ ok: false });
    const good = await dispatch('indicators.saveEdits', {
      id,
      edits: [editOf('6.5%', { name: 'ok', valueMax: null })],
    });
    expect(good).toEqual({ ok: true, value: null });
    expect(await dispatch('indicators.edits', { id })).toMatchObject({
      ok: true,
      value: [{ fields: { name: 'ok' } }],
    });
  });
});
