import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOLDER_LIMITS, FolderPicker, readReportFolder } from '../../../src-main/services/corpus/folder';
import { tempDir } from '../services/helpers';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-folder-'));
});
afterEach(() => cleanup());

async function put(path: string, body = '2025年政府工作报告'): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), body);
}

describe('readReportFolder', () => {
  it('reads reports in nested folders in name order and says what it left out and why', async () => {
    await put('b-2025.txt');
    await put('a-2024.pdf');
    await put('sub/deeper/c-2023.docx');
    await put('notes.xlsx');
    await put('photo.jpg');
    await put('.DS_Store');
    await put('~$c-2023.docx');
    await put('empty.txt', '');
    await symlink(join(dir, 'b-2025.txt'), join(dir, 'link.txt'));
    const pick = await readReportFolder(dir);
    expect(pick.files.map((f) => f.fileName)).toEqual(['a-2024.pdf', 'b-2025.txt', 'c-2023.docx']);
    expect(pick.files.every((f) => f.size > 0 && f.path.startsWith(dir))).toBe(true);
    const skipped = Object.fromEntries(pick.skipped.map((s) => [s.reason, s.count]));
    expect(skipped).toEqual({ 'not-a-report': 3, hidden: 2, empty: 1 });
    expect(pick.skipped.find((s) => s.reason === 'not-a-report')?.examples).toContain('notes.xlsx');
  });

  it('stops at the depth limit and the file limit, counting what it did not read', async () => {
    await put('1/2/3/too-deep.txt');
    for (let i = 0; i < 5; i++) await put(`many/r${i}.txt`);
    const pick = await readReportFolder(dir, { ...FOLDER_LIMITS, maxDepth: 2, maxFiles: 3 });
    expect(pick.files).toHaveLength(3);
    const skipped = Object.fromEntries(pick.skipped.map((s) => [s.reason, s.count]));
    expect(skipped).toEqual({ 'too-deep': 1, 'too-many': 2 });
  });

  it('looks at a bounded number of entries in a folder of thousands of files', async () => {
    await Promise.all(Array.from({ length: 1500 }, (_, i) => put(`x${i}.log`)));
    const pick = await readReportFolder(dir, { ...FOLDER_LIMITS, maxEntries: 1000 });
    const skipped = Object.fromEntries(pick.skipped.map((s) => [s.reason, s.count]));
    expect(skipped).toEqual({ 'not-a-report': 1000, 'too-many': 500 });
    expect(pick.folder).toBe(dir.split('/').pop());
  });

  it('hands the files over one at a time by their place in the list, never by a path', async () => {
    await put('a-2024.txt', '2024年报告');
    await put('sub/b-2025.txt', '2025年报告');
    const picker = new FolderPicker(() => readReportFolder(dir));
    const pick = await picker.pick();
    expect(pick?.listed).toEqual(['a-2024.txt', 'b-2025.txt']);
    expect(pick?.files).toEqual([]);
    const b = await picker.read({ index: 1 });
    expect(new TextDecoder().decode(b.bytes ?? new Uint8Array())).toBe('2025年报告');
    expect(await picker.read({ index: 2 })).toEqual({ fileName: '', bytes: null, error: 'not-found' });
    // A file removed or emptied after the walk is refused with its reason, not read.
    await writeFile(join(dir, 'a-2024.txt'), '');
    expect(await picker.read({ index: 0 })).toEqual({
      fileName: 'a-2024.txt',
      bytes: null,
      error: 'empty-file',
    });
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'sub'), { recursive: true });
    expect((await picker.read({ index: 1 })).error).toBe('not-found');
    // A cancelled dialog forgets the last folder.
    const cancelled = new FolderPicker(async () => null);
    expect(await cancelled.pick()).toBeNull();
    expect((await cancelled.read({ index: 0 })).error).toBe('not-found');
  });
});
