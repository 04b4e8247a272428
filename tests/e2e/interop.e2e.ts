// Notes in and out: a PDF's own highlights become cards; the sample PDF,
// annotated, is saved as a copy that poppler renders with the highlights and
// that comes back without duplicates; notes go out as W3C JSON-LD and back
// into an empty library.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, RESULTS, startApp, docRow } from './harness';
import type { AppHandle } from './harness';
import { makeBrokenTreePdf } from '../unit/interop/make-pdf';
import { PDF_SPAN, selectText } from './select-text';

let app: AppHandle;
let page: Page;
const cards = () => page.getByTestId('annotation-card');

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.getByTestId('text-pane').waitFor();
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  expect(app.pageErrors).toEqual([]);
});

async function importFixture(name: string): Promise<void> {
  await page.getByTestId('back').click();
  app.queueFiles([await readFixture(name)]);
  await page.getByTestId('import').click();
  await page.getByTestId('pdf-pane').waitFor();
  await page.locator('.textLayer span[role=presentation]').first().waitFor();
}

/** Every message shown so far (toasts pass by themselves, so they are logged as they come). */
function toastLog(): Promise<string> {
  return page.evaluate(() => {
    const w = window as unknown as { __toasts?: string[] };
    if (!w.__toasts) {
      const log: string[] = [];
      w.__toasts = log;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-testid=toast]')) {
          const text = el.textContent ?? '';
          if (!log.includes(text)) log.push(text);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }
    return w.__toasts.join('\n');
  });
}

describe('PDF annotations in', () => {
  it("shows highlights.pdf's 6 highlights as cards, with their colours and authors", async () => {
    await toastLog();
    await importFixture('pdf/highlights.pdf');
    await expect.poll(() => cards().count(), { timeout: 20_000 }).toBe(6);
    await app.screenshot('interop-highlights-pdf');
    expect(await page.getByTestId('orphan').count()).toBe(0);
    const all = (await cards().allTextContents()).join('\n');
    expect(all).toContain('Trace-based Just-in-Time');
    expect(all).toContain('Calixte Denizet');
    await expect.poll(toastLog).toMatch(/6 条笔记[\s\S]*Ink/);
  });

  it('reading the annotations again adds nothing', async () => {
    await page.getByTestId('read-pdf-notes').click();
    await expect.poll(toastLog, { timeout: 30_000 }).toContain('已存在 6 条');
    expect(await cards().count()).toBe(6);
  });
});

describe('PDF annotations out', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rl-e2e-copy-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('saves a copy of the annotated sample PDF that poppler renders with the highlight', async () => {
    await importFixture('hengyang-2021.pdf');
    await page.evaluate((q) => {
      const el = [...document.querySelectorAll('.textLayer span[role=presentation]')].find((e) =>
        e.textContent?.includes(q),
      );
      const node = el?.firstChild as Text | null;
      if (!node) throw new Error(`not found: ${q}`);
      const start = node.data.indexOf(q);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + q.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, '省域副中心城市战略定位');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('2');
    await expect.poll(() => cards().count()).toBe(1);
    await page.getByTestId('save-pdf-copy').click();
    await expect.poll(() => app.savedBytes.length, { timeout: 30_000 }).toBe(1);
    const copy = app.savedBytes[0];
    expect(copy?.name).toMatch(/（笔记）\.pdf$/);
    const file = join(dir, 'copy.pdf');
    await writeFile(file, copy?.bytes ?? new Uint8Array());
    await promisify(execFile)('pdftoppm', [
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      file,
      join(RESULTS, 'interop-copy-poppler'),
    ]);
    expect((await readFile(join(RESULTS, 'interop-copy-poppler-01.png'))).length).toBeGreaterThan(10_000);

    // The copy, opened in the app, has the one note, and reading it again adds none.
    await page.getByTestId('back').click();
    app.queueFiles([{ fileName: 'copy.pdf', bytes: new Uint8Array(await readFile(file)) }]);
    await page.getByTestId('import').click();
    await page.getByTestId('pdf-pane').waitFor();
    await expect.poll(() => cards().count(), { timeout: 20_000 }).toBe(1);
    expect(await cards().first().textContent()).toContain('省域副中心城市战略定位');
    await toastLog();
    await page.getByTestId('read-pdf-notes').click();
    await expect.poll(toastLog, { timeout: 30_000 }).toContain('0 条笔记（已存在 1 条）');
    expect(await cards().count()).toBe(1);
    await app.screenshot('interop-copy-reopened');
  });
});

