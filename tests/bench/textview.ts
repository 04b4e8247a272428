// `npm run bench` (part): the text view's first paint on a 2 MB report, from
// launch (the report was open when the app was left, so it comes back at
// once), in Chromium with the real services (a fresh browser and services
// each run), beside the same text in a plain <pre> page, interleaved,
// medians of RUNS. `tsx tests/bench/textview.ts`
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeBrowser, ROOT, startApp } from '../e2e/harness';
import { createServices } from '../../src-main/services/create-services';
import { buildTextModel } from '../../src-shared/text';
import { baselineRun, baselineServer, line, median, paintedAt, paintProbe, VIEWPORT } from './paint-probe';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const BYTES = 2 * 1024 * 1024;
const rendererDir = process.env['BENCH_RENDERER'];

/** The sample report repeated to 2 MB of UTF-8, as one long report of many sections. */
async function bigReport(): Promise<string> {
  const sample = await readFile(join(ROOT, 'data/hengyang-2021.txt'), 'utf8');
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < BYTES; i++) {
    const part = i === 1 ? sample : `\n\n第${i}部分\n\n${sample}`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

async function libraryWith(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-bench-text-'));
  const services = await createServices(dir);
  const env = await services.dispatch('library.import', {
    fileName: 'big-report.txt',
    bytes: new TextEncoder().encode(text),
    model: buildTextModel(text),
  });
  if (!env.ok) throw new Error(JSON.stringify(env));
  const id = (env.value as { record: { id: string } }).record.id;
  // Open when the app was left: the launch goes straight to it.
  await services.dispatch('reading.save', { id, offset: 0 });
  await services.flush();
  return dir;
}

async function appRun(dir: string): Promise<number> {
  const app = await startApp({
    userData: dir,
    seed: false,
    viewport: VIEWPORT,
    initScript: paintProbe('[data-testid="text-pane"] .block', 1),
    // Calls over HTTP: closer to Electron's IPC than Playwright's binding (BENCH_BRIDGE=binding).
    httpBridge: process.env['BENCH_BRIDGE'] !== 'binding',
    ...(rendererDir ? { rendererDir } : {}),
  });
  try {
    return await paintedAt(app.page);
  } finally {
    await app.close();
    await closeBrowser();
  }
}

const text = await bigReport();
const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const server = await baselineServer({
  '/pre.html': `<!doctype html><meta charset="utf-8"><body style="margin:0"><pre style="white-space:pre-wrap;margin:0 auto;max-width:42em;line-height:1.9">${escaped}</pre>`,
});
const dir = await libraryWith(text);
const appTimes: number[] = [];
const preTimes: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    appTimes.push(await appRun(dir));
    preTimes.push(await baselineRun(`${server.url}/pre.html`, paintProbe('pre', 1)));
  }
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
line(
  `text view first paint, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB report`,
  median(appTimes),
  median(preTimes),
  'plain <pre>',
  'kept in view',
);
