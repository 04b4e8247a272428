// An analyst imports the national reports 2008-2014, checks the promises of
// each year against the next year's report, filters the combined table to the
// targets of 2013 and exports it as a workbook, and charts GDP growth.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';

let app: AppHandle;
let page: Page;
const YEARS = [2008, 2009, 2010, 2011, 2012, 2013, 2014];

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

const pairRow = (indicator: string, year: number) =>
  page
    .getByTestId('pair-row')
    .filter({ has: page.locator('td.name', { hasText: new RegExp(`^${indicator}$`) }) })
    .filter({ has: page.locator('td', { hasText: new RegExp(`^${year}$`) }) });

describe('the corpus view', () => {
  it('imports the national reports 2008-2014', async () => {
    app.queueFiles(await Promise.all(YEARS.map((y) => readFixture(`corpus/national/national-${y}.txt`))));
    await page.getByTestId('import').click();
    await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 60_000 }).toBe(7);
  });

  it('pairs each year’s targets with the next report’s results', async () => {
    await page.getByTestId('open-corpus').click();
    await page.getByTestId('corpus').waitFor();
    await expect
      .poll(() => page.getByTestId('corpus-count').textContent(), { timeout: 60_000 })
      .toContain('7');
    await page.getByTestId('corpus-tab-promises').click();
    await expect.poll(() => page.getByTestId('pair-row').count(), { timeout: 30_000 }).toBeGreaterThan(20);
    expect(await page.getByTestId('pair-region').inputValue()).toBe('中国');
    const gdp = pairRow('国内生产总值增长', 2013);
    expect(await gdp.count()).toBe(1);
    expect(await gdp.getByTestId('pair-verdict').textContent()).toBe('完成');
    expect(await gdp.textContent()).toContain('7.5% 左右');
    expect(await gdp.textContent()).toContain('7.7％');
    const cpi = pairRow('居民消费价格涨幅', 2008);
    expect(await cpi.getByTestId('pair-verdict').textContent()).toBe('未报告');
    expect(await page.getByTestId('verdict-rules').textContent()).toContain('±0.5');
    expect(await page.getByTestId('verdict-rules').textContent()).toContain('|实际 − 目标| ≤ 容差');
    expect(await page.getByTestId('pair-unplaced').count()).toBe(0);
    await app.screenshot('corpus-promises');
  });

  it('opens the outcome’s sentence in its report, and comes back', async () => {
    await pairRow('国内生产总值增长', 2013).getByTestId('pair-outcome-quote').click();
    await page.getByTestId('reader').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('rl-flash') ?? [])].map((r) => (r as Range).toString()).join(''),
        ),
      )
      .toContain('7.7');
    await app.screenshot('corpus-open-outcome');
    await page.getByTestId('back').click();
    await page.getByTestId('corpus').waitFor();
  });

  it('links two names by hand and keeps the link', async () => {
    await page.getByTestId('corpus-tab-promises').click();
    await page.getByTestId('pair-all').check();
    await page.getByTestId('link-a').fill('中央财政拟安排资金');
    await page.getByTestId('link-b').fill('中央财政拟投入资金');
    await page.getByTestId('link-add').click();
    await expect
      .poll(() => page.getByTestId('name-links').textContent())
      .toContain('中央财政拟安排资金 = 中央财政拟投入资金');
    await page.getByTestId('pair-all').uncheck();
  });

  it('unlinks two names the rules joined, and both choices survive a restart of the window', async () => {
    const joined = page
      .getByTestId('pair-row')
      .filter({ has: page.getByTestId('pair-unlink') })
      .first();
    const indicator = (await joined.locator('td.name').textContent())?.trim() ?? '';
    const year = (await joined.locator('td').nth(1).textContent())?.trim() ?? '';
    const before = await pairRow(indicator, Number(year)).count();
    await joined.getByTestId('pair-unlink').click();
    await expect.poll(() => page.getByTestId('name-links').textContent()).toContain('≠');
    // Parted: the target and the outcome are no longer one row.
    await expect.poll(() => pairRow(indicator, Number(year)).getByTestId('pair-unlink').count()).toBe(0);
    await app.screenshot('corpus-promises-unlinked');
    await app.reload();
    await page.getByTestId('library').waitFor();
    await page.getByTestId('open-corpus').click();
    await page.getByTestId('corpus-tab-promises').click();
    await expect.poll(() => page.getByTestId('pair-row').count()).toBeGreaterThan(20);
    const kept = (await page.getByTestId('name-links').textContent()) ?? '';
    expect(kept).toContain('中央财政拟安排资金 = 中央财政拟投入资金');
    expect(kept).toContain('≠');
    await page.getByTestId('unlink-remove').click();
    await expect.poll(() => page.getByTestId('name-links').textContent()).not.toContain('≠');
    await expect.poll(() => pairRow(indicator, Number(year)).count()).toBe(before);
  });

  it('filters the combined table to the targets of 2013 and exports them as XLSX', async () => {
    await page.getByTestId('corpus-tab-table').click();
    await expect.poll(() => page.getByTestId('ct-row').count()).toBeGreaterThan(10);
    await page.getByTestId('ct-status').selectOption('target');
    await page.getByTestId('ct-year').selectOption('2013');
    const count = await page.getByTestId('ct-count').textContent();
    const shown = Number(/^(\d+)/.exec(count?.trim() ?? '')?.[1]);
    expect(shown).toBeGreaterThan(10);
    const cells = await page
      .getByTestId('ct-row')
      .evaluateAll((els) =>
        els.map((e) => [e.querySelector('.year')?.textContent, e.querySelector('.status')?.textContent]),
      );
    expect(new Set(cells.map((c) => c.join('|')))).toEqual(new Set(['2013|目标']));
    await page.getByTestId('ct-sort-value').click();
    await app.screenshot('corpus-table-targets-2013');
    await page.getByTestId('ct-export-xlsx').click();
    await expect.poll(() => app.savedBinaries.length).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(app.savedBinaries[0]?.path ?? '');
    const ws = wb.worksheets[0];
    expect(ws?.rowCount).toBe(shown + 1);
    expect(ws?.getCell('A1').value).toBe('报告');
    expect(ws?.getCell('F1').value).toBe('数值');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const found: unknown[][] = [];
    ws?.eachRow((row, n) => {
      if (n > 1 && row.getCell(4).value === '国内生产总值增长')
        found.push([row.getCell(3).value, row.getCell(6).value, row.getCell(11).value]);
    });
    expect(found).toContainEqual([2013, 7.5, 'target']);
    await page.getByTestId('ct-export-csv').click();
    await expect.poll(() => app.savedFiles.length).toBe(1);
    const csv = app.savedFiles[0]?.text ?? '';
    expect(csv.startsWith('\ufeffreport,region,year,indicator,name,value')).toBe(true);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(shown + 1);
  });

  it('opens a row of the combined table at its sentence', async () => {
    const row = page.getByTestId('ct-row').first();
    const sentence = (await row.locator('.sentence').textContent()) ?? '';
    await row.click();
    await page.getByTestId('reader').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('rl-flash') ?? [])].map((r) => (r as Range).toString()).join(''),
        ),
      )
      .not.toBe('');
    const flashed = await page.evaluate(() =>
      [...(CSS.highlights.get('rl-flash') ?? [])].map((r) => (r as Range).toString()).join(''),
    );
    expect(sentence).toContain(flashed.replace(/\s+/g, ''));
    await page.getByTestId('back').click();
    await page.getByTestId('corpus').waitFor();
  });

  it('charts GDP growth across the years, targets and results apart', async () => {
    await page.getByTestId('corpus-tab-across').click();
    await page.getByTestId('across-indicator').selectOption('gdp-growth');
    await expect.poll(() => page.getByTestId('across-row').count()).toBeGreaterThan(8);
    const rows = await page.getByTestId('across-row').allTextContents();
    expect(rows.some((r) => r.includes('2013') && r.includes('目标') && r.includes('7.5'))).toBe(true);
    expect(rows.some((r) => r.includes('2013') && r.includes('实绩') && r.includes('7.7'))).toBe(true);
    await expect.poll(() => page.locator('[data-testid=across-chart] canvas').count()).toBeGreaterThan(0);
    await app.screenshot('corpus-across-lines');
    await page.getByTestId('across-mode').selectOption('bars');
    await page.getByTestId('across-year').selectOption('2013');
    await app.screenshot('corpus-across-bars');
  });
});
