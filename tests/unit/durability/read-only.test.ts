// A library written by a newer version (or with a version number we never
// wrote) opens read-only: what can be read shows, every write is refused with
// the reason, and not one byte of the folder changes.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import type { Services } from '../../../src-main/services/create-services';
import { annotationOf, bytesOf, modelOf, tempDir } from '../services/helpers';
import { open, quiet, seedLibrary } from './library-fixture';
import type { Seeded } from './library-fixture';

let dir: string;
let cleanup: () => Promise<void>;
let seeded: Seeded;
let services: Services | null = null;

/** Every file under `root` with the SHA-256 of its bytes. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(folder: string): Promise<void> {
    for (const name of await readdir(folder)) {
      const path = join(folder, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else
        out[relative(root, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  }
  await walk(root);
  return out;
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-readonly-'));
  seeded = await seedLibrary(dir);
});
afterEach(async () => {
  await services?.flush();
  services = null;
  await cleanup();
});

describe.each([
  [
    'a newer version',
    (raw: Record<string, unknown>) => ({ ...raw, schemaVersion: 3, futureField: { x: 1 } }),
  ],
  ['a damaged version number', (raw: Record<string, unknown>) => ({ ...raw, schemaVersion: 'v2' })],
])('library.json of %s', (_label, rewrite) => {
  it('opens read-only, shows what it can, refuses every write, and changes nothing on disk', async () => {
    const file = join(dir, 'library.json');
    const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    delete raw['checksum'];
    await writeFile(file, JSON.stringify(rewrite(raw)));
    const before = await snapshot(dir);

    services = await createServices(dir, { log: quiet, samplePath: join(dir, 'missing-sample.txt') });
    expect(services.readOnly).toBe('newer-version');
    const call = (method: string, arg?: unknown) => (services as Services).dispatch(method, arg);
    expect(await call('app.status')).toEqual({ ok: true, value: { readOnly: 'newer-version' } });
    expect(await call('app.notices')).toMatchObject({
      ok: true,
      value: [{ level: 'error', key: 'notices.newerVersion', params: { file: 'library.json' } }],
    });
    // What today's schema can read of it shows.
    expect(
      services.library
        .list()
        .map((r) => r.id)
        .sort(),
    ).toEqual([seeded.a, seeded.b].sort());
    expect((await services.notes.list({ id: seeded.a })).map((n) => n.id).sort()).toEqual(
      seeded.notesA.map((n) => n.id).sort(),
    );
    expect(await services.indicatorEdits.edits({ id: seeded.a })).toEqual(seeded.editsA);

    const text = '新报告\n内容';
    const refused = [
      await call('library.import', { fileName: 'n.txt', bytes: bytesOf(text), model: modelOf(text) }),
      await call('library.update', { id: seeded.a, patch: { title: '改' } }),
      await call('library.remove', { id: seeded.b }),
      await call('settings.set', { theme: 'dark' }),
      await call('annotations.save', { id: seeded.a, upserts: [annotationOf('增长')], deletes: [] }),
      await call('annotations.copyFrom', { id: seeded.b, from: seeded.a }),
      await call('indicators.saveEdits', { id: seeded.a, edits: [] }),
    ];
    for (const env of refused) {
      expect(env).toMatchObject({
        ok: false,
        error: { code: 'storage', params: { reason: expect.any(String) } },
      });
    }
    await services.close();
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('a notes.json of a newer version, in a library of today', () => {
  it('shows that document read-only and saves the others', async () => {
    const file = join(dir, 'docs', seeded.a, 'notes.json');
    const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    delete raw['checksum'];
    const newer = JSON.stringify({ ...raw, schemaVersion: 7 });
    await writeFile(file, newer);
    services = await open(dir);
    expect(services.readOnly).toBeNull();
    expect((await services.notes.list({ id: seeded.a })).length).toBeGreaterThanOrEqual(3);
    await expect(
      services.notes.save({ id: seeded.a, upserts: [annotationOf('增长')], deletes: [] }),
    ).rejects.toMatchObject({ code: 'storage', params: { reason: 'newer-version' } });
    await services.notes.save({ id: seeded.b, upserts: [annotationOf('就业')], deletes: [] });
    expect(services.notes.notices()).toContainEqual(expect.objectContaining({ key: 'notices.newerVersion' }));
    await services.close();
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
