// Where the time from a click to 5,000 drawn highlights goes: the page's
// calls to the services (sent, answered), long tasks, User Timing marks and
// measures, and a CPU profile of the renderer from the click. A diagnostic,
// not a benchmark: `tsx tests/bench/highlights-profile.ts [count]`.
import { rm } from 'node:fs/promises';
import { closeBrowser, startApp } from '../e2e/harness';
import { libraryWith } from './highlights-library';
import { busyThreads, startProfile, startTrace, summarise } from './cpu-summary';

const count = Number(process.argv[2] ?? 5000);
const dir = await libraryWith(count);
const OBSERVE = `(() => {
  sessionStorage.setItem('rl-opened', '1');
  const w = window;
  w.__log = [];
  const log = (t, what) => w.__log.push([t, what]);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log(e.startTime, 'long task ' + Math.round(e.duration) + ' ms'))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log(e.startTime, e.entryType + ' ' + e.name + ' ' + Math.round(e.duration) + ' ms ' + (e.detail ?? '')))).observe({ entryTypes: ['measure', 'mark'] });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log(e.startTime, 'load ' + e.name.replace(/^.*\\//, '') + ' ' + Math.round(e.duration) + ' ms'))).observe({ type: 'resource', buffered: true });
  addEventListener('pointerdown', () => log(performance.now(), 'CLICK'), true);
  const wrap = () => {
    const inv = w.__rlInvokeRaw;
    if (!inv || inv.wrapped) return;
    w.__rlInvokeRaw = async (m, a, b) => { log(performance.now(), 'sent ' + m); const r = await inv(m, a, b); log(performance.now(), 'got ' + m); return r; };
    w.__rlInvokeRaw.wrapped = true;
  };
  wrap();
})();`;
const app = await startApp({
  userData: dir,
  seed: false,
  viewport: { width: 1280, height: 800 },
  initScript: OBSERVE,
  httpBridge: true,
  ...(process.env['BENCH_RENDERER'] ? { rendererDir: process.env['BENCH_RENDERER'] } : {}),
});
const { page } = app;
await app.services.search.whenReady();
await page.getByTestId('doc-title-link').first().waitFor();
// The bench clicks 300 ms after start-up (WAIT=300 to see what it sees).
await page.waitForTimeout(Number(process.env['WAIT'] ?? 1000));
const cdp = await page.context().newCDPSession(page);
const profiling = await startProfile(cdp);
await page.evaluate(() => ((window as unknown as { __log: unknown[] }).__log.length = 0));
const tracing = process.env['TRACE'] ? await startTrace(cdp) : null;
await page.getByTestId('doc-title-link').first().click();
await page.waitForTimeout(2500);
if (tracing) {
  const events = await tracing.stop();
  // The page's main thread: the thread with the most time in tasks.
  const main = busyThreads(events)[0]?.[0];
  const t0 = events.find((e) => e.name === 'EventDispatch' && e.tid === main)?.ts ?? 0;
  const sums = new Map<string, number>();
  for (const e of events) {
    if (e.tid !== main || !e.dur || e.ts < t0 || e.ts > t0 + 1_200_000) continue;
    if (e.dur > 3000 && e.name !== 'RunTask')
      console.log(`${((e.ts - t0) / 1000).toFixed(0).padStart(6)} ${e.name} ${(e.dur / 1000).toFixed(1)} ms`);
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log(
    [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join('\n'),
  );
}
const profile = await profiling.stop();
if (process.env['PROFILE']) summarise(profile);
if (process.env['PROFILE_OUT'])
  (await import('node:fs')).writeFileSync(process.env['PROFILE_OUT'], JSON.stringify(profile));
const log = await page.evaluate(() => (window as unknown as { __log: Array<[number, string]> }).__log);
const click = log.find(([, w]) => w === 'CLICK')?.[0] ?? 0;
for (const [t, what] of log.sort((a, b) => a[0] - b[0]))
  console.log(`${String(Math.round(t - click)).padStart(6)} ${what}`);
console.log('cards rendered', await page.getByTestId('annotation-card').count());
await page.screenshot({ path: 'test-results/highlights-profile.png' });
await app.close();
await closeBrowser();
await rm(dir, { recursive: true, force: true });
