// A dropped folder walked through the File System entries API (stand-ins for
// Chromium's entries here): reports read, the rest skipped with reasons.
import { describe, expect, it } from 'vitest';
import { readDroppedFolder } from '../../src-renderer/src/corpus/drop-folder';

type Tree = { [name: string]: Tree | string };

function entry(name: string, node: Tree | string, path = ''): FileSystemEntry {
  const fullPath = `${path}/${name}`;
  if (typeof node === 'string') {
    const file = {
      name,
      size: new TextEncoder().encode(node).length,
      arrayBuffer: async () => new TextEncoder().encode(node).buffer,
    };
    return {
      name,
      fullPath,
      isFile: true,
      isDirectory: false,
      file: (ok: (f: unknown) => void) => ok(file),
    } as unknown as FileSystemEntry;
  }
  const kids = Object.entries(node).map(([n, c]) => entry(n, c, fullPath));
  return {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let given = false;
      // One batch, then an empty one: the end, as Chromium signals it.
      return {
        readEntries: (ok: (e: FileSystemEntry[]) => void) => {
          ok(given ? [] : kids);
          given = true;
        },
      };
    },
  } as unknown as FileSystemEntry;
}

describe('readDroppedFolder', () => {
  it('reads the reports of a dropped folder and its subfolders, and says what it skipped', async () => {
    const root = entry('reports', {
      'b.txt': '湖北',
      'a.docx': 'PK..',
      'notes.md': '#',
      '.DS_Store': 'x',
      'empty.pdf': '',
      sub: { 'c.pdf': '%PDF', deep: { deeper: { 'd.txt': '太深' } } },
    });
    const pick = await readDroppedFolder([root], { maxDepth: 2, maxFiles: 10, maxEntries: 100 });
    expect(pick.folder).toBe('reports');
    expect(pick.files.map((f) => f.fileName)).toEqual(['a.docx', 'b.txt', 'c.pdf']);
    expect(Object.fromEntries(pick.skipped.map((s) => [s.reason, s.count]))).toEqual({
      hidden: 1,
      empty: 1,
      'not-a-report': 1,
      'too-deep': 1,
    });
  });
});
