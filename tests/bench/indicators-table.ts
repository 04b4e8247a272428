// The indicator table with 2,000 indicators: the time to extract them, to lay
// 300 user edits over them (re-anchoring each), and to filter, sort and group
// them for the table and write the CSV; the rows drawn stay ~40 whatever the
// count (a virtual list). `tsx --tsconfig tsconfig.web.json tests/bench/indicators-table.ts`
// (the renderer modules import `@shared/…`, mapped in that tsconfig).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildTextModel } from '../../src-shared/text';
import { extract } from '../../src-shared/indicators';
import { mergeEdits, withAdd, withChange, withDelete } from '../../src-renderer/src/indicators/merge';
import { filterRows, groupLines, rowsToCsv, sortRows } from '../../src-renderer/src/indicators/table';
import type { IndicatorEdit } from '../../src-shared/api';

const ROOT = resolve(import.meta.dirname, '../..');
const sample = readFileSync(join(ROOT, 'tests/fixtures/hengyang-2021.txt'), 'utf8');
const WANT = 2_000;
const RUNS = 7;
const NOW = '2024-05-01T00:00:00.000Z';

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const perCopy = extract(buildTextModel(sample)).length;
const copies = Math.ceil(WANT / perCopy);
const model = buildTextModel(Array.from({ length: copies }, () => sample).join('\n\n'));
let extracted = extract(model);
const extractMs = median(() => (extracted = extract(model)));

// 200 renamed and confirmed, 50 deleted, 50 added (on values the extractor found).
let edits: IndicatorEdit[] = [];
let rows = mergeEdits(model, extracted, []).rows;
for (let i = 0; i < 200; i++) {
  const r = rows[(i * 7) % rows.length];
  if (r) edits = withChange(edits, model, r, { name: `改名${i}`, confirmed: true }, NOW);
}
rows = mergeEdits(model, extracted, edits).rows;
for (let i = 0; i < 50; i++) {
  const r = rows[(i * 13 + 3) % rows.length];
  if (r && r.edit < 0) edits = withDelete(edits, model, r, NOW);
}
for (let i = 0; i < 50; i++) {
  const r = extracted[(i * 11 + 5) % extracted.length];
  if (r)
    edits = withAdd(edits, model, r.start, r.end, { name: `新增${i}`, value: r.value, unit: r.unit }, NOW);
}
let merged = mergeEdits(model, extracted, edits);
const mergeMs = median(() => (merged = mergeEdits(model, extracted, edits)));
let lineCount = 0;
const tableMs = median(() => {
  const shown = sortRows(
    filterRows(merged.rows, { status: 'target', period: '', kind: '', text: '' }, model.text),
    { key: 'value', dir: -1 },
  );
  lineCount = groupLines(shown, 'section').length;
});
const filterAllMs = median(() => groupLines(sortRows(merged.rows, { key: 'name', dir: 1 }), 'status'));
const csvMs = median(() => rowsToCsv(model.text, merged.rows));

const f = (ms: number) => ms.toFixed(1).padStart(7);
console.log(
  `indicator table: ${extracted.length} indicators in ${(model.text.length / 1e6).toFixed(2)} M chars, ${edits.length} edits`,
);
console.log(`  extract                      ${f(extractMs)} ms`);
console.log(
  `  merge edits (re-anchor)      ${f(mergeMs)} ms  (${merged.rows.length} rows, ${merged.unplaced} unplaced)`,
);
console.log(`  extract + merge              ${f(extractMs + mergeMs)} ms`);
console.log(`  filter targets, sort, group  ${f(tableMs)} ms  (${lineCount} lines)`);
console.log(`  sort all by name, group      ${f(filterAllMs)} ms`);
console.log(`  CSV of all rows              ${f(csvMs)} ms`);
console.log(`  rows in the DOM              ~40 at any count (virtual list, 28 px rows)`);
