// `npm run bench` (part): search across the library, over 100 reports of
// 50,000 characters made from the corpus in tests/fixtures/corpus, beside a
// plain String.indexOf scan of the same texts measured in the same run.
// Target: p95 <= 30 ms for one-character queries and phrases.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDocument } from '../../src-main/load';
import { CorpusIndex } from '../../src-main/services/search/corpus-index';
import { SearchService } from '../../src-main/services/search/search-service';
import type { DocumentRecord } from '../../src-shared/model';

const CORPUS = resolve(import.meta.dirname, '../fixtures/corpus');
const REPORTS = 100;
const CHARS = 50_000;

const paragraphs: string[] = [];
for (const sub of ['national', 'provinces-2025']) {
  for (const f of readdirSync(join(CORPUS, sub))) {
    const { model } = await loadDocument(join(CORPUS, sub, f));
    paragraphs.push(...model.text.split('\n').filter((p) => p.trim().length > 0));
  }
}

/** Report n: paragraphs of the corpus from a place of its own, to 50,000 characters. */
function report(n: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = (n * 7919) % paragraphs.length; length < CHARS; i = (i + 13) % paragraphs.length) {
    const p = paragraphs[i] ?? '';
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n').slice(0, CHARS);
}

const texts = Array.from({ length: REPORTS }, (_, n) => report(n));
const ids = texts.map((_, n) => n.toString(16).padStart(64, '0'));
const records: DocumentRecord[] = ids.map((id, n) => ({
  id,
  type: 'txt',
  fileName: `r${n}.txt`,
  size: CHARS * 3,
  pages: null,
  chars: CHARS,
  importedAt: new Date(0).toISOString(),
  title: `报告 ${n}`,
  year: 2000 + (n % 25),
  region: null,
}));

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Wall-clock times of each run; `cpu` is the mean CPU time of a run (what a loaded machine does not inflate). */
async function timeAll(runs: number, fn: () => unknown): Promise<number[] & { cpu?: number }> {
  const times: number[] & { cpu?: number } = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const c = process.cpuUsage(c0);
  times.cpu = (c.user + c.system) / 1000 / runs;
  return times;
}

// Index build: what importing 100 reports costs the main process in all.
const t0 = performance.now();
const index = new CorpusIndex();
texts.forEach((text, n) => index.setText(ids[n] ?? '', text));
const buildMs = performance.now() - t0;
const flex = await index.exportFlex();
const flexBytes = Buffer.byteLength(JSON.stringify(flex));
const heap = process.memoryUsage().heapUsed / 1024 / 1024;

const library = {
  list: () => records,
  open: async ({ id }: { id: string }) => ({ model: { text: texts[ids.indexOf(id)] ?? '' } }),
  onRemove: () => undefined,
};
const service = new SearchService(library, { list: async () => [] }, '/nonexistent-bench-dir', {
  // Nothing to write: and no save timer left to keep the process (and npm run bench) alive.
  readOnly: true,
  log: () => undefined,
});
await service.whenReady();

console.log(
  `\nLibrary search: ${REPORTS} reports x ${CHARS.toLocaleString()} characters (${((REPORTS * CHARS) / 1e6).toFixed(1)} M characters)`,
);
console.log(
  `index build ${buildMs.toFixed(0)} ms; FlexSearch part on disk ${(flexBytes / 1024 / 1024).toFixed(1)} MB; heap ${heap.toFixed(0)} MB`,
);
const queries = ['的', '质', '改革', '就业', '新质生产力', '高质量发展', '地区生产总值增长', '量子纠缠'];
console.log(
  'p50/p95 of 40 runs each; "index" = the exact matches alone, "query" = what search.query returns (snippets, grouping),\n' +
    '"clone" = its structured clone (the IPC copy), cpu = mean CPU time per query; baseline = a String.indexOf scan of every text, counts only',
);
for (const query of queries) {
  const result = await service.query({ query });
  const ours = await timeAll(40, () => service.query({ query }));
  const exact = await timeAll(40, () => index.searchTexts(query, 20));
  const clone = await timeAll(10, () => structuredClone(result));
  const naive = await timeAll(40, () => {
    let total = 0;
    for (const text of texts)
      for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + query.length)) total++;
    return total;
  });
  console.log(
    `"${query}" (${String(query.length)} chars, ${result.total} hits in ${result.documents.length} reports)`.padEnd(
      52,
    ) +
      ` query p50 ${percentile(ours, 50).toFixed(2).padStart(6)} p95 ${percentile(ours, 95).toFixed(2).padStart(6)} cpu ${(ours.cpu ?? 0).toFixed(2).padStart(5)} ms` +
      `  index p95 ${percentile(exact, 95).toFixed(2).padStart(5)}  clone p95 ${percentile(clone, 95).toFixed(2).padStart(5)}` +
      `  | baseline p50 ${percentile(naive, 50).toFixed(2).padStart(6)} p95 ${percentile(naive, 95).toFixed(2).padStart(6)} cpu ${(naive.cpu ?? 0).toFixed(2).padStart(5)} ms` +
      `   goal p95 <= 30`,
  );
}
const term = await timeAll(20, () => service.term({ query: '新质生产力' }));
console.log(
  `term over time "新质生产力" (counts in 100 reports)`.padEnd(52) +
    ` p95 ${percentile(term, 95).toFixed(2).padStart(6)} ms`,
);
