// A full disk and a read-only disk, for real: a small tmpfs mounted when the
// tests run as root (skipped with a note otherwise). Notes show without any
// write, a save the disk refuses says why and keeps nothing half-done, and
// saving works again once the disk does.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import type { Services } from '../../../src-main/services/create-services';
import { annotationOf, bytesOf, modelOf } from '../services/helpers';
import { quiet } from './library-fixture';

let mountPoint = '';
/** Room for one test's library with its backups and temporary files; each test starts on an empty disk. */
const TMPFS_KIB = 256;

function tryMount(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'not running as root';
  try {
    mountPoint = execFileSync('mktemp', ['-d', join(tmpdir(), 'rl-tmpfs-XXXXXX')], {
      encoding: 'utf8',
    }).trim();
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_KIB}k`, 'tmpfs', mountPoint]);
    return null;
  } catch (err) {
    return `mount failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

const skipped = tryMount();
if (skipped) console.warn(`full and read-only disk tests skipped (${skipped}); run them as root on Linux`);

let open: Services[] = [];
let dir = '';
const start = async () => {
  const s = await createServices(dir, { log: quiet });
  open.push(s);
  return s;
};
/** A note big enough to need new pages of the tmpfs (a few bytes may still fit in a page already there). */
const bigNote = (q: string) => annotationOf(q, { note: `${q}：${'长'.repeat(6000)}` });

async function fill(): Promise<string> {
  const filler = join(dir, 'filler');
  try {
    await writeFile(filler, Buffer.alloc(TMPFS_KIB * 1024, 1));
  } catch {
    // full now
  }
  return filler;
}

const remount = (mode: 'ro' | 'rw') => execFileSync('mount', ['-o', `remount,${mode}`, mountPoint]);

beforeEach(async () => {
  if (skipped) return;
  dir = await mkdtemp(join(mountPoint, 'lib-'));
});
afterEach(async () => {
  if (skipped) return;
  remount('rw');
  await Promise.all(open.map((s) => s.flush().catch(() => undefined)));
  open = [];
  // The next test must not find this one's library, filler or backups on the disk.
  await rm(dir, { recursive: true, force: true });
});
afterAll(() => {
  if (skipped) return;
  execFileSync('umount', [mountPoint]);
  return rm(mountPoint, { recursive: true, force: true });
});

describe.skipIf(skipped !== null)('a disk that cannot be written (a small tmpfs)', () => {
  it('full: notes show, a save says the disk is full and keeps nothing of itself, and lands once there is space', async () => {
    const first = await start();
    const text = '报告\n全年增长6%';
    const { id } = (
      await first.library.import({ fileName: 'r.txt', bytes: bytesOf(text), model: modelOf(text) })
    ).record;
    const kept = annotationOf('增长', { note: '已保存' });
    await first.notes.save({ id, upserts: [kept], deletes: [] });
    await first.flush();
    const filler = await fill();

    const refused = bigNote('全年');
    await expect(first.notes.save({ id, upserts: [refused], deletes: [] })).rejects.toMatchObject({
      code: 'storage',
      params: { reason: 'ENOSPC' },
    });
    expect((await first.notes.list({ id })).map((n) => n.id)).toEqual([kept.id]);

    // Started again on the full disk: everything shows, nothing needed writing.
    const again = await start();
    expect((await again.notes.list({ id })).map((n) => n.id)).toEqual([kept.id]);
    await expect(again.notes.save({ id, upserts: [refused], deletes: [] })).rejects.toMatchObject({
      params: { reason: 'ENOSPC' },
    });

    await rm(filler);
    await again.notes.save({ id, upserts: [refused], deletes: [] });
    await again.close();
    const after = await start();
    expect((await after.notes.list({ id })).map((n) => n.id).sort()).toEqual([kept.id, refused.id].sort());
  });

  it('read-only: notes show, a save says the disk is read-only, and lands once it can be written', async () => {
    const first = await start();
    const text = '报告二\n城镇新增就业3万人';
    const { id } = (
      await first.library.import({ fileName: 's.txt', bytes: bytesOf(text), model: modelOf(text) })
    ).record;
    const kept = annotationOf('就业');
    await first.notes.save({ id, upserts: [kept], deletes: [] });
    await first.flush();
    remount('ro');

    const again = await start();
    expect(again.library.list().some((r) => r.id === id)).toBe(true);
    expect((await again.notes.list({ id })).map((n) => n.id)).toEqual([kept.id]);
    const refused = annotationOf('3万人');
    await expect(again.notes.save({ id, upserts: [refused], deletes: [] })).rejects.toMatchObject({
      code: 'storage',
      params: { reason: 'EROFS' },
    });
    expect((await again.notes.list({ id })).map((n) => n.id)).toEqual([kept.id]);

    remount('rw');
    await again.notes.save({ id, upserts: [refused], deletes: [] });
    await again.close();
    const after = await start();
    expect((await after.notes.list({ id })).map((n) => n.id).sort()).toEqual([kept.id, refused.id].sort());
  });
});
