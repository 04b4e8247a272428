import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { nodeWriteOps } from '../../../src-main/services/atomic-write';
import type { WriteOps } from '../../../src-main/services/atomic-write';
import { JsonStore } from '../../../src-main/services/json-store';
import type { StoreOptions } from '../../../src-main/services/json-store';

interface Db {
  schemaVersion: number;
  items: string[];
}

const schema = v.strictObject({ schemaVersion: v.literal(2), items: v.array(v.string()) });

let dir: string;
let clock: number;

function options(extra: Partial<StoreOptions<Db>> = {}): StoreOptions<Db> {
  return {
    file: join(dir, 'db.json'),
    backupDir: join(dir, 'backups'),
    schemaVersion: 2,
    schema,
    defaults: () => ({ schemaVersion: 2, items: [] }),
    migrate: (raw) => ({ items: raw['list'] }),
    now: () => new Date(clock),
    log: () => undefined,
    ...extra,
  };
}

let opened: Array<JsonStore<Db>> = [];
async function openStore(extra: Partial<StoreOptions<Db>> = {}): Promise<JsonStore<Db>> {
  const store = await JsonStore.open(options(extra));
  opened.push(store);
  return store;
}

async function seeded(items: string[]): Promise<void> {
  const store = await openStore();
  await store.update((d) => d.items.push(...items));
  await store.flush();
}

/** The file's data, its checksum left out (checked by the codec's own tests). */
const withoutChecksum = (text: string): unknown => {
  const data = JSON.parse(text) as Record<string, unknown>;
  delete data['checksum'];
  return data;
};
const onDisk = async (): Promise<unknown> => withoutChecksum(await readFile(join(dir, 'db.json'), 'utf8'));
const names = async (sub = ''): Promise<string[]> => (await readdir(join(dir, sub))).sort();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rl-store-'));
  clock = Date.parse('2024-05-01T10:00:00Z');
});
afterEach(async () => {
  // Backups are written after a write resolves: let them finish before the folder goes.
  await Promise.all(opened.map((store) => store.flush()));
  opened = [];
  await rm(dir, { recursive: true, force: true });
});

describe('JsonStore: opening', () => {
  it('starts from the defaults when there is no file, and writes nothing until a change', async () => {
    const store = await openStore();
    expect(store.state).toBe('created');
    expect(store.data.items).toEqual([]);
    expect(await names()).toEqual([]);
    await store.update((d) => d.items.push('a'));
    expect(await onDisk()).toEqual({ schemaVersion: 2, items: ['a'] });
  });

  it('reads back what it wrote and keeps a backup of it at open', async () => {
    await seeded(['a', 'b']);
    clock += 1000;
    const store = await openStore();
    expect(store.state).toBe('opened');
    expect(store.data.items).toEqual(['a', 'b']);
    expect(store.drainNotices()).toEqual([]);
    expect((await names('backups')).length).toBe(1);
  });

  it('migrates an older schema version', async () => {
    await writeFile(join(dir, 'db.json'), JSON.stringify({ schemaVersion: 1, list: ['old'] }));
    const store = await openStore();
    expect(store.data).toEqual({ schemaVersion: 2, items: ['old'] });
  });

  it.each([
    ['a newer version', 3],
    ['a damaged version number', 1.5],
    ['a version number that is text', '2'],
  ])('opens a file of %s read-only, says so and never writes it', async (_label, version) => {
    const text = JSON.stringify({ schemaVersion: version, items: ['x'] });
    await writeFile(join(dir, 'db.json'), text);
    const store = await openStore();
    expect(store.state).toBe('newer');
    expect(store.readOnly).toBe('newer-version');
    expect(store.drainNotices()).toEqual([
      { level: 'error', key: 'notices.newerVersion', params: { file: 'db.json' } },
    ]);
    await expect(store.update((d) => d.items.push('y'))).rejects.toMatchObject({
      code: 'storage',
      params: { reason: 'newer-version' },
    });
    expect(store.data.items).toEqual([]);
    expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(text);
    expect(await names()).toEqual(['db.json']);
  });
});

