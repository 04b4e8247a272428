// `npm run bench` (part): a library of 100 documents painted after launch,
// in Chromium with the real services behind window.api (a fresh browser and
// fresh services over the same library for every run), beside a static page
// holding the same rows with the same CSS (the app's own library as it was
// drawn, scripts removed) and a bare table of 100 one-cell rows (what any
// page with the rows costs this machine in a fresh browser), interleaved,
// medians of RUNS. Then a library of 100 copies (every report of the same
// region and year, as drafts and re-imports make), beside its own static page.
// A launch after the first shows the library as the app last drew it (kept by
// a first launch here, as by the user's last session) until the app has drawn
// its own rows: both moments are printed, and a launch with nothing kept.
// Goal: the rows painted <= 250 ms after launch. `tsx tests/bench/launch.ts`
import { mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, ROOT, startApp } from '../e2e/harness';
import { createServices } from '../../src-main/services/create-services';
import { buildTextModel } from '../../src-shared/text';
import { baselineRun, baselineServer, line, median, paintedAt, paintProbe, VIEWPORT } from './paint-probe';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const DOCS = 100;
/** The library as last drawn (src-main/services/launch-snapshot.ts). */
const SNAPSHOT = 'launch-snapshot.json';
const ROW = '[data-testid="doc-row"]';
const rendererDir = process.env['BENCH_RENDERER'];

/** `copies`: every report the same region and year (each row then has 99 twins). */
async function libraryOf(n: number, copies = false): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-bench-launch-'));
  const services = await createServices(dir);
  const sample = (await readFile(join(ROOT, 'data/hengyang-2021.txt'), 'utf8')).slice(0, 6000);
  const regions = copies ? ['衡阳市'] : ['衡阳市', '长沙市', '株洲市', '湘潭市', '岳阳市'];
  for (let i = 0; i < n; i++) {
    const year = copies ? 2021 : 2000 + (i % 25);
    const text = `${regions[i % regions.length]}${year}年政府工作报告（第${i + 1}份）\n\n${sample}`;
    const env = await services.dispatch('library.import', {
      fileName: `report-${i + 1}.txt`,
      bytes: new TextEncoder().encode(text),
      model: buildTextModel(text),
    });
    if (!env.ok) throw new Error(JSON.stringify(env));
  }
  await services.flush();
  await keepSnapshot(dir);
  return dir;
}

/** A first launch, left open until it has kept the library as drawn (as a user's last session would). */
async function keepSnapshot(dir: string): Promise<void> {
  const app = await startApp({ userData: dir, seed: false, viewport: VIEWPORT, httpBridge: true });
  try {
    for (let waited = 0; !(await stat(join(dir, SNAPSHOT)).catch(() => null)); waited += 100) {
      if (waited > 20_000) throw new Error('the library was not kept for the next launch');
      await app.page.waitForTimeout(100);
    }
  } finally {
    await app.close();
    await closeBrowser();
  }
}

