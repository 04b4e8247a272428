// Saving one edit in a document with 10,000 annotations: the median time of
// a save until it is durable (its line appended to the document's journal
// and synced), with 1 other document with notes in the library and with 200,
// to show a save costs one document whatever the library holds; then the
// cost of folding the journal into notes.json (an atomic, durable rewrite,
// once per 500 saves or 2 MB), beside baselines measured in the same run on
// the same disk. `tsx tests/bench/notes.ts`
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFileAtomic } from '../../src-main/services/atomic-write';
import { checksumOf, decodeDatabase, encodeDatabase } from '../../src-main/services/database-codec';
import { NOTES_SCHEMA_VERSION, notesCodec } from '../../src-main/services/notes-db';
import { encodeEntry } from '../../src-main/services/notes-journal';
import { LibraryService } from '../../src-main/services/library';
import { NotesService } from '../../src-main/services/notes';
import type { NotesDocOptions } from '../../src-main/services/notes-doc';
import { ANNOTATION_COLORS } from '../../src-shared/model';
import type { Annotation, DocumentMeta, TextModel } from '../../src-shared/model';

const IN_DOCUMENT = 10_000;
const IN_OTHERS = 1_000;
const RUNS = 60;
const TARGET_MS = 20;

const PHRASES =
  '坚持稳中求进工作总基调，全年地区生产总值增长6.5%左右，城镇新增就业5.5万人，居民人均可支配收入增长与经济增长基本同步';
const TAGS = ['经济', '民生', '教育', '环保', '就业', '财政', '改革', '开放'];

const slice = (i: number, n: number) => {
  const at = (i * 7) % (PHRASES.length - n);
  return PHRASES.slice(at, at + n);
};

/** Annotations of the size a reader makes: a sentence quoted with its context, a short note now and then, a tag or two. */
function annotations(n: number, seed: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => {
    const start = i * 120;
    return {
      id: randomUUID(),
      target: {
        start,
        end: start + 40,
        quote: slice(i + seed, 40),
        prefix: slice(i + 1, 32),
        suffix: slice(i + 2, 32),
        page: 1 + Math.floor(i / 40),
      },
      style: i % 5 === 0 ? 'underline' : 'highlight',
      color: ANNOTATION_COLORS[i % ANNOTATION_COLORS.length] ?? 'yellow',
      note: i % 3 === 0 ? `${slice(i, 30)}——这一条要和去年的数字对照着看。` : '',
      tags: i % 2 === 0 ? [TAGS[i % TAGS.length] ?? '经济', TAGS[(i + 3) % TAGS.length] ?? '民生'] : [],
      createdAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
      updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
    };
  });
}

function modelOf(text: string): TextModel {
  return { version: 1, text, blocks: [{ start: 0, end: text.length, kind: 'paragraph' }], outline: [] };
}
const meta = (): DocumentMeta => ({ title: 'Report', year: 2024, region: null });

function stats(times: number[]): { median: number; p90: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { median: at(0.5), p90: at(0.9) };
}

async function timeAsync(
  runs: number,
  fn: (i: number) => Promise<unknown>,
): Promise<{ median: number; p90: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return stats(times);
}

interface Scenario {
  notes: NotesService;
  library: LibraryService;
  id: string;
  edits: Annotation[];
  dir: string;
}

/** A library with one document of 10,000 annotations and `others` documents with notes, all of them opened. */
async function scenario(others: number, options: NotesDocOptions = {}): Promise<Scenario> {
  const dir = await mkdtemp(join(tmpdir(), `rl-bench-notes-${others}-`));
  const library = await LibraryService.open(dir, { guessMeta: meta, log: () => undefined });
  const notes = new NotesService(library, { log: () => undefined, ...options });
  const add = async (text: string) =>
    (await library.import({ fileName: 'r.txt', bytes: new TextEncoder().encode(text), model: modelOf(text) }))
      .record.id;
  const id = await add('the document');
  const edits = annotations(IN_DOCUMENT, 0);
  await notes.save({ id, upserts: edits, deletes: [] });
  for (let k = 0; k < others; k++) {
    const other = await add(`other document ${k}`);
    await notes.save({ id: other, upserts: annotations(IN_OTHERS, k), deletes: [] });
  }
  // Everything open and counted, as after a long session.
  await notes.tags();
  await notes.flush();
  await library.flush();
  return { notes, library, id, edits, dir };
}