describe('JsonStore: recovery from a damaged file', () => {
  const damages: Array<[string, string | Uint8Array]> = [
    ['an empty file', ''],
    ['NUL bytes', new Uint8Array(4096)],
    ['truncated JSON', '{"schemaVersion":2,"items":["a","b'],
    ['valid JSON of the wrong shape', JSON.stringify({ schemaVersion: 2, items: 'nope' })],
    ['a JSON array', '[1,2,3]'],
  ];

  it.each(damages)('restores the newest good backup after %s', async (_label, content) => {
    await seeded(['good']);
    clock += 120_000;
    await (await openStore()).flush(); // the backup taken at open
    await writeFile(join(dir, 'db.json'), content);

    const store = await openStore();
    expect(store.state).toBe('restored');
    expect(store.data.items).toEqual(['good']);
    expect(await onDisk()).toEqual({ schemaVersion: 2, items: ['good'] });
    const [notice] = store.drainNotices();
    expect(notice).toMatchObject({ level: 'warning', key: 'notices.restored', params: { file: 'db.json' } });
    expect(notice?.params?.['backup']).toMatch(/^db\..*\.json$/);
    const damaged = (await names()).filter((n) => n.startsWith('db.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(await readFile(join(dir, damaged[0] ?? ''))).toEqual(Buffer.from(content));
    expect(store.drainNotices()).toEqual([]);
  });

  it('skips a backup that is itself damaged and uses an older one', async () => {
    await seeded(['older']);
    clock += 120_000;
    await writeFile(join(dir, 'backups', 'db.2030-01-01T00-00-00-000Z.json'), '{"schemaVer');
    await writeFile(join(dir, 'db.json'), '');
    const store = await openStore();
    expect(store.data.items).toEqual(['older']);
  });

  it('without a good backup keeps the damaged file aside, starts empty and says so', async () => {
    await writeFile(join(dir, 'db.json'), '{"schemaVersion":2,"items":["lost');
    const store = await openStore();
    expect(store.state).toBe('lost');
    expect(store.data.items).toEqual([]);
    expect(store.drainNotices()).toEqual([
      {
        level: 'error',
        key: 'notices.lostDatabase',
        params: { file: 'db.json', damaged: expect.stringMatching(/^db\.damaged-.*\.json$/) },
      },
    ]);
    const damaged = (await names()).find((n) => n.startsWith('db.damaged-')) ?? '';
    expect(await readFile(join(dir, damaged), 'utf8')).toBe('{"schemaVersion":2,"items":["lost');
  });

  it('restores from a backup when the file itself is missing', async () => {
    await seeded(['kept']);
    await rm(join(dir, 'db.json'));
    const store = await openStore();
    expect(store.state).toBe('restored');
    expect(store.data.items).toEqual(['kept']);
  });
});

describe('JsonStore: writing', () => {
  it('coalesces a burst of updates into few writes, all of them durable', async () => {
    let writes = 0;
    const ops: WriteOps = {
      ...nodeWriteOps,
      writeTemp: (p, d) => {
        if (p.startsWith(join(dir, 'db.json'))) writes++;
        return nodeWriteOps.writeTemp(p, d);
      },
    };
    const store = await openStore({ ops });
    const all = Array.from({ length: 50 }, (_, i) => store.update((d) => d.items.push(`x${i}`)));
    expect(store.pendingWrites()).toBeGreaterThan(0);
    await Promise.all(all);
    expect(writes).toBeLessThanOrEqual(2);
    expect(store.pendingWrites()).toBe(0);
    expect(((await onDisk()) as Db).items).toHaveLength(50);
  });

  it('serialises concurrent updates: none is lost, order is kept', async () => {
    const store = await openStore();
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.update((d) => d.items.push(`${round}-${i}`))),
      );
    }
    const reopened = await openStore();
    expect(reopened.data.items).toEqual(store.data.items);
    expect(reopened.data.items).toHaveLength(50);
  });

  it('a full disk leaves the old file intact, rolls back the change and reports storage', async () => {
    await seeded(['before']);
    const ops: WriteOps = {
      ...nodeWriteOps,
      writeTemp: async (p, d) => {
        await writeFile(p, String(d).slice(0, 5));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    const store = await openStore({ ops });
    const failing = store.update((d) => d.items.push('after'));
    const queuedBehind = store.update((d) => d.items.push('after2'));
    const err: unknown = await failing.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'storage', params: { reason: 'ENOSPC' } });
    await expect(queuedBehind).rejects.toMatchObject({ code: 'storage' });
    expect(store.data.items).toEqual(['before']);
    expect(await onDisk()).toEqual({ schemaVersion: 2, items: ['before'] });
    expect((await names()).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('a kill between the temp write and the rename leaves the old file, and the temp is cleaned', async () => {
    await seeded(['before']);
    const ops: WriteOps = {
      ...nodeWriteOps,
      unlink: async () => undefined, // the process is dead: nothing cleans up
      rename: () => Promise.reject(new Error('killed')),
    };
    const store = await openStore({ ops });
    await store.update((d) => d.items.push('after')).catch(() => undefined);
    expect((await names()).some((n) => n.includes('.tmp-'))).toBe(true);

    const reopened = await openStore();
    expect(reopened.state).toBe('opened');
    expect(reopened.data.items).toEqual(['before']);
    expect((await names()).some((n) => n.includes('.tmp-'))).toBe(false);
  });

  it('backs up at most once per interval and keeps only the newest copies', async () => {
    const store = await openStore({ keepBackups: 3 });
    for (let i = 0; i < 10; i++) {
      await store.update((d) => d.items.push(`${i}`));
      clock += 10_000; // six writes a minute: one backup a minute
    }
    await store.flush();
    const backups = await names('backups');
    expect(backups.length).toBe(2);
    for (let i = 0; i < 10; i++) {
      clock += 61_000;
      await store.update((d) => d.items.push(`more${i}`));
    }
    await store.flush();
    expect((await names('backups')).length).toBe(3);
    const newest = (await names('backups')).at(-1) ?? '';
    expect(withoutChecksum(await readFile(join(dir, 'backups', newest), 'utf8'))).toEqual(store.data);
  });
});
