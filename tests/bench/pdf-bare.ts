// What tests/bench/pdf.ts measures with: a bare pdf.js PDFViewer page (the
// baseline), the probe that times page 1 in either page, the scroll through
// every page, and the renderer processes' memory read from /proc.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import type { CDPSession, Page } from 'playwright-core';
import { CHROMIUM_ARGS, FIXTURES, ROOT } from '../e2e/harness';

const PDFJS = join(ROOT, 'node_modules/pdfjs-dist');

/** Times page 1's canvas appearing: from navigation ('launch') and from the last pointer press ('click'). */
export const PROBE = `(() => {
  const w = window;
  w.__rl = { launch: 0, click: 0, clickAt: 0, seen: null, onLaunch: null };
  w.__rl.launched = new Promise((r) => { w.__rl.onLaunch = r; });
  const canvas = () => document.querySelector('.page[data-page-number="1"] .canvasWrapper canvas');
  // The canvas shown at the press, weakly: holding it would keep the closed document's whole page tree.
  addEventListener('pointerdown', () => { const c = canvas(); w.__rl.clickAt = performance.now(); w.__rl.click = 0; w.__rl.seen = c ? new WeakRef(c) : null; }, true);
  new MutationObserver(() => {
    const c = canvas();
    if (!c) return;
    const t = performance.now();
    if (!w.__rl.launch) { w.__rl.launch = t; w.__rl.onLaunch(t); }
    if (w.__rl.clickAt && !w.__rl.click && c !== w.__rl.seen?.deref()) w.__rl.click = t - w.__rl.clickAt;
  }).observe(document, { childList: true, subtree: true });
})();`;

