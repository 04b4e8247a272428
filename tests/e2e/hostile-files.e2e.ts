// A .docx zip bomb is refused in the real renderer with "too large when
// unpacked", a PDF pdf.js never finishes opening is said to be slow (the
// reader) or given up as unreadable (the import), and links (click or middle-click) never open inside the app.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipBomb } from '../support/zip-bomb';
import { closeBrowser, readFixture, startApp } from './harness';
import { leavePdfOpen } from './pdf-left-open';
import { OPEN_TIME_LIMIT_MS, PAGE_TIME_LIMIT_MS, SLOW_OPEN_MS } from '../../src-renderer/src/pdf/slow-open';

/** The stored text of the library's first document, as the services give it. */
async function firstText(app: Awaited<ReturnType<typeof startApp>>): Promise<string> {
  const rows = await app.services.dispatch('library.list', undefined);
  const id = rows.ok ? (rows.value as Array<{ id: string }>)[0]?.id : undefined;
  const opened = await app.services.dispatch('document.open', { id });
  return opened.ok ? (opened.value as { model: { text: string } }).model.text : '';
}

afterAll(async () => {
  await closeBrowser();
});

describe('a .docx zip bomb', () => {
  it('is refused before mammoth unpacks it, with a message, and the app goes on', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    app.queueFiles([
      { fileName: 'bomb-declared.docx', bytes: zipBomb(1024 ** 3, false) },
      { fileName: 'bomb-lying.docx', bytes: zipBomb(1024 ** 3, true) },
      await readFixture('hubei-2025.docx'),
    ]);
    await page.getByTestId('import').click();
    await page.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 60_000 });
    const errors = await page.locator('[data-testid=toast].error').allTextContents();
    await app.screenshot('docx-zip-bomb');
    expect(errors.filter((e) => e.includes('bomb-declared.docx') && e.includes('解压后过大'))).toHaveLength(
      1,
    );
    expect(errors.filter((e) => e.includes('bomb-lying.docx') && e.includes('解压后过大'))).toHaveLength(1);
    // The real document after them imports as usual.
    await expect.poll(() => page.getByText('hubei-2025.docx').count()).toBeGreaterThan(0);
    expect(app.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await app.close();
  });
});

describe('a .docx zip bomb in a folder', () => {
  it('is refused by the folder import too (its worker runs the same checks), and the rest imports', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'reportlens-bomb-folder-'));
    await writeFile(join(folder, 'bomb-lying.docx'), zipBomb(1024 ** 3, true));
    const hubei = await readFixture('hubei-2025.docx');
    await writeFile(join(folder, hubei.fileName), hubei.bytes ?? new Uint8Array());
    const app = await startApp({ seed: false });
    const { page } = app;
    app.queueFolder(folder);
    await page.getByTestId('import-folder').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('summary-imported').textContent()).toContain('1');
    expect(await page.getByTestId('summary-refused').textContent()).toContain('1');
    expect(await page.getByTestId('import-summary').textContent()).toContain('解压后过大');
    await app.screenshot('docx-zip-bomb-folder');
    expect(app.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await app.close();
  });
});

describe('links', () => {
  it('a click and a middle-click both go to the main process (which asks), never a window of their own', async () => {
    const app = await startApp({ seed: false, locale: 'en' });
    const { page } = app;
    const before = page.url();
    await page.evaluate(() => {
      const w = window as unknown as { __opened: string[] };
      w.__opened = [];
      window.open = (url?: string | URL) => {
        w.__opened.push(String(url));
        return null;
      };
      for (const [id, href] of [
        ['ext', 'https://www.gov.cn/zhengce/?q=1'],
        ['file', 'file:///etc/passwd'],
        ['js', 'javascript:void(0)'],
        ['inner', '#page=2'],
      ]) {
        const a = document.createElement('a');
        a.id = id ?? '';
        a.href = href ?? '';
        a.textContent = `link ${id}`;
        a.style.cssText =
          'position:fixed;top:10px;left:10px;z-index:9999;display:block;padding:8px;background:#fff';
        if (href?.startsWith('#'))
          a.addEventListener('click', (e) => {
            e.preventDefault();
            w.__opened.push(`inner click ${a.getAttribute('href')}`);
          });
        document.body.append(a);
        a.style.top = `${10 + document.querySelectorAll('a[id]').length * 40}px`;
      }
    });
    const pagesBefore = page.context().pages().length;
    await page.click('#ext');
    await page.click('#ext', { button: 'middle' });
    await page.click('#file');
    await page.click('#file', { button: 'middle' });
    await page.click('#js', { button: 'middle' });
    await page.click('#inner');
    await page.click('#inner', { button: 'middle' });
    await page.waitForTimeout(300);
    const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
    expect(opened).toEqual([
      'https://www.gov.cn/zhengce/?q=1',
      'https://www.gov.cn/zhengce/?q=1',
      'inner click #page=2',
      'inner click #page=2',
    ]);
    expect(page.url()).toBe(before);
    expect(page.context().pages().length).toBe(pagesBefore);
    await app.close();
  });
});

