// `npm run bench` (part): a click on a document in the library until all its
// highlights are drawn and painted, with 5,000 annotations on the sample, in
// Chromium with the real services (a fresh browser and fresh services over
// the same library every run, the click 300 ms after the library shows; the
// 0 and 5,000 runs again with the click a second after, as a reader makes it). Baseline,
// measured in the same run and interleaved: the same document with no
// annotations (click until its text is painted). Also the drawing alone (the
// longest pass of drawAnnotations), beside 50 annotations; the click until the
// annotations themselves are in (they come after their highlights); the service's
// cold read of the 5,000 (fresh services, the first annotations.list) beside
// reading and JSON.parse of the same notes.json; and the size of the 5,000 on
// the wire as the reader gets them (annotations.marks, then listCompact) beside the whole list.
// Calls go over the harness's HTTP bridge (closer to Electron's IPC than the
// Playwright binding; BENCH_BRIDGE=binding for that one).
// Goal: 5,000 annotations drawn <= 200 ms after the click. `tsx tests/bench/highlights.ts`
import { readFile, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { closeBrowser, startApp } from '../e2e/harness';
import { createServices } from '../../src-main/services/create-services';
import { median, VIEWPORT } from './paint-probe';
import { libraryWith } from './highlights-library';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const rendererDir = process.env['BENCH_RENDERER'];

/**
 * In the page: the time from the click to the paint after the first full
 * draw of `count` highlights (window.__hl.drawn), and after the next one
 * (window.__hl.filled: the annotations themselves in, which come after the
 * highlights), and the longest draw.
 */
const probe = (count: number): string => `(() => {
  sessionStorage.setItem('rl-opened', '1');
  const w = window;
  w.__hl = { clickAt: 0, drawn: 0, filled: 0, full: 0 };
  addEventListener('pointerdown', () => { w.__hl.clickAt = performance.now(); }, true);
  const afterPaint = (key) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { w.__hl[key] = performance.now() - w.__hl.clickAt; };
    ch.port2.postMessage(0);
  });
  new PerformanceObserver((list) => {
    if (!w.__hl.clickAt || w.__hl.full >= 2) return;
    for (const e of list.getEntriesByName('rl:draw-annotations')) {
      if (e.detail !== ${count} || e.startTime < w.__hl.clickAt || w.__hl.full >= 2) continue;
      w.__hl.full++;
      afterPaint(w.__hl.full === 1 ? 'drawn' : 'filled');
    }
  }).observe({ entryTypes: ['measure'] });
})();`;

interface Run {
  open: number;
  /** Click → the annotations themselves in (0: the renderer drew them all at once). */
  filled: number;
  draw: number;
}

async function run(dir: string, count: number, settle = 300): Promise<Run> {
  const app = await startApp({
    userData: dir,
    seed: false,
    viewport: VIEWPORT,
    initScript: probe(count),
    httpBridge: process.env['BENCH_BRIDGE'] !== 'binding',
    ...(rendererDir ? { rendererDir } : {}),
  });
  try {
    const { page } = app;
    // Clicked once start-up is over: the search index has read every document's notes by then, as in the app.
    await app.services.search.whenReady();
    await page.getByTestId('doc-title-link').first().waitFor();
    await page.waitForTimeout(settle);
    await page.getByTestId('doc-title-link').first().click();
    const handle = await page.waitForFunction(
      () => (window as unknown as { __hl: { drawn: number } }).__hl.drawn || null,
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const open = (await handle.jsonValue()) as number;
    // The annotations after their highlights (a renderer that draws them at once has no second pass).
    await page
      .waitForFunction(() => (window as unknown as { __hl: { filled: number } }).__hl.filled > 0, undefined, {
        timeout: 3000,
        polling: 50,
      })
      .catch(() => undefined);
    const filled = await page.evaluate(() => (window as unknown as { __hl: { filled: number } }).__hl.filled);
    const draw = await page.evaluate(() =>
      Math.max(0, ...performance.getEntriesByName('rl:draw-annotations').map((e) => e.duration)),
    );
    return { open, filled, draw };
  } finally {
    await app.close();
    await closeBrowser();
  }
}

/** The 5,000 on the wire (JSON, as the harness's bridge carries them): the whole list and the reader's compacted one. */
async function wireSizes(dir: string): Promise<{ whole: number; compact: number; marks: number }> {
  const services = await createServices(dir);
  const id = services.library.list()[0]?.id ?? '';
  const size = async (method: 'annotations.list' | 'annotations.listCompact' | 'annotations.marks') =>
    Buffer.byteLength(JSON.stringify(await services.dispatch(method, { id })));
  const sizes = {
    whole: await size('annotations.list'),
    compact: await size('annotations.listCompact'),
    marks: await size('annotations.marks'),
  };
  await services.flush();
  await services.search.whenReady();
  return sizes;
}

/** The first annotations.list of fresh services over `dir`, beside reading and parsing its notes.json. */
async function coldList(dir: string): Promise<{ list: number; parse: number }> {
  const services = await createServices(dir);
  const id = services.library.list()[0]?.id ?? '';
  const t0 = performance.now();
  const env = await services.dispatch('annotations.list', { id });
  const list = performance.now() - t0;
  if (!env.ok) throw new Error(JSON.stringify(env));
  await services.flush();
  await services.search.whenReady();
  const t1 = performance.now();
  JSON.parse(await readFile(join(dir, 'docs', id, 'notes.json'), 'utf8'));
  return { list, parse: performance.now() - t1 };
}

const COUNTS = [0, 50, 5000];
const dirs = new Map<number, string>();
for (const n of COUNTS) dirs.set(n, await libraryWith(n));
const wire = await wireSizes(dirs.get(5000) ?? '');
const cold = [];
for (let i = 0; i < RUNS; i++) cold.push(await coldList(dirs.get(5000) ?? ''));
const results = new Map<number, Run[]>(COUNTS.map((n) => [n, []]));
/** The same clicks a second after start-up, as a reader would make them (start-up's work is over by then). */
const later = new Map<number, number[]>([
  [0, []],
  [5000, []],
]);
try {
  for (let i = 0; i < RUNS; i++)
    for (const n of COUNTS) {
      results.get(n)?.push(await run(dirs.get(n) ?? '', n));
      later.get(n)?.push((await run(dirs.get(n) ?? '', n, 1000)).open);
    }
} finally {
  for (const dir of dirs.values()) await rm(dir, { recursive: true, force: true });
}
const open = (n: number) => median((results.get(n) ?? []).map((r) => r.open));
const draw = (n: number) => median((results.get(n) ?? []).map((r) => r.draw));
for (const n of COUNTS)
  console.log(
    `click → drawn, ${String(n).padStart(4)} annotations (fresh launch)   ${open(n).toFixed(0).padStart(6)} ms   drawing alone ${draw(n).toFixed(1).padStart(6)} ms`,
  );
console.log(
  `5000 annotations: click → drawn ${open(5000).toFixed(0)} ms beside ${open(0).toFixed(0)} ms with none (x${(open(5000) / open(0)).toFixed(2)}, +${(open(5000) - open(0)).toFixed(0)} ms; target <= 200 ms)`,
);
const filled = median((results.get(5000) ?? []).map((r) => r.filled));
console.log(
  `5000 annotations: click → the annotations themselves in (the notes panel's list) ${filled.toFixed(0)} ms (0: with their highlights)`,
);
const late = (n: number) => median(later.get(n) ?? []);
console.log(
  `5000 annotations, clicked 1 s after start-up: click → drawn ${late(5000).toFixed(0)} ms beside ${late(0).toFixed(0)} ms with none (x${(late(5000) / late(0)).toFixed(2)}; target <= 200 ms)`,
);
console.log(
  `5000 annotations read cold by the service (annotations.list) ${median(cold.map((c) => c.list)).toFixed(0)} ms   beside reading + JSON.parse of notes.json ${median(cold.map((c) => c.parse)).toFixed(0)} ms`,
);
console.log(
  `5000 annotations on the wire to the reader: highlights first (annotations.marks) ${(wire.marks / 1e6).toFixed(2)} MB, then the annotations (annotations.listCompact) ${(wire.compact / 1e6).toFixed(2)} MB   beside the whole list (annotations.list) ${(wire.whole / 1e6).toFixed(2)} MB`,
);
console.log(
  `5000 vs 50 annotations, drawing alone: x${(draw(5000) / Math.max(draw(50), 0.01)).toFixed(1)} (target: 5000 drawn in < 100 ms)`,
);
