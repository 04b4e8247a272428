// kill -9 while saving: a child process saves notes through the real services
// and prints each save once acknowledged; it is killed at a random moment
// (mid-append, mid-fold, mid-rename), and every acknowledged save must be
// there afterwards, read both as the CLI reads (no writes) and as the app
// opens it. FAULT_RUNS runs (20 in `npm test`, more in `npm run test:faults`).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryService } from '../../../src-main/services/library';
import { NotesService } from '../../../src-main/services/notes';
import { readNotes } from '../../../src-main/services/notes-db';
import { libraryPaths } from '../../../src-main/services/paths';
import { bytesOf, modelOf, tempDir } from '../services/helpers';

const RUNS = Number(process.env['FAULT_RUNS'] ?? 20);
const CHILD_SOURCE = resolve(import.meta.dirname, 'save-child.ts');
/** Bundled once (esbuild comes with tsx): a bundle starts several times faster than tsx compiling on the fly. */
let child: string;
const quiet = () => undefined;

let dir: string;
let cleanup: () => Promise<void>;
let id: string;

/** A seeded random number generator, so a failing run can be repeated. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Run the child until `afterMs` past its first acknowledged save, kill -9 it, return what it acknowledged. */
function saveAndKill(
  afterMs: number,
): Promise<{ added: Set<string>; deleted: Set<string>; deleting: Set<string> }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, dir, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    const added = new Set<string>();
    const deleted = new Set<string>();
    const deleting = new Set<string>();
    let buffer = '';
    let errors = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [what, which] = line.split(' ');
        if (what === 'add' && which) added.add(which);
        if (what === 'del' && which) deleted.add(which);
        if (what === 'deleting' && which) deleting.add(which);
        if (timer === undefined && (what === 'add' || what === 'del')) {
          timer = setTimeout(() => proc.kill('SIGKILL'), afterMs);
        }
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`the child ended by itself: ${errors}`));
      else done({ added, deleted, deleting });
    });
  });
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('rl-kill-'));
  child = join(dir, 'save-child.mjs');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [CHILD_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'warning',
  });
  const library = await LibraryService.open(dir, { log: quiet });
  const text = '全年增长目标\n全年增长6%左右';
  id = (await library.import({ fileName: 'r.txt', bytes: bytesOf(text), model: modelOf(text) })).record.id;
  await library.flush();
});
afterAll(() => cleanup());

describe(`kill -9 while saving (${RUNS} runs)`, () => {
  it('keeps every acknowledged save', { timeout: 20_000 + RUNS * 8_000 }, async () => {
    const random = mulberry32(20_250_305);
    const everAdded = new Set<string>();
    const everDeleted = new Set<string>();
    const everDeleting = new Set<string>();
    let acknowledged = 0;
    for (let run = 0; run < RUNS; run++) {
      const { added, deleted, deleting } = await saveAndKill(20 + Math.floor(random() * 400));
      acknowledged += added.size + deleted.size;
      for (const a of added) everAdded.add(a);
      for (const d of deleted) everDeleted.add(d);
      for (const d of deleting) everDeleting.add(d);

      // As the CLI reads it: nothing written.
      const read = new Set((await readNotes(libraryPaths(dir), id)).map((a) => a.id));
      const missing = [...everAdded].filter((a) => !everDeleting.has(a) && !read.has(a));
      const resurrected = [...everDeleted].filter((d) => read.has(d));
      expect({ run, missing, resurrected }).toEqual({ run, missing: [], resurrected: [] });

      // As the app opens it (folding what the journal holds); a crash leaves no damage to report.
      const library = await LibraryService.open(dir, { log: quiet });
      const notes = new NotesService(library, { log: quiet });
      const listed = new Set((await notes.list({ id })).map((a) => a.id));
      expect(notes.notices()).toEqual([]);
      expect([...read].sort()).toEqual([...listed].sort());
      await notes.flush();
    }
    expect(acknowledged).toBeGreaterThan(RUNS * 5);
  });
});
