// The page's first script asks for the launch's answers before the bundle has
// arrived (launch-early.ts), and the app takes them instead of asking again:
// each of these calls reaches the services once at launch (a PDF's bytes only
// for a PDF). pdf.js, a chunk of its own, is fetched only when a PDF was left
// open.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';
import { leavePdfOpen } from './pdf-left-open';
import { APP_ENTRY_META, FIRST_PAGE_ID } from '../../src-shared/launch/page-ids';
import { buildTextModel } from '../../src-shared/text';

afterAll(async () => {
  await closeBrowser();
});

describe('the launch', () => {
  it('asks for the reading state, the text report left open, the rows and the settings once each', async () => {
    const calls: string[] = [];
    // Whether the library was ever in the page before the report.
    const SAW_LIBRARY = `(() => {
      window.__rlSawLibrary = false;
      const obs = new MutationObserver(() => {
        if (document.querySelector('[data-testid="library"]')) window.__rlSawLibrary = true;
        if (window.__rlSawLibrary || document.querySelector('[data-testid="text-pane"]')) obs.disconnect();
      });
      obs.observe(document, { childList: true, subtree: true });
    })();`;
    const app = await startApp({ gate: async (m) => void calls.push(String(m)), initScript: SAW_LIBRARY });
    try {
      // A new library opens its sample; the second launch reopens it as the place left.
      await app.page.getByTestId('text-pane').waitFor();
      await app.services.flush();
      calls.length = 0;
      await app.page.evaluate(() => sessionStorage.clear());
      await app.reload();
      await app.page.getByTestId('text-pane').waitFor();
      await app.page.waitForTimeout(500);
      // From the new page's first call (the old one's last saves may come before).
      const launch = calls.slice(calls.indexOf('reading.get'));
      const count = (m: string) => launch.filter((c) => c === m).length;
      expect(launch.slice(0, 3)).toEqual(['reading.get', 'library.list', 'settings.get']);
      // Straight to the report: the library is not drawn on the way (App.vue's 'starting' view).
      expect(
        await app.page.evaluate(() => (window as unknown as { __rlSawLibrary?: boolean }).__rlSawLibrary),
      ).toBe(false);
      for (const m of ['reading.get', 'document.open', 'library.list', 'settings.get'])
        expect({ m, n: count(m) }).toEqual({ m, n: 1 });
      // The sample is a text report: its file's bytes are not carried to a pane that never reads them.
      expect(count('document.source')).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

/** Imports the sample PDF, leaves it open, and launches again: its text layer shows. */
async function launchOnPdf(app: AppHandle): Promise<void> {
  await leavePdfOpen(app);
  await app.page.evaluate(() => sessionStorage.clear());
  await app.reload();
  await app.page
    .locator('.textLayer span[role=presentation]', { hasText: '我代表市人民政府' })
    .first()
    .waitFor();
}

describe('pdf.js at launch', () => {
  // What the page had loaded when the library (or the reader) first showed.
  const SEEN_AT_FIRST_VIEW = `(() => {
    const obs = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="library"], [data-testid="pdf-pane"], [data-testid="text-pane"]')) return;
      obs.disconnect();
      window.__rlFirstView = {
        pdfjs: Boolean(globalThis.pdfjsLib),
        chunks: performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\\//, '')),
      };
    });
    obs.observe(document, { childList: true, subtree: true });
  })();`;
  const firstView = (page: Page) =>
    page.evaluate(
      () => (window as unknown as { __rlFirstView: { pdfjs: boolean; chunks: string[] } }).__rlFirstView,
    );
  /** pdf.js was neither evaluated nor fetched when the first view showed, and gets ready afterwards. */
  async function expectNoPdfjsAtFirstView(page: Page): Promise<void> {
    const seen = await firstView(page);
    expect(seen.pdfjs).toBe(false);
    expect(seen.chunks.filter((c) => c.startsWith('pdfjs-'))).toEqual([]);
    // Warmed afterwards: the first PDF opened from the library does not wait for it.
    await expect.poll(() => page.evaluate(() => 'pdfjsLib' in globalThis)).toBe(true);
  }

  // Each pdf.js worker the page starts: whether pdf.js was evaluated yet.
  const COUNT_WORKERS = `(() => {
    window.__rlPdfWorkers = [];
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url, options) {
        super(url, options);
        if (String(url).includes('pdf.worker')) window.__rlPdfWorkers.push({ pdfjs: 'pdfjsLib' in globalThis });
      }
    };
  })();`;
  const pdfWorkers = (page: Page) =>
    page.evaluate(() => (window as unknown as { __rlPdfWorkers: Array<{ pdfjs: boolean }> }).__rlPdfWorkers);

  it('is neither fetched nor evaluated on the way to the library, and gets ready once the page is idle', async () => {
    const app = await startApp({ seed: false, initScript: SEEN_AT_FIRST_VIEW });
    try {
      await app.page.getByTestId('library').waitFor();
      await expectNoPdfjsAtFirstView(app.page);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('starts a spare worker once the library is at rest: a PDF imported then is read by it, and the next spare starts once its text is stored', async () => {
    let app: AppHandle | null = null;
    let workersAtStore = -1;
    app = await startApp({
      seed: false,
      initScript: COUNT_WORKERS,
      gate: async (method) => {
        if (method === 'library.import' && app && workersAtStore < 0)
          workersAtStore = (await pdfWorkers(app.page)).length;
      },
    });
    try {
      await app.page.getByTestId('library').waitFor();
      // At rest: pdf.js evaluated, then one worker started, before anything was picked.
      await expect.poll(() => pdfWorkers(app.page), { timeout: 20_000 }).toEqual([{ pdfjs: true }]);
      const pdf = await readFixture('hengyang-2021.pdf');
      app.queueFiles([pdf, { fileName: 'tiny.txt', bytes: new TextEncoder().encode('一') }]);
      await app.page.getByTestId('import').click();
      await app.page.getByTestId('doc-row').nth(1).waitFor({ timeout: 60_000 });
      // The PDF was read by the spare (no worker of its own), and no new spare competed with storing its text.
      expect(workersAtStore).toBe(1);
      // Once stored, the next PDF's worker gets ready.
      await expect.poll(async () => (await pdfWorkers(app.page)).length, { timeout: 20_000 }).toBe(2);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is not fetched ahead for a text report left open, and gets ready once the page is idle', async () => {
    const app = await startApp({ initScript: SEEN_AT_FIRST_VIEW + COUNT_WORKERS });
    try {
      // A new library opens its sample (a text report); the next launch reopens it.
      await app.page.getByTestId('text-pane').waitFor();
      await app.services.flush();
      await app.page.evaluate(() => sessionStorage.clear());
      await app.reload();
      await app.page.getByTestId('text-pane').waitFor();
      await expectNoPdfjsAtFirstView(app.page);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is fetched ahead when a PDF was left open, its worker started before pdf.js is evaluated, and the PDF reopens', async () => {
    const app = await startApp({ seed: false, initScript: SEEN_AT_FIRST_VIEW + COUNT_WORKERS });
    try {
      await launchOnPdf(app);
      const preload = await app.page.evaluate(() =>
        [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href') ?? ''),
      );
      expect(preload.some((href) => /pdfjs-[\w-]+\.js$/.test(href))).toBe(true);
      // One worker, the launch's, which the document was opened with (pdf.js started none of its own).
      expect(await pdfWorkers(app.page)).toEqual([{ pdfjs: false }]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('what a launch on a PDF leaves unloaded', () => {
  it('loads neither the Markdown renderer nor the extractor on the main thread, until they are needed', async () => {
    const app = await startApp({ seed: false });
    try {
      await launchOnPdf(app);
      const chunks = () =>
        app.page.evaluate(() =>
          performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\//, '')),
        );
      // Page 1 is drawn and the panels are built (its notes are plain, or none).
      await app.page.getByTestId('annotations-panel').waitFor();
      const loaded = await chunks();
      expect(loaded.some((c) => c.startsWith('ReaderView-'))).toBe(true);
      for (const lazy of ['markdown-render-', 'indicators-'])
        expect(loaded.filter((c) => c.startsWith(lazy))).toEqual([]);
      // A note in Markdown brings the renderer, and shows rendered.
      await app.page.getByTestId('add-document-note').click();
      await app.page.getByTestId('note-editor').fill('**偏低**');
      await app.page.getByTestId('note-editor').press('Escape');
      await expect
        .poll(() => app.page.getByTestId('note').first().innerHTML())
        .toContain('<strong>偏低</strong>');
      expect((await chunks()).some((c) => c.startsWith('markdown-render-'))).toBe(true);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the panels beside a PDF at launch', () => {
  // When each first appeared: the panels' kept places, page 1 drawn, the outline and the side panel.
  const SEEN = `(() => {
    window.__rlSeen = {};
    const seen = window.__rlSeen;
    const page = () => document.querySelector('.page[data-page-number="1"]');
    const obs = new MutationObserver(() => {
      const at = (key, selector) => {
        if (seen[key] === undefined && document.querySelector(selector)) seen[key] = performance.now();
      };
      at('pending', '[data-testid="side-pending"]');
      at('page', '.page[data-page-number="1"] .canvasWrapper canvas');
      at('outline', '[data-testid="outline"]');
      at('side', '[data-testid="side-panel"]');
      if (seen.page !== undefined && seen.pageWidth === undefined) seen.pageWidth = page()?.getBoundingClientRect().width;
    });
    obs.observe(document, { childList: true, subtree: true });
  })();`;
  type Seen = Partial<Record<'pending' | 'page' | 'outline' | 'side' | 'pageWidth', number>>;

  it('are built once page 1 is drawn (or after a second), in places kept for them, so page 1 is not laid out twice', async () => {
    const app = await startApp({ seed: false, initScript: SEEN });
    try {
      await launchOnPdf(app);
      await app.page.getByTestId('side-panel').waitFor();
      await app.page.getByTestId('outline').waitFor();
      const seen = await app.page.evaluate(() => (window as unknown as { __rlSeen: Seen }).__rlSeen);
      const { pending, page, outline, side, pageWidth } = seen;
      if (pending === undefined || page === undefined || outline === undefined || side === undefined)
        throw new Error(`not all seen: ${JSON.stringify(seen)}`);
      // Neither panel was built before page 1 was drawn, unless the page took longer than the wait.
      const due = Math.min(page, pending + 1000);
      expect(outline).toBeGreaterThanOrEqual(due);
      expect(side).toBeGreaterThanOrEqual(due);
      // The page kept its width when the panels came.
      const width = await app.page
        .locator('.page[data-page-number="1"]')
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(width).toBe(pageWidth);
      await app.page.getByText('还没有笔记').waitFor();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('a PDF left open, at a launch after one that showed it', () => {
  // When page 1's canvas first appeared: in the layer drawn before the app or in the pane, whether
  // the app's script had been asked for, and where; and each pdf.js worker started.
  const FIRST_SEEN = `(() => {
    window.__rlFirst = null;
    window.__rlPdfWorkers = 0;
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url, options) {
        super(url, options);
        if (String(url).includes('pdf.worker')) window.__rlPdfWorkers++;
      }
    };
    const obs = new MutationObserver(() => {
      const c = document.querySelector('.page[data-page-number="1"] .canvasWrapper canvas');
      if (!c) return;
      obs.disconnect();
      const r = c.getBoundingClientRect();
      window.__rlFirst = {
        inLayer: Boolean(c.closest('#${FIRST_PAGE_ID}')),
        appAsked: performance.getEntriesByType('resource').some((e) => /\\/index-[\\w-]+\\.js$/.test(e.name)),
        rect: [r.left, r.top, r.width, r.height].map(Math.round),
      };
    });
    obs.observe(document, { childList: true, subtree: true });
  })();`;
  interface First {
    inLayer: boolean;
    appAsked: boolean;
    rect: number[];
  }
  const first = (app: AppHandle) =>
    app.page.evaluate(() => (window as unknown as { __rlFirst: First | null }).__rlFirst);
  const page1Rect = (app: AppHandle) =>
    app.page
      .getByTestId('pdf-pane')
      .locator('.page[data-page-number="1"] .canvasWrapper canvas')
      .evaluate((c) => {
        const r = c.getBoundingClientRect();
        return [r.left, r.top, r.width, r.height].map(Math.round);
      });
  /** The first launch on the PDF lays its pane out, and its place is kept. */
  async function launchOnceBefore(app: AppHandle): Promise<void> {
    await launchOnPdf(app);
    await expect
      .poll(() => existsSync(join(app.userData, 'launch-pane.json')), { timeout: 10_000 })
      .toBe(true);
    await app.services.flush();
    await app.page.evaluate(() => sessionStorage.clear());
  }

  it('is drawn before the app’s script is even asked for, where the pane will be, and the pane takes it over', async () => {
    const calls: string[] = [];
    const app = await startApp({
      seed: false,
      initScript: FIRST_SEEN,
      gate: async (m) => void calls.push(String(m)),
    });
    try {
      await launchOnceBefore(app);
      calls.length = 0;
      await app.reload();
      await expect.poll(() => first(app), { timeout: 20_000 }).not.toBeNull();
      const seen = await first(app);
      if (!seen) throw new Error('page 1 never seen');
      expect(seen).toMatchObject({ inLayer: true, appAsked: false });
      // The app comes, its pane draws its own page 1 in the same place, and the layer goes.
      await app.page
        .locator('.textLayer span[role=presentation]', { hasText: '我代表市人民政府' })
        .first()
        .waitFor();
      await expect.poll(() => app.page.locator(`#${FIRST_PAGE_ID}`).count()).toBe(0);
      expect(await page1Rect(app)).toEqual(seen.rect);
      expect(await app.page.locator('.page[data-page-number="1"]').count()).toBe(1);
      // Its bytes and text were asked for once each (the page named it), in the launch's one
      // worker, which the pane kept with the document.
      const launch = calls.slice(calls.indexOf('reading.get'));
      for (const m of ['reading.get', 'document.source', 'document.open'])
        expect({ m, n: launch.filter((c) => c === m).length }).toEqual({ m, n: 1 });
      expect(
        await app.page.evaluate(() => (window as unknown as { __rlPdfWorkers: number }).__rlPdfWorkers),
      ).toBe(1);
      await app.page.getByText('还没有笔记').waitFor();
      await app.screenshot('launch-first-page-taken-over');
      // The reader works as ever: the next page by key, notes, back to the library.
      await app.page.getByTestId('page-number').fill('2');
      await app.page.getByTestId('page-number').press('Enter');
      await expect.poll(() => app.page.getByTestId('page-number').inputValue()).toBe('2');
      await app.page.getByTestId('back').click();
      await app.page.getByTestId('library').waitFor();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is not drawn first in a window of a size it was never shown in, nor at a reload in the session', async () => {
    const app = await startApp({ seed: false, initScript: FIRST_SEEN });
    try {
      await launchOnceBefore(app);
      await app.page.setViewportSize({ width: 1100, height: 760 });
      await app.reload();
      await expect.poll(() => first(app), { timeout: 20_000 }).not.toBeNull();
      expect(await first(app)).toMatchObject({ inLayer: false, appAsked: true });
      // The pane's place in this size is kept beside the other: the next launch in it draws first.
      const kept = () => readFile(join(app.userData, 'launch-pane.json'), 'utf8').catch(() => '');
      await expect.poll(kept, { timeout: 10_000 }).toContain('"width":1100');
      expect(await kept()).toContain('"width":1400');
      await app.services.flush();
      await app.page.evaluate(() => sessionStorage.clear());
      await app.reload();
      await expect.poll(() => first(app), { timeout: 20_000 }).not.toBeNull();
      expect(await first(app)).toMatchObject({ inLayer: true, appAsked: false });
      await expect.poll(() => app.page.locator(`#${FIRST_PAGE_ID}`).count(), { timeout: 10_000 }).toBe(0);
      // A reload within the session lands in the library: nothing is drawn first.
      await app.reload();
      await app.page.getByTestId('library').waitFor();
      await app.page.waitForTimeout(300);
      expect(await app.page.locator(`#${FIRST_PAGE_ID}`).count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('a PDF left open that cannot be drawn before the app', () => {
  it('needing a password: nothing is drawn first, and the reader asks for it', async () => {
    const app = await startApp({ seed: false, viewport: { width: 1280, height: 800 } });
    try {
      const fx = await readFixture('pdf/issue3371.pdf');
      const env = await app.services.dispatch('library.import', {
        fileName: fx.fileName,
        bytes: fx.bytes ?? new Uint8Array(),
        model: buildTextModel('一份要密码的报告'),
      });
      if (!env.ok) throw new Error(JSON.stringify(env));
      const { record } = env.value as { record: { id: string } };
      await app.services.dispatch('reading.save', { id: record.id, offset: 0 });
      // As an earlier session with a PDF open would have kept it.
      const pane = { top: 100, left: 230, right: 480, bottom: 0, width: 1280, height: 800 };
      await app.services.dispatch('launch.savePane', pane);
      await app.services.flush();
      await app.page.evaluate(() => sessionStorage.clear());
      const layers = `window.__rlLayers = 0; new MutationObserver(() => { if (document.getElementById('${FIRST_PAGE_ID}')) window.__rlLayers++; }).observe(document, { childList: true, subtree: true });`;
      await app.page.addInitScript(layers);
      await app.reload();
      await app.page.getByTestId('password-dialog').waitFor();
      await app.page.getByTestId('password-input').fill('ELXRTQWS');
      await app.page.getByTestId('password-ok').click();
      await app.page.getByTestId('pdf-pane').locator('.page[data-page-number="1"] canvas').waitFor();
      // The page came with the app's script held back (the first page was tried), and none was drawn.
      expect(await app.page.locator(`meta[name="${APP_ENTRY_META}"]`).count()).toBe(1);
      expect(await app.page.evaluate(() => (window as unknown as { __rlLayers: number }).__rlLayers)).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