describe('a PDF pdf.js never finishes opening', () => {
  it('is said to be slow after SLOW_OPEN_MS, and going back to the library takes that away', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    try {
      await leavePdfOpen(app);
      // pdf.js's worker never comes (its script is held back): the document never opens.
      await page.context().route(/pdf\.worker/, () => new Promise(() => undefined));
      await page.evaluate(() => sessionStorage.clear());
      await app.reload();
      await page.getByTestId('pdf-pane').waitFor();
      const slow = page.locator('[data-testid=toast].warning', {
        hasText: `${SLOW_OPEN_MS / 1000} 秒仍未打开`,
      });
      await page.waitForTimeout(SLOW_OPEN_MS - 3000);
      expect(await slow.count()).toBe(0);
      await slow.waitFor({ timeout: 10_000 });
      await app.screenshot('pdf-slow-open');
      await page.getByTestId('back').click();
      await page.getByTestId('library').waitFor();
      expect(await slow.count()).toBe(0);
      expect(app.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('a PDF pdf.js never finishes opening, imported', () => {
  it('is given up after OPEN_TIME_LIMIT_MS as unreadable, and the rest imports', async () => {
    const app = await startApp({
      seed: false,
      // pdf.js's worker never comes (its script is held back): the PDF never opens.
      beforeNavigate: async (page) => {
        await page.context().route(/pdf\.worker/, () => new Promise(() => undefined));
      },
    });
    const { page } = app;
    try {
      app.queueFiles([await readFixture('hengyang-2021.pdf'), await readFixture('hubei-2025.docx')]);
      await page.getByTestId('import').click();
      await page
        .getByTestId('import-progress')
        .waitFor({ state: 'detached', timeout: OPEN_TIME_LIMIT_MS + 30_000 });
      const errors = await page.locator('[data-testid=toast].error').allTextContents();
      expect(
        errors.filter((e) => e.includes('hengyang-2021.pdf') && e.includes('PDF 文件已损坏或无法读取')),
      ).toHaveLength(1);
      await expect.poll(() => page.getByText('hubei-2025.docx').count()).toBeGreaterThan(0);
      await app.screenshot('pdf-import-gave-up');
      expect(app.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

// pdf.js yields between the forms it reads, so here the other pages are read
// meanwhile; a worker stuck for good (a loop that never yields) is opened
// afresh for the pages after it: tests/component/extract-pdf-stuck.test.ts.
describe('a PDF with a page pdf.js never finishes, imported', () => {
  it('costs the import that page only, after PAGE_TIME_LIMIT_MS, with a message', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    try {
      // Page 2 holds 10⁹ text runs in nested forms; pdf.js reads pages in turn.
      app.queueFiles([await readFixture('pdf/nested-forms.pdf')]);
      const started = Date.now();
      await page.getByTestId('import').click();
      const skipped = page.locator('[data-testid=toast].warning', { hasText: '第 2 页无法提取文字' });
      await skipped.waitFor({ timeout: PAGE_TIME_LIMIT_MS * 2 + 30_000 });
      expect(Date.now() - started).toBeLessThan(PAGE_TIME_LIMIT_MS * 2);
      await page.getByTestId('pdf-pane').waitFor();
      await app.screenshot('pdf-import-page-stuck');
      const text = await firstText(app);
      for (const n of [1, 3, 4, 5, 6]) expect(text).toContain(`Page ${n} text here`);
      expect(app.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);
});

describe('a PDF with a page pdf.js cannot read, imported', () => {
  it('imports the other pages and says which one has no text', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    try {
      // Page 2's branch of the page tree holds a string, not a page (tests/fixtures/pdf/SOURCES.md).
      app.queueFiles([await readFixture('pdf/broken-page.pdf')]);
      await page.getByTestId('import').click();
      await page.locator('[data-testid=toast].warning', { hasText: '第 2 页无法提取文字' }).waitFor();
      await page.getByTestId('pdf-pane').waitFor();
      await app.screenshot('pdf-import-page-broken');
      const text = await firstText(app);
      for (const n of [1, 3]) expect(text).toContain(`Page ${n} text here`);
      expect(app.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('refuses a PDF none of whose pages can be read as damaged, and keeps nothing of it', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    try {
      // It opens, but its one page is damaged: it used to be kept as a document with no text and no page.
      app.queueFiles([await readFixture('pdf/poppler-937-0-fuzzed.pdf')]);
      await page.getByTestId('import').click();
      await page
        .locator('[data-testid=toast].error', { hasText: 'PDF 文件已损坏或无法读取' })
        .filter({ hasText: 'poppler-937-0-fuzzed.pdf' })
        .waitFor();
      await app.screenshot('pdf-import-no-page-read');
      const rows = await app.services.dispatch('library.list', undefined);
      expect(rows.ok && rows.value).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
