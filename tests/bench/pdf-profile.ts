// Where the time to page 1 goes: launches the app on a PDF (left open last
// time) and prints a timeline from navigation: scripts loaded, each call to
// the services (sent, answered), long tasks on the UI thread, page 1 drawn.
// `tsx tests/bench/pdf-profile.ts [fixture] [launch|fresh|click]` (a diagnostic, not a benchmark).
// 'launch' profiles a reload (scripts compiled before); 'fresh' the first
// launch of a fresh browser, as the benchmark measures it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, readFixture, startApp } from '../e2e/harness';
import { createServices } from '../../src-main/services/create-services';
import { loadPdf } from '../../src-main/load/pdf';
import { PROBE, pageOneAt } from './pdf-bare';
import { busyThreads, startProfile, startTrace, summarise } from './cpu-summary';
import type { CpuProfile } from './cpu-summary';

const file = process.argv[2] ?? 'pdf/freeculture.pdf';
const mode = process.argv[3] ?? 'launch';
const OBSERVE = `(() => {
  window.__rlLog = [];
  const log = (what, t, d) => window.__rlLog.push([Math.round(t), what, Math.round(d ?? 0)]);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log('longtask', e.startTime, e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log('load ' + e.name.replace(/^.*\\//, ''), e.startTime, e.duration))).observe({ type: 'resource', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log('measure ' + e.name, e.startTime, e.duration))).observe({ type: 'measure', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log('mark ' + e.name, e.startTime, 0))).observe({ type: 'mark', buffered: true });
})();`;

const dir = await mkdtemp(join(tmpdir(), 'rl-prof-'));
const services = await createServices(dir);
const fx = await readFixture(file);
if (!fx.bytes) throw new Error(file);
const { model, pages } = await loadPdf(fx.bytes);
const env = await services.dispatch('library.import', {
  fileName: fx.fileName,
  bytes: fx.bytes,
  model,
  pages,
});
const id = (env as { value: { record: { id: string } } }).value.record.id;
if (mode !== 'click') await services.dispatch('reading.save', { id, offset: 0 });
await services.flush();
const calls: Array<[number, string]> = [];
let freshProfile: Awaited<ReturnType<typeof startProfile>> | null = null;
const app = await startApp({
  userData: dir,
  seed: false,
  viewport: { width: 1280, height: 800 },
  initScript: PROBE + OBSERVE,
  httpBridge: process.env['BENCH_BRIDGE'] !== 'binding',
  gate: async (m) => void calls.push([Date.now(), `call ${String(m)}`]),
  ...(process.env['BENCH_RENDERER'] ? { rendererDir: process.env['BENCH_RENDERER'] } : {}),
  ...(mode === 'fresh'
    ? {
        beforeNavigate: async (p) =>
          void (freshProfile = await startProfile(await p.context().newCDPSession(p))),
      }
    : {}),
});
const { page } = app;
let t: number;
if (mode === 'fresh') {
  t = await pageOneAt(page, 'launch', 30_000);
  if (freshProfile) summarise(await (freshProfile as { stop(): Promise<CpuProfile> }).stop());
} else if (mode === 'launch') {
  // Profiled on a reload (the probe and the reopening of the last document run again).
  await pageOneAt(page, 'launch', 30_000);
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  const trace = process.env['TRACE'] !== undefined;
  const tracing = trace ? await startTrace(cdp) : null;
  const profiling = trace ? null : await startProfile(cdp);
  await page.evaluate(() => sessionStorage.removeItem('rl-opened'));
  calls.length = 0;
  await page.reload();
  t = await pageOneAt(page, 'launch', 30_000);
  if (tracing) {
    const events = await tracing.stop();
    // Busy time of each thread of the page's process, per 200 ms from the first task.
    const t0 = Math.min(...events.filter((e) => e.name === 'RunTask').map((e) => e.ts));
    const tids = busyThreads(events)
      .slice(0, 4)
      .map(([tid]) => tid);
    console.log(`threads (busiest first): ${tids.join(', ')}; busy ms per 200 ms`);
    for (let w = 0; w < 3000; w += 200) {
      const row = tids.map((tid) => {
        let sum = 0;
        for (const e of events) {
          if (e.tid !== tid || e.name !== 'RunTask' || !e.dur) continue;
          const a = Math.max(e.ts - t0, w * 1000);
          const b = Math.min(e.ts - t0 + e.dur, (w + 200) * 1000);
          if (b > a) sum += b - a;
        }
        return String(Math.round(sum / 1000)).padStart(5);
      });
      // What the busiest thread did in this window (events that are not tasks, by name).
      const names = new Map<string, number>();
      for (const e of events) {
        if (e.tid !== tids[0] || !e.dur || e.name === 'RunTask' || e.dur < 2000) continue;
        const at = e.ts - t0;
        if (at < w * 1000 || at >= (w + 200) * 1000) continue;
        const key =
          e.name === 'EvaluateScript' || e.name === 'v8.compileModule'
            ? `${e.name} ${(e.args?.data?.url ?? '').replace(/^.*\//, '')}`
            : e.name;
        names.set(key, (names.get(key) ?? 0) + e.dur / 1000);
      }
      const top = [...names]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([k, v]) => `${k} ${Math.round(v)}`);
      console.log(`${String(w).padStart(5)} ${row.join(' ')}   ${top.join(' | ')}`);
    }
  } else if (profiling) {
    summarise(await profiling.stop());
  }
} else {
  // A library of one document opens it at first launch: back to the library first.
  await pageOneAt(page, 'launch', 30_000);
  await page.getByTestId('back').click();
  await page.getByTestId('doc-title-link').first().waitFor();
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  const profiling = await startProfile(cdp);
  await page.getByTestId('doc-title-link').first().click();
  t = await pageOneAt(page, 'click');
  summarise(await profiling.stop());
}
await page.waitForTimeout(1500);
const origin = await page.evaluate(() => performance.timeOrigin);
const log =
  (await page.evaluate(() => (window as unknown as { __rlLog: Array<[number, string, number]> }).__rlLog)) ??
  [];
const all = [
  ...log,
  ...calls.map(([at, what]) => [Math.round(at - origin), what, 0] as [number, string, number]),
];
all.sort((a, b) => a[0] - b[0]);
for (const [at, what, d] of all) console.log(`${String(at).padStart(6)} ${d ? `(${d} ms) ` : ''}${what}`);
console.log(`page 1 drawn (${mode}): ${Math.round(t)} ms`);
await app.close();
await closeBrowser();
await rm(dir, { recursive: true, force: true });
