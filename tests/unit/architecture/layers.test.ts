// The layers, checked: src-shared/ is pure TypeScript that both processes use,
// so it may import only itself and the small pure libraries listed here.
// Adding a library to this list is a design decision: say why in its comment.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const SHARED = join(ROOT, 'src-shared');

/** Pure libraries src-shared may use: no Node, no DOM, no Electron inside. */
export const SHARED_LIBRARIES: Record<string, string> = {
  valibot: 'the IPC contract schemas',
  'approx-string-match': 'fuzzy re-anchoring of notes',
  'pdf-lib': 'the PDF copy with notes as annotations (pure JS; bytes in, bytes out)',
  fflate: 'zip size checks before unpacking, and the backup archive (pure JS)',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file names: static, re-export, dynamic and side-effect imports. */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) if (m[1]) found.push(m[1]);
  return found;
}

/** The package a bare specifier names (`@scope/pkg/sub` -> `@scope/pkg`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function violations(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return specifiers(text).flatMap((spec) => {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      return relative(SHARED, target).startsWith('..') ? [`${spec} (outside src-shared)`] : [];
    }
    if (spec.startsWith('@shared/')) return [];
    return packageOf(spec) in SHARED_LIBRARIES ? [] : [`${spec} (not a listed pure library)`];
  });
}

describe('src-shared imports only itself and listed pure libraries', () => {
  it('finds every kind of import in a source text', () => {
    const text = [
      "import { a } from 'node:fs';",
      "export * from './x';",
      "import './side-effect';",
      "const m = await import('electron');",
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(['./side-effect', './x', 'electron', 'node:fs']);
  });

  it('reports a shared file that reaches outside', () => {
    const bad = join(SHARED, 'text', 'imaginary.ts');
    const spec = relative(dirname(bad), join(ROOT, 'src-main', 'services', 'paths'));
    expect(relative(SHARED, resolve(dirname(bad), spec)).startsWith('..')).toBe(true);
    expect(packageOf('@scope/pkg/deep')).toBe('@scope/pkg');
    expect(packageOf('vue')).toBe('vue');
  });

  it.each(sourceFiles(SHARED).map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(violations(file)).toEqual([]);
  });
});