/** Marks in `window.__own` the time the app's own rows replaced the snapshot (0 while it is up, or if none was shown). */
const OWN_ROWS = `(() => {
  window.__own = 0;
  let shown = false;
  const o = new MutationObserver(() => {
    const up = !!document.getElementById('rl-snapshot');
    if (up) shown = true;
    else if (shown && document.querySelector(${JSON.stringify(ROW)})) { window.__own = performance.now(); o.disconnect(); }
  });
  o.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Launches the app over `dir`: ms from navigation until the rows are painted,
 * until the app's own rows replaced the library as last drawn (the paint, if
 * none was shown), and the page as the app drew it.
 */
async function appRun(dir: string): Promise<{ ms: number; own: number; html: string }> {
  const app = await startApp({
    userData: dir,
    seed: false,
    viewport: VIEWPORT,
    initScript: paintProbe(ROW, DOCS) + OWN_ROWS,
    // Calls over HTTP, bytes as bytes: closer to Electron's IPC than Playwright's binding (BENCH_BRIDGE=binding).
    httpBridge: process.env['BENCH_BRIDGE'] !== 'binding',
    ...(rendererDir ? { rendererDir } : {}),
  });
  try {
    const ms = await paintedAt(app.page);
    // The app's own rows, once the library as last drawn is down (if it was up).
    await app.page.waitForFunction(() => !document.getElementById('rl-snapshot'), undefined, {
      timeout: 60_000,
    });
    const own = (await app.page.evaluate(() => (window as unknown as { __own: number }).__own)) || ms;
    // The same rows, without the app: what the browser needs to show them at all.
    // (Not the style sheets of the views loaded since, at a pause: the page starts without them.)
    const html = await app.page.evaluate(() => {
      const root = document.documentElement.cloneNode(true) as Element;
      for (const link of root.querySelectorAll(
        'link[rel="stylesheet"]:not([href*="/index-"]), link[rel="modulepreload"]',
      ))
        link.remove();
      return '<!doctype html>' + root.outerHTML.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    });
    return { ms, own, html };
  } finally {
    await app.close();
    await closeBrowser();
  }
}

const bareRows = Array.from(
  { length: DOCS },
  (_, i) => `<tr data-testid="doc-row"><td>衡阳市${2000 + (i % 25)}年政府工作报告（第${i + 1}份）</td></tr>`,
).join('');

/** Launches with nothing kept (the snapshot set aside for the run). */
async function firstLaunch(dir: string): Promise<number> {
  const kept = join(dir, SNAPSHOT);
  await rename(kept, `${kept}.aside`);
  try {
    return (await appRun(dir)).ms;
  } finally {
    await rename(`${kept}.aside`, kept);
  }
}

interface Medians {
  app: number;
  own: number;
  first: number;
  static: number;
  bare: number;
}

/** App (after a first launch, and at a first launch), static page and bare table, interleaved, over a library of DOCS (copies or not): their medians. */
async function measure(copies: boolean): Promise<Medians> {
  const dir = await libraryOf(DOCS, copies);
  const appTimes: number[] = [];
  const ownTimes: number[] = [];
  const firstTimes: number[] = [];
  const staticTimes: number[] = [];
  const bareTimes: number[] = [];
  let server: Awaited<ReturnType<typeof baselineServer>> | null = null;
  try {
    for (let i = 0; i < RUNS; i++) {
      const { ms, own, html } = await appRun(dir);
      appTimes.push(ms);
      ownTimes.push(own);
      if (!copies) firstTimes.push(await firstLaunch(dir));
      server ??= await baselineServer(
        {
          '/static.html': html,
          '/bare.html': `<!doctype html><html><body><table>${bareRows}</table></body></html>`,
        },
        rendererDir ?? undefined,
      );
      staticTimes.push(await baselineRun(`${server.url}/static.html`, paintProbe(ROW, DOCS)));
      if (!copies) bareTimes.push(await baselineRun(`${server.url}/bare.html`, paintProbe(ROW, DOCS)));
    }
  } finally {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
  return {
    app: median(appTimes),
    own: median(ownTimes),
    first: copies ? NaN : median(firstTimes),
    static: median(staticTimes),
    bare: copies ? NaN : median(bareTimes),
  };
}

const mixed = await measure(false);
const copies = await measure(true);
line(`library of ${DOCS} painted after launch`, mixed.app, mixed.static, 'static page', '<= 250 ms');
line(`library of ${DOCS} painted after launch`, mixed.app, mixed.bare, 'bare table ', '<= 250 ms');
line(`  the app's own rows in its place`, mixed.own, mixed.static, 'static page', 'no goal');
line(`library of ${DOCS} painted, nothing kept`, mixed.first, mixed.static, 'static page', 'no goal');
line(`library of ${DOCS} copies painted after launch`, copies.app, copies.static, 'static page', '<= 250 ms');
