// Pinia keys stores by id: two stores with one id silently share state, so
// one of them reads fields the other never had. Every id is used once.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../../src-renderer/src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|vue)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('Pinia stores', () => {
  it('each have an id of their own', () => {
    const ids = files(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/defineStore\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]),
    );
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
