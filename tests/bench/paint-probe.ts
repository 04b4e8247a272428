// What the start-up and text-view benchmarks measure with: a probe that
// times the moment a selector's elements are painted (in the app and in the
// static baseline page alike), a fresh Chromium per run for the baseline, and
// a server for baseline pages built from the app's own CSS.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT } from '../e2e/harness';
import { readStatic } from '../../src-main/static-files';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Records in `window.__paint` the time (ms since navigation) at which at
 * least `count` elements match `selector` and a frame showing them has been
 * painted: the next animation frame, then a task after it (which runs once
 * that frame is out).
 */
export function paintProbe(selector: string, count: number): string {
  return `(() => {
  const w = window;
  w.__paint = 0;
  const sel = ${JSON.stringify(selector)};
  let found = false;
  const done = () => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { w.__paint = performance.now(); };
      ch.port2.postMessage(0);
    });
  };
  // The first time only: DOMContentLoaded comes after the rows in a static page
  // (or in a page that drew them before its scripts ran), and must not move the mark.
  const check = (obs) => {
    if (found || document.querySelectorAll(sel).length < ${count}) return false;
    found = true;
    obs?.disconnect();
    done();
    return true;
  };
  const obs = new MutationObserver(() => check(obs));
  obs.observe(document, { childList: true, subtree: true });
  addEventListener('DOMContentLoaded', () => check(obs));
})();`;
}

/** The ms the probe recorded (waits for it). */
export async function paintedAt(page: import('playwright-core').Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const v = (window as unknown as { __paint: number }).__paint;
      return v > 0 ? v : null;
    },
    undefined,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Serves `pages` (path → HTML) and the built renderer's files (its CSS) on 127.0.0.1. */
export async function baselineServer(
  pages: Record<string, string>,
  root = join(ROOT, 'out/renderer'),
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages[path];
    if (page !== undefined) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(page);
      return;
    }
    void readStatic(root, path).then((file) => {
      if (!file) res.writeHead(404).end();
      else
        res.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' }).end(file.body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Opens `url` in a fresh Chromium (same flags and viewport as the app's runs) and returns the probe's time. */
export async function baselineRun(url: string, probe: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.addInitScript(probe);
    await page.goto(url);
    return await paintedAt(page);
  } finally {
    await browser.close();
  }
}

export const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] ?? NaN) : NaN;
};

export function line(name: string, app: number, base: number, baseName: string, target: string): void {
  console.log(
    `${name.padEnd(46)} app ${app.toFixed(0).padStart(6)} ms   ${baseName} ${base.toFixed(0).padStart(6)} ms   x${(app / base).toFixed(2)}  (target ${target})`,
  );
}
