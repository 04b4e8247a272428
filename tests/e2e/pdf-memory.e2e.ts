// Opening and closing a PDF again and again must not keep the closed ones in
// memory: after ten rounds the heap holds no pdf.js document and no page of
// one (counted by Chromium's own heap, as DevTools' "queryObjects" does). A
// PDF reopened at launch is let go too once closed: its bytes with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp, docRow } from './harness';
import { leavePdfOpen } from './pdf-left-open';
import type { AppHandle } from './harness';

let app: AppHandle;
let page: Page;
let cdp: CDPSession;

/** A one-page PDF, enough to learn the prototypes of pdf.js's document and page objects. */
const TINY_PDF =
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

beforeAll(async () => {
  app = await startApp({ seed: false });
  page = app.page;
  cdp = await page.context().newCDPSession(page);
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  expect(app.pageErrors).toEqual([]);
});

async function pageOneDrawn(): Promise<void> {
  await page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first().waitFor();
  await page.locator('.page[data-page-number="1"] .textLayer span').first().waitFor();
}

async function backToLibrary(): Promise<void> {
  await page.getByTestId('back').click();
  await page.getByTestId('library').waitFor();
}

/** How many live objects have `window[name]` as their prototype (after a full GC). */
async function liveCount(name: string): Promise<number> {
  // The handles DevTools hands out keep their objects alive: one group, released after.
  const objectGroup = 'rl-count';
  await cdp.send('HeapProfiler.collectGarbage');
  try {
    const proto = await cdp.send('Runtime.evaluate', { expression: `window.${name}`, objectGroup });
    const id = proto.result.objectId;
    if (!id) throw new Error(`no ${name}`);
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: id, objectGroup });
    const count = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId ?? '',
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
      objectGroup,
    });
    return count.result.value as number;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

describe('memory', () => {
  it('keeps no closed PDF document after ten opens and closes', async () => {
    app.queueFiles([await readFixture('hengyang-2021.pdf')]);
    await page.getByTestId('import').click();
    await page.getByTestId('pdf-pane').waitFor();
    await pageOneDrawn();
    // pdf.js is loaded now: learn its prototypes from a throwaway document.
    await page.evaluate(async (text) => {
      type Lib = { getDocument(src: { data: Uint8Array }): Task };
      type Task = { promise: Promise<PdfDoc>; destroy(): Promise<void> };
      type PdfDoc = { getPage(n: number): Promise<object> };
      const w = window as unknown as { pdfjsLib: Lib; rlDocProto: object; rlPageProto: object };
      const task = w.pdfjsLib.getDocument({ data: new TextEncoder().encode(text) });
      const doc = await task.promise;
      w.rlDocProto = Object.getPrototypeOf(doc) as object;
      w.rlPageProto = Object.getPrototypeOf(await doc.getPage(1)) as object;
      await task.destroy();
    }, TINY_PDF);
    // While open, the counter sees it: the test can fail.
    expect(await liveCount('rlDocProto')).toBe(1);
    expect(await liveCount('rlPageProto')).toBeGreaterThanOrEqual(1);

    for (let round = 0; round < 10; round++) {
      await backToLibrary();
      await docRow(page, 'hengyang-2021.pdf').getByTestId('open').click();
      await page.getByTestId('pdf-pane').waitFor();
      await pageOneDrawn();
    }
    await backToLibrary();
    // pdf.js finishes destroying in its worker a moment later.
    await expect.poll(() => liveCount('rlDocProto'), { timeout: 10_000 }).toBe(0);
    expect(await liveCount('rlPageProto')).toBe(0);
  }, 300_000);

  it('lets go of the bytes of a PDF reopened at launch once it is closed', async () => {
    const launched = await startApp({ seed: false });
    try {
      const fileBytes = (await readFixture('hengyang-2021.pdf')).bytes?.byteLength ?? 0;
      await leavePdfOpen(launched);
      await launched.page.evaluate(() => sessionStorage.clear());
      await launched.reload();
      await launched.page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first().waitFor();
      const session = await launched.page.context().newCDPSession(launched.page);
      /** ArrayBuffers' memory in the page, after a full GC (MB). */
      const buffers = async (): Promise<number> => {
        await session.send('HeapProfiler.collectGarbage');
        const usage = (await session.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
        return usage.backingStorageSize ?? NaN;
      };
      await launched.page.getByTestId('back').click();
      await launched.page.getByTestId('library').waitFor();
      // The launch's answers held the file (3 MB) for as long as the app ran.
      await expect.poll(buffers, { timeout: 10_000 }).toBeLessThan(fileBytes);
      expect(launched.pageErrors).toEqual([]);
    } finally {
      await launched.close();
    }
  }, 120_000);
});

describe('glyphs of a closed PDF', () => {
  // Each glyph-flush worker the page starts: whether it said it was done, and whether it was ended.
  const WATCH_GLYPH_WORKERS = `(() => {
    window.__rlGlyphWorkers = [];
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url, options) {
        super(url, options);
        if (!String(url).includes('glyph-flush')) return;
        const seen = { done: false, ended: false };
        window.__rlGlyphWorkers.push(seen);
        this.addEventListener('message', (e) => { if (e.data === 'done') seen.done = true; });
        const terminate = this.terminate.bind(this);
        this.terminate = () => { seen.ended = true; terminate(); };
      }
    };
  })()`;
  type Seen = Array<{ done: boolean; ended: boolean }>;

  it('are pushed out of the glyph cache by a worker that draws and ends, once the PDF is closed', async () => {
    const watched = await startApp({ seed: false, initScript: WATCH_GLYPH_WORKERS });
    try {
      const seen = () =>
        watched.page.evaluate(() => (window as unknown as { __rlGlyphWorkers: Seen }).__rlGlyphWorkers);
      watched.queueFiles([await readFixture('hengyang-2021.pdf')]);
      await watched.page.getByTestId('import').click();
      await watched.page.getByTestId('pdf-pane').waitFor();
      await watched.page.locator('.page[data-page-number="1"] .canvasWrapper canvas').first().waitFor();
      // Nothing while the PDF is open.
      await watched.page.waitForTimeout(500);
      expect(await seen()).toEqual([]);
      await watched.page.getByTestId('back').click();
      await watched.page.getByTestId('library').waitFor();
      // One worker, which drew its glyphs in real Chromium (OffscreenCanvas, a system font) and was ended.
      await expect.poll(seen, { timeout: 10_000 }).toEqual([{ done: true, ended: true }]);
      expect(watched.pageErrors).toEqual([]);
    } finally {
      await watched.close();
    }
  }, 120_000);
});