const BARE_HTML = `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/pdfjs/web/pdf_viewer.css">
<style>body{margin:0} #bar{height:30px} #box{position:absolute;inset:30px 0 0 0;overflow:auto;background:#ddd}</style>
<div id="bar"><button id="open">open</button></div><div id="box"><div id="viewer" class="pdfViewer"></div></div>
<script type="module">
import * as pdfjs from '/pdfjs/build/pdf.min.mjs';
globalThis.pdfjsLib = pdfjs;
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.min.mjs';
const { EventBus, PDFLinkService, PDFViewer } = await import('/pdfjs/web/pdf_viewer.mjs');
const params = new URLSearchParams(location.search);
// keep=1: the file is fetched once and each open gets a copy (DevTools keeps every fetched body: see pdf.ts).
let kept = null;
const bytes = async () => new Uint8Array(await (await fetch(params.get('file'))).arrayBuffer());
const source = async () => ({ data: params.get('keep') === '1' ? (kept ??= await bytes()).slice() : await bytes(),
  cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/', wasmUrl: '/pdfjs/wasm/',
  enableXfa: false });
let viewer = null, task = null;
async function open() {
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  viewer = new PDFViewer({ container: box, viewer: document.getElementById('viewer'), eventBus, linkService,
    textLayerMode: 1, annotationEditorMode: pdfjs.AnnotationEditorType.DISABLE, maxCanvasPixels: 2 ** 25 });
  linkService.setViewer(viewer);
  const v = viewer;
  eventBus.on('pagesinit', () => { v.currentScaleValue = 'page-width'; });
  task = pdfjs.getDocument(await source());
  const doc = await task.promise;
  v.setDocument(doc);
  linkService.setDocument(doc);
}
async function close() {
  viewer?.setDocument(null);
  await task?.destroy();
  viewer = null; task = null;
  document.getElementById('viewer').replaceChildren();
}
async function extract() {
  const t0 = performance.now();
  const t = pdfjs.getDocument(await source());
  const doc = await t.promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
    page.cleanup();
  }
  await t.destroy();
  return performance.now() - t0;
}
window.bare = { open, close, extract };
document.getElementById('open').onclick = () => open();
if (params.get('auto') === '1') open();
</script>`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** Serves the bare viewer, pdf.js's files, the fixtures and any extra pages on 127.0.0.1. */
export async function staticServer(
  pages: Record<string, string> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (body: string | Buffer, type: string) =>
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/bare.html') return send(BARE_HTML, TYPES['.html'] ?? '');
    const page = pages[path];
    if (page !== undefined) return send(page, TYPES['.html'] ?? '');
    const [root, rest] = path.startsWith('/pdfjs/')
      ? [PDFJS, path.slice(7)]
      : path.startsWith('/fixtures/')
        ? [FIXTURES, path.slice(10)]
        : [null, ''];
    const file = root ? normalize(join(root, rest)) : '';
    if (!root || !file.startsWith(root)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => send(body, TYPES[extname(file)] ?? 'application/octet-stream'),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** A fresh browser showing `url`, with the probe in place. */
export async function bareViewer(
  url: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; session(): Promise<CDPSession>; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url);
  // Polled in the page: Playwright's waitForFunction would first evaluate its
  // own large script there, on the page's thread (see pageOneAt).
  await page.evaluate(
    `new Promise((r) => { const f = () => ('bare' in window ? r(1) : setTimeout(f, 10)); f(); })`,
  );
  // A DevTools session costs the page's thread when it attaches: made when asked (after page 1).
  return { page, session: () => context.newCDPSession(page), close: () => browser.close() };
}

/**
 * Milliseconds until page 1 was drawn: since navigation, or since the last
 * click. A launch is awaited with one plain evaluate of the probe's promise:
 * waitForFunction first evaluates Playwright's own script in the page (~30
 * ms of the page's thread here), which, asked for just after navigation,
 * lands in the middle of the app's launch (and in the bare page's idle wait
 * for its worker).
 */
export async function pageOneAt(page: Page, kind: 'launch' | 'click', timeout = 60_000): Promise<number> {
  if (kind === 'launch') {
    // The probe's own promise (held by the page: DevTools awaits one only while it is held).
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_ok, fail) => {
      timer = setTimeout(
        () => fail(new Error(`page 1 was not drawn within ${timeout} ms of the launch`)),
        timeout,
      );
    });
    try {
      return await Promise.race([page.evaluate('window.__rl.launched') as Promise<number>, late]);
    } finally {
      clearTimeout(timer);
    }
  }
  const handle = await page.waitForFunction(
    (k) => {
      const v = (window as unknown as { __rl: Record<string, number> }).__rl[k] ?? 0;
      return v > 0 ? v : null;
    },
    kind,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Scrolls to each page in turn and waits for it to be drawn; total milliseconds. */
export async function scrollAll(page: Page, container: string, pages: number): Promise<number> {
  // A string, so that tsx's helpers (for named inner functions) stay out of the page.
  const script = `(async () => {
    const box = document.querySelector(${JSON.stringify(container)});
    const t0 = performance.now();
    for (let i = 1; i <= ${pages}; i++) {
      const el = document.querySelector('.page[data-page-number="' + i + '"]');
      if (!el) continue;
      box.scrollTop = el.offsetTop;
      const until = performance.now() + 10000;
      while (!el.querySelector('.canvasWrapper canvas') && performance.now() < until)
        await new Promise((r) => requestAnimationFrame(r));
    }
    return performance.now() - t0;
  })()`;
  return (await page.evaluate(script)) as number;
}

export interface Memory {
  rssMb: number;
  peakMb: number;
}

function statusKb(pid: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0);
}

/** Chromium's renderer processes under this process (the bench runs one browser at a time): RSS and peak RSS. */
export function rendererMemory(): Memory {
  const parent = new Map<string, string>();
  const renderers: string[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '');
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) renderers.push(pid);
    } catch {
      // Gone meanwhile.
    }
  }
  const mine = (pid: string): boolean => {
    for (let p: string | undefined = pid, i = 0; p && p !== '0' && i < 20; p = parent.get(p), i++) {
      if (p === String(process.pid)) return true;
    }
    return false;
  };
  let rss = 0;
  let peak = 0;
  for (const pid of renderers.filter(mine)) {
    try {
      rss += statusKb(pid, 'VmRSS');
      peak += statusKb(pid, 'VmHWM');
    } catch {
      // Gone meanwhile.
    }
  }
  return { rssMb: rss / 1024, peakMb: peak / 1024 };
}