function row(name: string, ms: { median: number; p90: number }, note = ''): void {
  console.log(
    `${name.padEnd(58)} ${ms.median.toFixed(2).padStart(8)} ms median ${ms.p90.toFixed(2).padStart(8)} ms p90${note}`,
  );
}

const saveOne = (s: Scenario) => (i: number) => {
  const a = s.edits[(i * 97) % s.edits.length];
  if (!a) throw new Error('no annotation');
  return s.notes.save({
    id: s.id,
    upserts: [{ ...a, note: `${a.note} 改 ${i}`, updatedAt: new Date().toISOString() }],
    deletes: [],
  });
};

const few = await scenario(1);
const many = await scenario(200);
const folding = await scenario(1, { compactEntries: 1 });
const data = { schemaVersion: 1, annotations: await few.notes.list({ id: few.id }) };
const json = JSON.stringify(data);
const mb = Buffer.byteLength(json) / 1024 / 1024;

console.log(
  `ReportLens notes benchmark (node ${process.version}): save one edit in a document of ${IN_DOCUMENT} annotations (${mb.toFixed(1)} MB of JSON), ${RUNS} runs\n`,
);
await saveOne(few)(RUNS); // warm up
const fewMs = await timeAsync(RUNS, saveOne(few));
await saveOne(many)(RUNS);
const manyMs = await timeAsync(RUNS, saveOne(many));
const verdict = (ms: { median: number }) =>
  ms.median < TARGET_MS ? '  (target < 20 ms: met)' : '  (target < 20 ms: MISSED)';
row('save one edit, library with 1 other document with notes', fewMs, verdict(fewMs));
row(`save one edit, library with 200 other documents with notes`, manyMs, verdict(manyMs));
console.log(`  ratio 200 : 1 = x${(manyMs.median / Math.max(fewMs.median, 0.001)).toFixed(2)}`);
const foldMs = await timeAsync(RUNS, async (i) => {
  await saveOne(folding)(i);
  await folding.notes.flush();
});
row('save one edit and fold the journal into notes.json', foldMs, '  (once per 500 saves or 2 MB)');

const baseFile = join(few.dir, 'baseline.json');
row('baseline: JSON.stringify of the same data', await timeAsync(RUNS, async () => JSON.stringify(data)));
row(
  'baseline: fs.writeFile of the same JSON (no fsync)',
  await timeAsync(RUNS, () => writeFile(baseFile, json)),
);
row(
  'baseline: atomic durable write of the same JSON (fsync)',
  await timeAsync(RUNS, () => writeFileAtomic(baseFile, json)),
);

// What the integrity checks add: a journal line's length and checksum on each save, and
// the SHA-256 over notes.json when it is written (a fold) or read (opening), beside
// the same work without them, in this run.
const oneChange = { upserts: data.annotations.slice(0, 1), deletes: [] };
const lineRuns = 2_000;
const perLine = async (fn: () => string) =>
  timeAsync(RUNS, async () => {
    for (let i = 0; i < lineRuns; i++) fn();
  });
const plainLine = await perLine(() => `${JSON.stringify({ v: 1, ...oneChange })}\n`);
const checkedLine = await perLine(() => encodeEntry(oneChange));
const us = (ms: { median: number }) => ((ms.median / lineRuns) * 1000).toFixed(1);
console.log(
  `journal line of one edit: ${us(checkedLine)} µs with length + checksum, ${us(plainLine)} µs without (per save)`,
);
row('notes.json encoded with its checksum', await timeAsync(RUNS, async () => encodeDatabase(data)));
const encoded = encodeDatabase({ ...data, schemaVersion: NOTES_SCHEMA_VERSION });
row(
  'notes.json checked and decoded (open)',
  await timeAsync(RUNS, async () => decodeDatabase(encoded, notesCodec, 'notes.json')),
);
row(
  'baseline: the same checked and decoded without a checksum (v1)',
  await timeAsync(RUNS, async () => decodeDatabase(json, notesCodec, 'notes.json')),
);
row('baseline: SHA-256 of the same JSON', await timeAsync(RUNS, async () => checksumOf(json)));

for (const s of [few, many, folding]) {
  await s.notes.flush();
  await s.library.flush();
  await rm(s.dir, { recursive: true, force: true });
}
