// Every source folder of more than a handful of files says what lives there
// and who may import it, in a README.md beside the code. A new folder that
// grows past the limit fails here until it has one.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const HANDFUL = 5;

function folders(dir: string): string[] {
  const subs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  return [dir, ...subs.flatMap((e) => folders(join(dir, e.name)))];
}

const sourceCount = (dir: string) =>
  readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.(ts|vue|json)$/.test(e.name))
    .length;

describe('source folders explain themselves', () => {
  const roots = ['src-shared', 'src-main', 'src-renderer/src'].map((r) => join(ROOT, r));
  const big = roots.flatMap(folders).filter((dir) => sourceCount(dir) > HANDFUL);

  it('finds the folders it checks', () => {
    expect(big.length).toBeGreaterThan(5);
  });

  it.each(big.map((dir) => [relative(ROOT, dir), dir]))('%s has a README.md', (_name, dir) => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
  });
});
