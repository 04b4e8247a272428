// The scripts the app ships (the build the end-to-end tests serve): every one
// of our own is plain ASCII, its Chinese strings as \u escapes, so that V8 and
// Blink keep it as a one-byte string (renderer.config.ts, `charset`). A single
// character past U+00FF would make the whole script a two-byte one.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const ASSETS = join(ROOT, 'out/renderer/assets');
/** pdf.js's worker is shipped as pdf.js ships it. */
const AS_SHIPPED = /^pdf\.worker\.min-[^/]*\.mjs$/;

describe('the scripts the app ships', () => {
  it('are ASCII, the Chinese of the interface escaped', async () => {
    const names = (await readdir(ASSETS)).filter((n) => /\.m?js$/.test(n) && !AS_SHIPPED.test(n));
    expect(names.length).toBeGreaterThan(5);
    const wide: string[] = [];
    let escaped = false;
    for (const name of names) {
      const text = await readFile(join(ASSETS, name), 'utf8');
      if (/[\u0080-\uffff]/.test(text)) wide.push(name);
      // 文库 (the library's button), as the bundle now spells it.
      escaped ||= /\\u6587\\u5e93/i.test(text);
    }
    expect(wide).toEqual([]);
    expect(escaped).toBe(true);
  });
});
