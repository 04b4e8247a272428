// The library as a user keeps it: edit what was guessed, delete with a
// confirmation, switch language and theme; all of it survives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp, docRow } from './harness';
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
  expect(app.pageErrors).toEqual([]);
});

describe('the library', () => {
  it('shows the guessed title, region and year, and saves edits', async () => {
    const row = page.getByTestId('doc-row').first();
    await expect.poll(() => row.textContent()).toContain('衡阳市');
    expect(await row.textContent()).toContain('2021');
    await row.getByTestId('edit').click();
    await row.getByTestId('edit-title').fill('衡阳 2021 政府工作报告（批注本）');
    await row.getByTestId('save').click();
    await expect.poll(() => row.textContent()).toContain('衡阳 2021 政府工作报告（批注本）');
    await app.reload();
    await page.getByTestId('library').waitFor();
    expect(await page.getByTestId('doc-row').first().textContent()).toContain(
      '衡阳 2021 政府工作报告（批注本）',
    );
  });

  it('deletes a document only after confirmation', async () => {
    app.queueFiles([await readFixture('hubei-2025.txt')]);
    await page.getByTestId('import').click();
    await page.getByTestId('reader').waitFor();
    await page.getByTestId('back').click();
    expect(await page.getByTestId('doc-row').count()).toBe(2);
    const hubei = docRow(page, 'hubei-2025.txt');
    await hubei.getByTestId('delete').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await app.screenshot('library-confirm-delete');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('confirm-dialog').count()).toBe(0);
    expect(await page.getByTestId('doc-row').count()).toBe(2);
    await hubei.getByTestId('delete').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('doc-row').count()).toBe(1);
  });

  it('switches to English and dark, and keeps both', async () => {
    await page.getByTestId('toggle-locale').click();
    await page.getByTestId('toggle-theme').click();
    await expect.poll(() => page.getByTestId('import').textContent()).toContain('Import');
    await app.reload();
    await page.getByTestId('library').waitFor();
    expect(await page.getByTestId('import').textContent()).toContain('Import');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByTestId('doc-title-link').first().click();
    await page.getByTestId('text-pane').waitFor();
    const size = async () =>
      page.locator('.text-pane article').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.keyboard.press('Control+=');
    await expect.poll(size).toBeGreaterThan(before);
    await app.screenshot('reader-dark-en');
    await page.keyboard.press('Control+-');
    await expect.poll(size).toBe(before);
  });
});