describe('W3C JSON-LD out and back', () => {
  it('exports the notes and imports them into an empty library', async () => {
    await page.getByTestId('back').click();
    await docRow(page, 'hengyang-2021.pdf').getByTestId('open').click();
    await page.getByTestId('pdf-pane').waitFor();
    await expect.poll(() => cards().count()).toBe(1);
    await page.getByTestId('export-jsonld').click();
    await expect.poll(() => app.savedFiles.length).toBe(1);
    const saved = app.savedFiles[0];
    expect(saved?.name).toMatch(/\.jsonld$/);
    const json = JSON.parse(saved?.text ?? '{}') as { type: string; total: number };
    expect(json).toMatchObject({ type: 'AnnotationCollection', total: 1 });

    const other = await startApp({ seed: false });
    try {
      const p = other.page;
      other.queueFiles([await readFixture('hengyang-2021.pdf')]);
      await p.getByTestId('import').click();
      await p.getByTestId('pdf-pane').waitFor();
      await p.locator('.textLayer span[role=presentation]').first().waitFor();
      expect(await p.getByTestId('annotation-card').count()).toBe(0);
      await p.getByTestId('import-annotations-file').setInputFiles({
        name: 'notes.jsonld',
        mimeType: 'application/ld+json',
        buffer: Buffer.from(saved?.text ?? ''),
      });
      await expect.poll(() => p.getByTestId('annotation-card').count(), { timeout: 20_000 }).toBe(1);
      expect(await p.getByTestId('orphan').count()).toBe(0);
      expect(await p.getByTestId('annotation-card').first().textContent()).toContain(
        '省域副中心城市战略定位',
      );
      await expect
        .poll(async () => (await p.getByTestId('toast').allTextContents()).join())
        .toContain('定位 1 条');
      await other.screenshot('interop-jsonld-imported');
      // The same file again adds nothing.
      await p.getByTestId('import-annotations-file').setInputFiles({
        name: 'notes.jsonld',
        mimeType: 'application/ld+json',
        buffer: Buffer.from(saved?.text ?? ''),
      });
      await expect
        .poll(async () => (await p.getByTestId('toast').allTextContents()).join())
        .toContain('已存在 1 条');
      expect(await p.getByTestId('annotation-card').count()).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe('a PDF copy of a file whose page tree is damaged', () => {
  it('is refused with a message instead of putting a note on the wrong page', async () => {
    // Page 2 is not a page: pdf.js reads 1, 3, 4 and 5; pdf-lib lists four pages, its third being page 4.
    await page.getByTestId('back').click();
    app.queueFiles([{ fileName: 'damaged-tree.pdf', bytes: makeBrokenTreePdf(5, 2) }]);
    await page.getByTestId('import').click();
    const before = app.pageErrors.length;
    await page.getByTestId('pdf-pane').waitFor();
    const q = 'Page 3 delta here';
    const span = page.locator(PDF_SPAN, { hasText: q });
    await page.getByTestId('pdf-pane').evaluate((el) => {
      const pane = el.querySelector('.pdf-container') ?? el;
      const third = el.querySelector('.page[data-page-number="3"]') as HTMLElement | null;
      pane.scrollTop = third?.offsetTop ?? 0;
    });
    await span.waitFor();
    await selectText(page, q, PDF_SPAN);
    await page.keyboard.press('2');
    await expect.poll(() => cards().count()).toBe(1);
    const saved = app.savedBytes.length;
    await page.getByTestId('save-pdf-copy').click();
    await page
      .locator('[data-testid=toast].error', { hasText: 'PDF 的页面结构已损坏，笔记无法写到各自的页上' })
      .waitFor();
    await app.screenshot('interop-copy-page-tree');
    expect(app.savedBytes.length).toBe(saved);
    // pdf.js's viewer logs the page it cannot draw (and leaves it blank); nothing else went wrong.
    const logged = app.pageErrors.splice(before);
    expect(logged.filter((e) => !/page 2|page for page view|pdfPage is not loaded/.test(e))).toEqual([]);
  });
});
