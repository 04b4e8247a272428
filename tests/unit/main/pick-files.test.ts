import { mkdtemp, writeFile, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPickedFiles } from '../../../src-main/pick-files';
import { MAX_IMPORT_BYTES } from '../../../src-shared/model';

describe('readPickedFiles', () => {
  it('reads chosen files and reports the ones it will not read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rl-pick-'));
    await writeFile(join(dir, 'a.txt'), '你好');
    await writeFile(join(dir, 'empty.txt'), '');
    // A sparse file: over the limit without using the disk.
    await writeFile(join(dir, 'huge.pdf'), '');
    await truncate(join(dir, 'huge.pdf'), MAX_IMPORT_BYTES + 1);
    const files = await readPickedFiles([
      join(dir, 'a.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'huge.pdf'),
      join(dir, 'missing.txt'),
      dir,
    ]);
    expect(files.map((f) => [f.fileName, f.bytes?.length ?? null, f.error ?? null])).toEqual([
      ['a.txt', 6, null],
      ['empty.txt', null, 'empty-file'],
      ['huge.pdf', null, 'too-large'],
      ['missing.txt', null, 'not-found'],
      [dir.split('/').pop(), null, 'unsupported-type'],
    ]);
  });
});
