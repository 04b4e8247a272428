// The library as a corpus: import the 23 provincial reports of 2025 as one
// folder, see them grouped by region, search a phrase across all of them and
// open a hit, and chart a phrase over the years. Screenshots in test-results/.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, FIXTURES, startApp } from './harness';
import type { AppHandle } from './harness';

let app: AppHandle;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.getByTestId('text-pane').waitFor();
  await page.keyboard.press('Alt+ArrowLeft');
  await page.getByTestId('library').waitFor();
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  // No CSP violation (ECharts included), no uncaught error.
  expect(app.pageErrors).toEqual([]);
});

describe('the corpus', () => {
  it('imports a folder of 23 reports with one progress bar and a summary', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    app.queueFolder(join(FIXTURES, 'corpus/provinces-2025'));
    await page.getByTestId('import-folder').click();
    await page.getByTestId('import-progress').waitFor();
    await app.screenshot('corpus-import-progress');
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('summary-imported').textContent()).toContain('23');
    expect(await page.getByTestId('summary-refused').textContent()).toContain('0');
    expect(await page.getByTestId('summary-needs-place').count()).toBe(0);
    await app.screenshot('corpus-import-summary');
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    );
    console.log(`longest UI-thread block while importing the folder: ${longest.toFixed(0)} ms`);
    await page.getByTestId('summary-close').click();
    await expect.poll(() => page.getByTestId('doc-row').count()).toBe(24);
  });

  it('importing the same folder again says every report is there already', async () => {
    app.queueFolder(join(FIXTURES, 'corpus/provinces-2025'));
    await page.getByTestId('import-folder').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('summary-duplicate').textContent()).toContain('23');
    expect(await page.getByTestId('summary-imported').textContent()).toContain('0');
    await page.getByTestId('summary-close').click();
    expect(await page.getByTestId('doc-row').count()).toBe(24);
  });

  it('groups and filters the library by region, level and year', async () => {
    await page.getByTestId('group-by').selectOption('level');
    const heads = page.getByTestId('group-head');
    await expect.poll(() => heads.count()).toBe(2);
    expect(await heads.nth(0).textContent()).toContain('省级');
    expect(await heads.nth(0).textContent()).toContain('23');
    expect(await heads.nth(1).textContent()).toContain('地市级');
    await page.getByTestId('group-by').selectOption('region');
    await expect.poll(() => heads.count()).toBe(24);
    expect(await heads.first().textContent()).toContain('北京市');
    await app.screenshot('corpus-library-by-region');
    await page.getByTestId('filter-year').selectOption('2021');
    await expect.poll(() => page.getByTestId('doc-row').count()).toBe(1);
    await page.getByTestId('filter-year').selectOption({ index: 0 });
    await page.getByTestId('filter-region').selectOption('湖南省');
    // The province filter keeps its cities: the Hunan report and Hengyang's.
    await expect.poll(() => page.getByTestId('doc-row').count()).toBe(2);
    await page.getByTestId('filter-region').selectOption('');
    await page.getByTestId('group-by').selectOption('none');
  });

  it('asks for a region it cannot tell, takes the user’s answer and notices two reports of one region and year', async () => {
    // The row's own place in the list: while it is edited its file name is in an input.
    const names = await page.getByTestId('doc-row').allTextContents();
    const row = page.getByTestId('doc-row').nth(names.findIndex((n) => n.includes('hunan-2025.docx')));
    await row.getByTestId('edit').click();
    await row.getByTestId('edit-region').fill('');
    await row.getByTestId('save').click();
    await expect.poll(() => row.getByTestId('needs-place').count()).toBe(1);
    await row.getByTestId('needs-place').click();
    await row.getByTestId('edit-region').fill('北京');
    await row.getByTestId('save').click();
    await expect.poll(() => row.getByTestId('same-region-year').count()).toBe(1);
    expect(await row.getByTestId('same-region-year').textContent()).toContain('2025年北京市政府工作报告');
    await app.screenshot('corpus-library-same-region-year');
    // A third of that region and year: one line says how many, and lists them (each opens) when opened.
    const jilin = page.getByTestId('doc-row').nth(names.findIndex((n) => n.includes('jilin-2025.docx')));
    await jilin.getByTestId('edit').click();
    await jilin.getByTestId('edit-region').fill('北京');
    await jilin.getByTestId('save').click();
    const notice = row.getByTestId('same-region-year');
    await expect.poll(() => notice.textContent()).toContain('与另外 2 份报告地区和年份相同');
    expect(await row.getByTestId('twin').count()).toBe(0);
    await notice.locator('summary').click();
    await expect.poll(() => row.getByTestId('twin').count()).toBe(2);
    await app.screenshot('corpus-library-twins-listed');
    await row.getByTestId('twin').filter({ hasText: 'jilin-2025.docx' }).click();
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toContain('吉林');
    await page.getByTestId('back').click();
    await page.getByTestId('library').waitFor();
    await jilin.getByTestId('edit').click();
    await jilin.getByTestId('edit-region').fill('吉林省');
    await jilin.getByTestId('save').click();
    await expect
      .poll(() => row.getByTestId('same-region-year').textContent())
      .toContain('2025年北京市政府工作报告');
    await row.getByTestId('edit').click();
    await row.getByTestId('edit-region').fill('湖南省');
    await row.getByTestId('save').click();
    await expect.poll(() => row.getByTestId('same-region-year').count()).toBe(0);
    expect(await row.textContent()).toContain('省级');
  });

  it('searches a phrase across the library and opens a hit with find showing it', async () => {
    await page.getByTestId('library-search').fill('新质生产力');
    await page.getByTestId('library-search').press('Enter');
    await page.getByTestId('search-view').waitFor();
    await expect.poll(() => page.getByTestId('search-doc').count()).toBeGreaterThan(15);
    const summary = await page.getByTestId('search-summary').textContent();
    expect(summary).toContain('新质生产力');
    await app.screenshot('corpus-search-results');
    const first = page.getByTestId('search-doc').first();
    const hit = first.getByTestId('search-hit').nth(1);
    const sentence = (await hit.textContent()) ?? '';
    expect(sentence).toContain('新质生产力');
    await hit.click();
    await page.getByTestId('reader').waitFor();
    await page.getByTestId('find-input').waitFor();
    expect(await page.getByTestId('find-input').inputValue()).toBe('新质生产力');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/^2\s*\//);
    await app.screenshot('corpus-search-open-hit');
  });

  it('opens the search anywhere with Ctrl+Shift+F and charts a phrase over time', async () => {
    // Seven national reports (2008-2014) make a line over the years.
    const national = await import('node:fs/promises').then((fs) =>
      fs.readdir(join(FIXTURES, 'corpus/national')),
    );
    expect(national).toHaveLength(7);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+F');
    await page.getByTestId('search-view').waitFor();
    await page.getByTestId('search-back').click();
    app.queueFolder(join(FIXTURES, 'corpus/national'));
    await page.getByTestId('import-folder').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('summary-imported').textContent()).toContain('7');
    await page.getByTestId('summary-close').click();
    await page.keyboard.press('Control+Shift+F');
    await page.getByTestId('search-input').fill('改革');
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('search-doc').count()).toBeGreaterThan(25);
    await page.getByTestId('search-tab-term').click();
    await page.getByTestId('term-canvas').locator('canvas').waitFor();
    expect(await page.getByTestId('term-table').locator('tr').count()).toBe(31);
    await app.screenshot('corpus-term-over-time');
  });
});
