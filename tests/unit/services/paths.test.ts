import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docDir, isDocId, libraryPaths, resolveDocFile, sourceFile } from '../../../src-main/services/paths';
import type { LibraryPaths } from '../../../src-main/services/paths';

const ID = 'a'.repeat(64);
let base: string;
let paths: LibraryPaths;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'rl-paths-'));
  paths = libraryPaths(join(base, 'userData'));
  await mkdir(paths.docsDir, { recursive: true });
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('library layout', () => {
  it('puts the library, documents and backups under userData', () => {
    expect(paths.libraryFile).toBe(join(base, 'userData', 'library.json'));
    expect(docDir(paths, ID)).toBe(join(base, 'userData', 'docs', ID));
    expect(paths.backupsDir).toBe(join(base, 'userData', 'backups'));
    expect(sourceFile('pdf')).toBe('source.pdf');
  });

  it.each(['../../etc', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(63)}/`, '', 42, null])(
    'refuses the id %s',
    (id) => {
      expect(isDocId(id)).toBe(false);
      expect(() => docDir(paths, id as string)).toThrow(
        expect.objectContaining({ code: 'invalid-argument' }),
      );
    },
  );
});

describe('resolveDocFile', () => {
  it('resolves a file that is there', async () => {
    await mkdir(join(paths.docsDir, ID));
    await writeFile(join(paths.docsDir, ID, 'text.json'), '{}');
    await expect(resolveDocFile(paths, ID, 'text.json')).resolves.toMatch(/text\.json$/);
  });

  it('says not-found for a missing file', async () => {
    await expect(resolveDocFile(paths, ID, 'source.txt')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a document folder that is a symlink out of the library', async () => {
    const outside = join(base, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'source.txt'), 'secret');
    await symlink(outside, join(paths.docsDir, ID));
    await expect(resolveDocFile(paths, ID, 'source.txt')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a file that is a symlink out of the library', async () => {
    await writeFile(join(base, 'passwd'), 'secret');
    await mkdir(join(paths.docsDir, ID));
    await symlink(join(base, 'passwd'), join(paths.docsDir, ID, 'source.txt'));
    await expect(resolveDocFile(paths, ID, 'source.txt')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('works when userData itself is reached through a symlink', async () => {
    const linked = join(base, 'linked');
    await symlink(join(base, 'userData'), linked);
    const viaLink = libraryPaths(linked);
    await mkdir(join(paths.docsDir, ID));
    await writeFile(join(paths.docsDir, ID, 'text.json'), '{}');
    await expect(resolveDocFile(viaLink, ID, 'text.json')).resolves.toMatch(/text\.json$/);
  });
});
