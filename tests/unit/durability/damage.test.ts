// Each kind of damage on each store: a NUL-filled file, one truncated in the
// middle, flipped bits, and content of the wrong shape, in notes.json, the
// notes journal, indicators.json and library.json. Each time: a message, the
// damaged file kept byte for byte, and nothing else lost.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../src-shared/api';
import type { Services } from '../../../src-main/services/create-services';
import { tempDir } from '../services/helpers';
import { open, seedLibrary } from './library-fixture';
import type { Seeded } from './library-fixture';

type Store = 'notes.json' | 'notes.journal' | 'indicators.json' | 'library.json';
type Damage = 'NUL-filled' | 'truncated mid-file' | 'bit flips' | 'wrong shape';

let dir: string;
let cleanup: () => Promise<void>;
let seeded: Seeded;
let services: Services | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-damage-'));
  seeded = await seedLibrary(dir);
});
afterEach(async () => {
  await services?.close();
  services = null;
  await cleanup();
});

function fileOf(store: Store): string {
  return store === 'library.json' ? join(dir, 'library.json') : join(dir, 'docs', seeded.a, store);
}

/** Flip one bit in the middle of the first line (for the journal: inside the first record). */
function flipBit(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const firstLine = out.indexOf(10) === -1 ? out.length : out.indexOf(10);
  const at = Math.floor(firstLine / 2);
  out[at] = (out[at] ?? 0) ^ 0x04;
  return out;
}

function damage(kind: Damage, store: Store, bytes: Buffer): Buffer {
  switch (kind) {
    case 'NUL-filled':
      return Buffer.alloc(bytes.length);
    case 'truncated mid-file':
      // Three quarters in: inside the journal's second record, past the middle of a JSON file.
      return bytes.subarray(0, Math.floor(bytes.length * 0.75));
    case 'bit flips':
      return flipBit(bytes);
    case 'wrong shape':
      if (store === 'notes.journal') {
        const cut = bytes.indexOf(10) + 1;
        const bad = Buffer.from(`${JSON.stringify({ upserts: 'nope', deletes: [] })}\n`);
        return Buffer.concat([bytes.subarray(0, cut), bad, bytes.subarray(cut)]);
      }
      return Buffer.from(JSON.stringify({ schemaVersion: 2, documents: 'nope', annotations: 7, edits: {} }));
  }
}

/** Open everything a user would (the library, both documents' notes, A's indicator edits) and collect the messages. */
async function reopen(): Promise<{ notices: Notice[]; notesA: string[]; notesB: string[] }> {
  services = await open(dir);
  const notesA = (await services.notes.list({ id: seeded.a })).map((n) => n.id).sort();
  const notesB = (await services.notes.list({ id: seeded.b })).map((n) => n.id).sort();
  await services.indicatorEdits.edits({ id: seeded.a });
  const env = await services.dispatch('app.notices', undefined);
  return { notices: env.ok ? (env.value as Notice[]) : [], notesA, notesB };
}

async function keptAside(store: Store, damaged: Buffer): Promise<void> {
  const folder = store === 'library.json' ? dir : join(dir, 'docs', seeded.a);
  const names = (await readdir(folder)).filter((n) => n.includes('.damaged-'));
  expect(names).toHaveLength(1);
  expect(await readFile(join(folder, names[0] ?? ''))).toEqual(damaged);
}

const ids = (list: Array<{ id: string }>) => list.map((n) => n.id).sort();

const STORES: Store[] = ['notes.json', 'notes.journal', 'indicators.json', 'library.json'];
const DAMAGES: Damage[] = ['NUL-filled', 'truncated mid-file', 'bit flips', 'wrong shape'];
/** Journal records the damage can cost (one save each); anything else must all be there. */
const JOURNAL_LOSS: Record<Damage, number> = {
  'NUL-filled': 2,
  'truncated mid-file': 1,
  'bit flips': 1,
  'wrong shape': 0,
};

