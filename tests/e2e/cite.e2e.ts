// A journalist copies a quote and an indicator row into his article, each
// with the report's title and, from the PDF, its page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';
import { PDF_SPAN, selectText } from './select-text';

let app: AppHandle;
let page: Page;
/** The sample's title (the text edition writes `2021 年`). */
const TITLE = '2021 ?年湖南省衡阳市人民政府工作报告';

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('text-pane').waitFor();
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  expect(app.pageErrors).toEqual([]);
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

describe('copying with the source', () => {
  it('copies a selected passage as a quote with the report’s title (C, or the toolbar’s button)', async () => {
    await selectText(page, '地方税收收入达 113.87 亿元');
    await page.keyboard.press('c');
    await expect.poll(clipboard).toMatch(new RegExp(`^“地方税收收入达 113\\.87 亿元”（《${TITLE}》）$`));
    await expect.poll(() => page.getByTestId('toast').last().textContent()).toContain('已复制引文');
    // Nothing was marked: copying is not highlighting.
    expect(await page.getByTestId('annotation-card').count()).toBe(0);
  });

  it('copies an indicator row of the PDF with its sentence and page (Ctrl+C in the table)', async () => {
    await page.getByTestId('back').click();
    app.queueFiles([await readFixture('hengyang-2021.pdf')]);
    await page.getByTestId('import').click();
    await page.getByTestId('pdf-pane').waitFor();
    await page.getByTestId('tab-indicators').click();
    const row = page
      .getByTestId('indicator-row')
      .filter({ hasText: '固定资产投资' })
      .filter({ hasText: '9.5%' })
      .first();
    await row.click();
    await page.getByTestId('indicator-detail').waitFor();
    await page.keyboard.press('Control+c');
    await expect
      .poll(clipboard)
      .toMatch(
        new RegExp(
          `^固定资产投资 9\\.5%（实绩，2020）：“[^”]*固定资产投资增长9\\.5%左右[^”]*”（《${TITLE}》，第 [0-9]+ 页）$`,
        ),
      );
    await app.screenshot('cite-indicator-copied');
    // The same from the detail's button, in English.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByTestId('copy-indicator').click();
    await expect.poll(clipboard).toMatch(/^固定资产投资 9\.5%（实绩，2020）：“/);
  });

  it('shows the copy button beside the highlight colours', async () => {
    await page.locator('.textLayer span[role=presentation]').first().waitFor();
    await selectText(page, '全市地区生产总值', PDF_SPAN);
    await expect.poll(() => page.getByTestId('copy-citation').isVisible()).toBe(true);
    await app.screenshot('cite-toolbar');
    await page.getByTestId('copy-citation').click();
    await expect.poll(clipboard).toMatch(new RegExp(`^“全市地区生产总值”（《${TITLE}》，第 [0-9]+ 页）$`));
  });
});
