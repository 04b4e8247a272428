// Where an import's time goes: the app imports a PDF (a second tiny file
// after it, as the benchmark does) while the calls to the services are timed
// in Node and the renderer's CPU is profiled. A diagnostic, not a benchmark:
// `tsx tests/bench/import-profile.ts [fixture]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, readFixture, startApp } from '../e2e/harness';
import { startProfile, summarise } from './cpu-summary';

const file = process.argv[2] ?? 'pdf/freeculture.pdf';
const dir = await mkdtemp(join(tmpdir(), 'rl-iprof-'));
const calls: Array<[number, string]> = [];
const app = await startApp({
  userData: dir,
  seed: false,
  viewport: { width: 1280, height: 800 },
  httpBridge: true,
  initScript: `window.__long = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  let rows = 0; new MutationObserver(() => { const n = document.querySelectorAll('[data-testid=doc-row]').length; if (n !== rows) { rows = n; window.__long.push([performance.now(), 0, 'rows ' + n]); } }).observe(document, { childList: true, subtree: true });
  const inv = window.__rlInvokeRaw; window.__rlInvokeRaw = async (m, a, b) => { window.__long.push([performance.now(), 0, "sent " + m]); const r = await inv(m, a, b); window.__long.push([performance.now(), 0, 'got ' + m]); return r; };`,
  gate: async (m) => void calls.push([Date.now(), `call ${String(m)}`]),
  ...(process.env['BENCH_RENDERER'] ? { rendererDir: process.env['BENCH_RENDERER'] } : {}),
});
const dispatch = app.services.dispatch.bind(app.services);
(app.services as { dispatch: typeof dispatch }).dispatch = async (m, a) => {
  const t0 = Date.now();
  calls.push([t0, `  dispatching ${String(m)}`]);
  const r = await dispatch(m, a);
  calls.push([Date.now(), `  answered ${String(m)} (${Date.now() - t0} ms in the services)`]);
  return r;
};
const { page } = app;
await page.getByTestId('library').waitFor();
await page.waitForTimeout(1000);
app.queueFiles([await readFixture(file), { fileName: 'tiny.txt', bytes: new TextEncoder().encode('一') }]);
const cdp = await page.context().newCDPSession(page);
const profiling = await startProfile(cdp);
const origin = await page.evaluate(() => performance.timeOrigin);
const t0 = Date.now();
calls.length = 0;
await page.getByTestId('import').click();
await page.getByTestId('doc-row').nth(1).waitFor({ timeout: 120_000 });
const total = Date.now() - t0;
const profile = await profiling.stop();
if (process.env['PROFILE']) summarise(profile);
const longTasks = await page.evaluate(
  () => (window as unknown as { __long: Array<[number, number, string?]> }).__long,
);
for (const [at, d, what] of longTasks)
  calls.push([Math.round(at + origin), what ? `page: ${what}` : `long task ${Math.round(d)} ms`]);
calls.sort((a, b) => a[0] - b[0]);
for (const [at, what] of calls) console.log(`${String(at - t0).padStart(6)} ${what}`);
console.log(`import, click → second row: ${total} ms`);
await app.close();
await closeBrowser();
await rm(dir, { recursive: true, force: true });
