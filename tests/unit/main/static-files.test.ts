import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStatic } from '../../../src-main/static-files';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'rl-static-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'secret');
  await symlink(outside, join(root, 'link.txt'));
});

describe('readStatic', () => {
  it('serves index.html for the root and files with their type', async () => {
    expect((await readStatic(root, '/'))?.contentType).toMatch(/text\/html/);
    const js = await readStatic(root, '/assets/app.js');
    expect(js?.body.toString()).toBe('console.log(1)');
    expect(js?.contentType).toMatch(/javascript/);
  });

  it('refuses paths that leave the folder', async () => {
    expect(await readStatic(root, '/../secret.txt')).toBeNull();
    expect(await readStatic(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(await readStatic(root, '/assets/%2e%2e/%2e%2e/secret.txt')).toBeNull();
    expect(await readStatic(root, '/link.txt')).toBeNull();
    expect(await readStatic(root, '/a%00b')).toBeNull();
    expect(await readStatic(root, '/%E0%A4%A')).toBeNull();
  });

  it('answers null for missing files', async () => {
    expect(await readStatic(root, '/nope.js')).toBeNull();
  });
});
