import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWriteOps, removeStaleTemps, writeFileAtomic } from '../../../src-main/services/atomic-write';
import { AppError } from '../../../src-shared/errors';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-atomic-'));
});
afterEach(async () => {
  await cleanup();
});

describe('writeFileAtomic', () => {
  it('replaces the file with text or bytes and leaves no temp behind', async () => {
    const file = join(dir, 'a.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, new Uint8Array([0x74, 0x77, 0x6f]));
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the old file when the temp write fails half way, and cleans the temp', async () => {
    const file = join(dir, 'a.json');
    await writeFile(file, 'old');
    const err = await writeFileAtomic(file, 'new content', {
      ...nodeWriteOps,
      writeTemp: async (p) => {
        await writeFile(p, 'new');
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: 'storage',
      message: 'the disk is full',
      params: { reason: 'ENOSPC', file: 'a.json' },
    });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('fails as storage when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({
      code: 'storage',
    });
  });
});

describe('removeStaleTemps', () => {
  it('removes only temp files of the named database', async () => {
    await writeFile(join(dir, 'a.json.tmp-0a1b2c'), 'x');
    await writeFile(join(dir, 'b.json.tmp-0a1b2c'), 'x');
    await writeFile(join(dir, 'a.json.tmp-notes'), 'x');
    await removeStaleTemps(dir, 'a.json');
    expect((await readdir(dir)).sort()).toEqual(['a.json.tmp-notes', 'b.json.tmp-0a1b2c']);
  });
});
