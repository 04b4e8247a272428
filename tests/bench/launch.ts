// `npm run bench` (part): a library of 100 documents painted after launch,
// in Chromium with the real services behind window.api (a fresh browser and
// fresh services over the same library for every run), beside a static page
// holding the same rows with the same CSS (the app's own library as it was
// drawn, scripts removed) and a bare table of 100 one-cell rows (what any
// page with the rows costs this machine in a fresh browser), interleaved,
// medians of RUNS. Then a library of 100 copies (every report of the same
// region and year, as drafts and re-imports make), beside its own static page.
// Goal: the rows painted <= 250 ms after launch. `tsx tests/bench/launch.ts`
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, ROOT, startApp } from '../e2e/harness';
import { createServices } from '../../src-main/services/create-services';
import { buildTextModel } from '../../src-shared/text';
import { baselineRun, baselineServer, line, median, paintedAt, paintProbe, VIEWPORT } from './paint-probe';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const DOCS = 100;
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
  return dir;
}

/** Launches the app over `dir`; ms from navigation until the rows are painted, and the page as drawn. */
async function appRun(dir: string): Promise<{ ms: number; html: string }> {
  const app = await startApp({
    userData: dir,
    seed: false,
    viewport: VIEWPORT,
    initScript: paintProbe(ROW, DOCS),
    // Calls over HTTP, bytes as bytes: closer to Electron's IPC than Playwright's binding (BENCH_BRIDGE=binding).
    httpBridge: process.env['BENCH_BRIDGE'] !== 'binding',
    ...(rendererDir ? { rendererDir } : {}),
  });
  try {
    const ms = await paintedAt(app.page);
    // The same rows, without the app: what the browser needs to show them at all.
    const html = await app.page.evaluate(
      () =>
        '<!doctype html>' +
        document.documentElement.outerHTML.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''),
    );
    return { ms, html };
  } finally {
    await app.close();
    await closeBrowser();
  }
}

const bareRows = Array.from(
  { length: DOCS },
  (_, i) => `<tr data-testid="doc-row"><td>衡阳市${2000 + (i % 25)}年政府工作报告（第${i + 1}份）</td></tr>`,
).join('');

/** App, static page and bare table, interleaved, over a library of DOCS (copies or not): their medians. */
async function measure(copies: boolean): Promise<{ app: number; static: number; bare: number }> {
  const dir = await libraryOf(DOCS, copies);
  const appTimes: number[] = [];
  const staticTimes: number[] = [];
  const bareTimes: number[] = [];
  let server: Awaited<ReturnType<typeof baselineServer>> | null = null;
  try {
    for (let i = 0; i < RUNS; i++) {
      const { ms, html } = await appRun(dir);
      appTimes.push(ms);
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
  return { app: median(appTimes), static: median(staticTimes), bare: copies ? NaN : median(bareTimes) };
}

const mixed = await measure(false);
const copies = await measure(true);
line(`library of ${DOCS} painted after launch`, mixed.app, mixed.static, 'static page', '<= 250 ms');
line(`library of ${DOCS} painted after launch`, mixed.app, mixed.bare, 'bare table ', '<= 250 ms');
line(`library of ${DOCS} copies painted after launch`, copies.app, copies.static, 'static page', '<= 250 ms');
