// The 23 provincial reports of 2025, imported at once: one indicator (GDP
// growth) across the provinces as bars, the 2025 targets beside the 2024 results.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';

const DIR = resolve(import.meta.dirname, '../fixtures/corpus/provinces-2025');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.docx'));
let app: AppHandle;
let page: Page;

beforeAll(async () => {
  app = await startApp({ seed: false });
  page = app.page;
  await page.getByTestId('library').waitFor();
}, 90_000);

afterAll(async () => {
  await app.close();
  await closeBrowser();
  expect(app.pageErrors).toEqual([]);
});

describe('one indicator across the provinces', () => {
  it('imports the 23 provincial reports', async () => {
    app.queueFiles(await Promise.all(FILES.map((f) => readFixture(join('corpus/provinces-2025', f)))));
    await page.getByTestId('import').click();
    await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 120_000 }).toBe(23);
  }, 150_000);

  it('charts the 2025 GDP growth targets of every province as bars', async () => {
    await page.getByTestId('open-corpus').click();
    await expect
      .poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 120_000 })
      .toContain('23');
    await page.getByTestId('corpus-tab-across').click();
    await page.getByTestId('across-indicator').selectOption('gdp-growth');
    await page.getByTestId('across-mode').selectOption('bars');
    await page.getByTestId('across-year').selectOption('2025');
    await expect.poll(() => page.getByTestId('across-row').count()).toBe(23);
    const rows = await page.getByTestId('across-row').allTextContents();
    expect(rows.every((r) => r.includes('2025') && r.includes('目标'))).toBe(true);
    expect(rows.find((r) => r.startsWith('西藏自治区'))).toContain('7%');
    expect(rows.find((r) => r.startsWith('青海省'))).toContain('4.5%');
    // A chart, not only a table: ECharts draws it on a canvas of the panel's width.
    const canvas = page.locator('[data-testid=across-chart] canvas').first();
    await canvas.waitFor();
    expect((await canvas.boundingBox())?.width).toBeGreaterThan(300);
    await app.screenshot('corpus-provinces-gdp-2025');
    // No province has two consecutive reports here: the promises tab says so.
    await page.getByTestId('corpus-tab-promises').click();
    expect(await page.getByTestId('promises').textContent()).toContain('相邻年份');
  }, 150_000);
});
