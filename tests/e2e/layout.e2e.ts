// The reader at home at any window size: at 1024×700 the text keeps a
// readable column (the side panel lies over it instead of squeezing it), at
// 1920 the panel takes the room; panels resize by their splitters (sizes
// remembered), collapse with keys, focus mode hides them; the keys work in
// the page, a sheet lists them; places are remembered per document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';
import { MIN_READING_WIDTH } from '../../src-renderer/src/stores/layout';

let app: AppHandle;
let page: Page;

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
];

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

const box = async (selector: string) => (await page.locator(selector).first().boundingBox()) ?? null;

/** The reading column's width and whether the side panel lies over it. */
async function measure(): Promise<{ center: number; side: number; overlay: boolean }> {
  const center = (await box('main.center'))?.width ?? 0;
  const side = (await box('[data-testid=side-panel]'))?.width ?? 0;
  const overlay = await page
    .locator('[data-testid=side-panel]')
    .evaluate((el) => getComputedStyle(el).position === 'absolute');
  return { center, side, overlay };
}

async function showIndicators(): Promise<void> {
  await page.getByTestId('tab-indicators').click();
  await page.locator('[data-testid=indicator-row]').first().waitFor();
}

async function showNotes(): Promise<void> {
  await page.getByTestId('side-panel').getByRole('tab').first().click();
}

describe('window sizes', () => {
  it('keeps a readable column at every size, with each panel', async () => {
    for (const kind of ['text', 'pdf'] as const) {
      if (kind === 'pdf') {
        app.queueFiles([await readFixture('hengyang-2021.pdf')]);
        await page.getByTestId('back').click();
        await page.getByTestId('import').click();
        await page
          .locator('.page[data-page-number="1"] .textLayer span')
          .first()
          .waitFor({ state: 'attached', timeout: 90_000 })
          .catch(async (err: unknown) => {
            await app.screenshot('layout-debug');
            throw err;
          });
      }
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await showNotes();
        await expect.poll(async () => (await measure()).center).toBeGreaterThanOrEqual(MIN_READING_WIDTH - 1);
        await app.screenshot(`layout-${kind}-${size.width}x${size.height}-notes`);
        await showIndicators();
        const m = await measure();
        expect(m.center).toBeGreaterThanOrEqual(MIN_READING_WIDTH - 1);
        // Narrow: the panel lies over the text; wide: beside it, and wider than at 1400.
        expect(m.overlay).toBe(size.width === 1024);
        if (size.width === 1920) expect(m.side).toBeGreaterThan(500);
        // 1400: the panel takes a good share for the table's columns, beside a readable column.
        if (size.width === 1400) expect(m.side).toBeGreaterThanOrEqual(1400 * 0.36);
        await app.screenshot(`layout-${kind}-${size.width}x${size.height}-indicators`);
      }
    }
    // Without the side panel the outline and the text share the window.
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.keyboard.press('Control+]');
    await expect.poll(() => page.getByTestId('side-panel').isVisible()).toBe(false);
    await app.screenshot('layout-pdf-1024x700-outline');
    await page.keyboard.press('Control+]');
    await expect.poll(() => page.getByTestId('side-panel').isVisible()).toBe(true);
  });

  it('resizes the outline with its splitter and remembers the width', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const before = (await box('[data-testid=outline]'))?.width ?? 0;
    const bar = await box('[data-testid=splitter]');
    if (!bar) throw new Error('no splitter');
    await page.mouse.move(bar.x + bar.width / 2, bar.y + 200);
    await page.mouse.down();
    await page.mouse.move(bar.x + 80, bar.y + 210, { steps: 4 });
    await page.mouse.up();
    await expect
      .poll(async () => (await box('[data-testid=outline]'))?.width ?? 0)
      .toBeGreaterThan(before + 60);
    const after = (await box('[data-testid=outline]'))?.width ?? 0;
    await app.reload();
    await page.getByTestId('library').waitFor();
    await page.getByTestId('recent-doc').first().click();
    await page.getByTestId('outline').waitFor();
    await expect
      .poll(async () => Math.round((await box('[data-testid=outline]'))?.width ?? 0))
      .toBe(Math.round(after));
  });

  it('collapses the outline with Ctrl+[ and hides every panel in focus mode (F11, Esc)', async () => {
    await page.keyboard.press('Control+[');
    await expect.poll(() => page.getByTestId('outline').count()).toBe(0);
    await page.keyboard.press('Control+[');
    await page.getByTestId('outline').waitFor();
    await page.keyboard.press('F11');
    await expect.poll(() => page.getByTestId('outline').count()).toBe(0);
    expect(await page.getByTestId('side-panel').isVisible()).toBe(false);
    await app.screenshot('layout-focus');
    await page.keyboard.press('Escape');
    await page.getByTestId('outline').waitFor();
    expect(await page.getByTestId('side-panel').isVisible()).toBe(true);
  });
});

describe('keys and places', () => {
  it('shows the shortcuts sheet on ? and goes back to the library with Ctrl+L', async () => {
    await page.locator('main.center').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts').waitFor();
    expect(await page.getByTestId('shortcuts').textContent()).toContain('Ctrl+L');
    await app.screenshot('shortcuts-sheet');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('shortcuts').count()).toBe(0);
    await page.keyboard.press('Control+l');
    await page.getByTestId('library').waitFor();
    // The documents just read are offered first.
    expect(await page.getByTestId('recent-doc').count()).toBe(2);
  });

  it('reopens a document where the reader left it', async () => {
    await page.getByTestId('recent-doc').filter({ hasText: /衡阳/ }).last().click();
    await page.getByTestId('reader').waitFor();
    await page.getByTestId('page-number').or(page.getByTestId('text-pane')).first().waitFor();
    const isPdf = (await page.getByTestId('page-number').count()) > 0;
    if (isPdf) {
      await page.getByTestId('page-number').fill('9');
      await page.getByTestId('page-number').press('Enter');
      await expect.poll(() => page.getByTestId('page-number').inputValue()).toBe('9');
    }
    // The place is saved a moment after the reader stops.
    if (isPdf) await expect.poll(() => app.services.reading.get().places[0]?.page).toBe(9);
    else await page.waitForTimeout(1500);
    await app.reload();
    // A reload within the session starts in the library (a new launch reopens the document).
    await page.getByTestId('library').waitFor();
    await page.getByTestId('recent-doc').first().click();
    await page.getByTestId('reader').waitFor();
    if (isPdf) await expect.poll(() => page.getByTestId('page-number').inputValue()).toBe('9');
    await page.getByTestId('back').click();
    await app.reload();
    await page.getByTestId('library').waitFor();
  });
});
