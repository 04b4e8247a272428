import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStamp, listBackups, writeBackup } from '../../../src-main/services/backups';
import type { BackupPlace } from '../../../src-main/services/backups';
import { tempDir } from './helpers';

let place: BackupPlace;
let cleanup: () => Promise<void>;
const at = (minute: number) => new Date(Date.UTC(2024, 4, 1, 10, minute));

beforeEach(async () => {
  const t = await tempDir('rl-backups-');
  cleanup = t.cleanup;
  place = { dir: join(t.dir, 'backups'), name: 'library' };
});
afterEach(async () => {
  await cleanup();
});

describe('backups', () => {
  it('names copies by a sortable timestamp', () => {
    expect(fileStamp(at(5))).toBe('2024-05-01T10-05-00-000Z');
  });

  it('keeps the newest copies, newest first', async () => {
    for (let i = 0; i < 7; i++) await writeBackup(place, `{"n":${i}}`, at(i), 3);
    const names = await listBackups(place);
    expect(names).toEqual([3, 2, 1].map((m) => `library.${fileStamp(at(m + 3))}.json`));
    expect(await readFile(join(place.dir, names[0] ?? ''), 'utf8')).toBe('{"n":6}');
  });

  it('does not store the same content twice in a row', async () => {
    await writeBackup(place, 'same', at(1), 5);
    expect(await writeBackup(place, 'same', at(2), 5)).toBe(`library.${fileStamp(at(1))}.json`);
    expect(await listBackups(place)).toHaveLength(1);
  });

  it('a second copy in the same millisecond gets a later name, not the old one', async () => {
    await writeBackup(place, 'a', at(1), 5);
    await writeBackup(place, 'b', at(1), 5);
    const names = await listBackups(place);
    expect(names).toHaveLength(2);
    expect(await readFile(join(place.dir, names[0] ?? ''), 'utf8')).toBe('b');
  });

  it('ignores files of other databases and damaged copies', async () => {
    await mkdir(place.dir, { recursive: true });
    await writeFile(join(place.dir, 'notes-x.2024-05-01T10-00-00-000Z.json'), '');
    await writeFile(join(place.dir, 'library.damaged-2024-05-01T10-00-00-000Z.json'), '');
    await writeBackup(place, 'x', at(1), 5);
    expect(await listBackups(place)).toHaveLength(1);
    expect(await readdir(place.dir)).toHaveLength(3);
  });
});