describe.each(STORES)('damage to %s', (store) => {
  it.each(DAMAGES)('%s: a message, the damaged file kept, nothing else lost', async (kind) => {
    const file = fileOf(store);
    const damaged = damage(kind, store, await readFile(file));
    await writeFile(file, damaged);

    const { notices, notesA, notesB } = await reopen();
    await keptAside(store, damaged);
    expect(notesB).toEqual(ids(seeded.notesB));
    expect(await services?.indicatorEdits.edits({ id: seeded.a })).toEqual(seeded.editsA);
    expect(
      services?.library
        .list()
        .map((r) => r.id)
        .sort(),
    ).toEqual([seeded.a, seeded.b].sort());
    expect(services?.library.settings.get().locale).toBe('en');

    if (store === 'notes.journal') {
      expect(notices).toContainEqual(
        expect.objectContaining({
          key: 'notices.journalDamaged',
          params: expect.objectContaining({ title: seeded.titleA }),
        }),
      );
      // Everything in notes.json stays, and every journal record that verifies.
      const all = ids(seeded.notesA);
      expect(notesA).toEqual(expect.arrayContaining(ids(seeded.notesA.slice(0, 3))));
      expect(notesA.length).toBeGreaterThanOrEqual(all.length - JOURNAL_LOSS[kind]);
    } else {
      expect(notices).toContainEqual(expect.objectContaining({ key: 'notices.restored' }));
      expect(notesA).toEqual(ids(seeded.notesA));
    }
    // Told once.
    const again = await services?.dispatch('app.notices', undefined);
    expect(again).toEqual({ ok: true, value: [] });
  });
});

describe('library.json damaged with no usable backup', () => {
  it.each(DAMAGES)('%s: the documents are found again in docs/, with their notes', async (kind) => {
    const file = fileOf('library.json');
    const damaged = damage(kind, 'library.json', await readFile(file));
    await writeFile(file, damaged);
    for (const n of await readdir(join(dir, 'backups'))) {
      if (n.startsWith('library.')) await rm(join(dir, 'backups', n));
    }
    const { notices, notesA, notesB } = await reopen();
    await keptAside('library.json', damaged);
    expect(notices).toContainEqual(
      expect.objectContaining({
        key: 'notices.libraryRebuilt',
        params: expect.objectContaining({ count: 2 }),
      }),
    );
    const records = services?.library.list() ?? [];
    expect(records.map((r) => r.id).sort()).toEqual([seeded.a, seeded.b].sort());
    expect(records.find((r) => r.id === seeded.a)?.title).toBe(seeded.titleA);
    expect(notesA).toEqual(ids(seeded.notesA));
    expect(notesB).toEqual(ids(seeded.notesB));
    // Written back: the next start finds the library as rebuilt, with no message.
    await services?.close();
    services = null;
    const next = await reopen();
    expect(next.notices).toEqual([]);
    expect((services as Services | null)?.library.list()).toEqual(records);
  });
});

describe('an unfinished last journal line', () => {
  const tornLine = (id: string) =>
    readFile(fileOf('notes.journal')).then((bytes) => {
      const lines = bytes.toString('utf8').split('\n');
      return { id, text: `${lines.slice(0, -1).join('\n')}\n${(lines[0] ?? '').slice(0, 40)}` };
    });

  it('after a crash is dropped silently, and cut off at once so a later clean start does not call it damage', async () => {
    const { text } = await tornLine(seeded.a);
    await writeFile(fileOf('notes.journal'), text);
    // The crash: the session marker stays behind.
    await writeFile(join(dir, 'session.open'), '{}');
    services = await open(dir);
    expect((await readFile(fileOf('notes.journal'), 'utf8')).endsWith('\n')).toBe(true);
    await services.close();
    services = null;
    const { notices, notesA } = await reopen();
    expect(notices).toEqual([]);
    expect(notesA).toEqual(ids(seeded.notesA));
  });

  it('after a clean quit is damage (a truncated file): reported, and kept aside', async () => {
    const { text } = await tornLine(seeded.a);
    await writeFile(fileOf('notes.journal'), text);
    const { notices, notesA } = await reopen();
    expect(notices).toContainEqual(expect.objectContaining({ key: 'notices.journalDamaged' }));
    expect(notesA).toEqual(ids(seeded.notesA));
    await keptAside('notes.journal', Buffer.from(text));
  });
});
