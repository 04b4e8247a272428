// Reading comfort: the reader toolbar's "Reading settings" popover (sepia
// beside light and dark, a sans or serif reading column, line spacing, size),
// kept across a reload; the window itself never scrolls (a jump to an
// indicator or a note once scrolled the body and hid the top bar); and the
// reader in sepia + serif at 1024, 1400 and 1920 px with each panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';

let app: AppHandle;
let page: Page;

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

/** The reading column's computed font family, line height (px) and font size (px), and the page's background. */
const pageStyle = () =>
  page.locator('.text-pane .page').evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      family: s.fontFamily,
      lineHeight: parseFloat(s.lineHeight),
      fontSize: parseFloat(s.fontSize),
      paper: getComputedStyle(el.parentElement as HTMLElement).backgroundColor,
    };
  });

/** Where the top bar is and how far the window (not a pane) has scrolled. */
const windowScroll = () =>
  page.evaluate(() => ({
    bar: document.querySelector('.chrome')?.getBoundingClientRect().top ?? NaN,
    readerBar: document.querySelector('.reader .bar')?.getBoundingClientRect().top ?? NaN,
    body: document.body.scrollTop,
    root: document.documentElement.scrollTop,
  }));

describe('reading settings', () => {
  it('offers sepia, a serif or sans column and line spacing, and keeps them', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const before = await pageStyle();
    await page.getByTestId('reading-settings').click();
    await page.getByTestId('reading-settings-panel').waitFor();
    // The current choices are marked: light, serif, medium spacing.
    expect(await page.getByTestId('theme-light').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('font-serif').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('line-height-1.8').getAttribute('aria-checked')).toBe('true');
    await app.screenshot('comfort-popover-light');

    await page.getByTestId('theme-sepia').click();
    await page.getByTestId('line-height-2.1').click();
    await page.getByTestId('font-sans').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('sepia');
    await expect.poll(async () => (await pageStyle()).family).toContain('PingFang SC');
    const sans = await pageStyle();
    expect(sans.family).toContain('Noto Sans CJK SC');
    expect(sans.lineHeight).toBeCloseTo(sans.fontSize * 2.1, 0);
    // Sepia paper, not the light theme's.
    expect(sans.paper).not.toBe(before.paper);
    expect(sans.paper).toBe('rgb(244, 236, 216)');

    await page.getByTestId('font-serif').click();
    await expect.poll(async () => (await pageStyle()).family).toContain('Songti SC');
    expect((await pageStyle()).family).toContain('Noto Serif CJK SC');
    await page.getByTestId('comfort-larger').click();
    await expect.poll(async () => (await pageStyle()).fontSize).toBe(before.fontSize + 2);
    await app.screenshot('comfort-popover-sepia-serif');

    // Esc closes the popover only.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('reading-settings-panel').count()).toBe(0);
    expect(await page.getByTestId('outline').count()).toBe(1);

    // Saved like the other settings: a reload (settings come back from the main process) keeps them.
    await app.reload();
    await page.getByTestId('library').or(page.getByTestId('text-pane')).first().waitFor();
    if (await page.getByTestId('library').isVisible()) await page.getByTestId('recent-doc').first().click();
    await page.getByTestId('text-pane').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('sepia');
    const after = await pageStyle();
    expect(after.family).toContain('Songti SC');
    expect(after.lineHeight).toBeCloseTo(after.fontSize * 2.1, 0);
    expect(after.fontSize).toBe(before.fontSize + 2);
    await page.getByTestId('reading-settings').click();
    expect(await page.getByTestId('theme-sepia').getAttribute('aria-checked')).toBe('true');
    // A click elsewhere closes it.
    await page.locator('main.center').click({ position: { x: 5, y: 200 } });
    await expect.poll(() => page.getByTestId('reading-settings-panel').count()).toBe(0);
  });

  it('names the choices in English too', async () => {
    await page.getByTestId('toggle-locale').click();
    await page.getByTestId('reading-settings').click();
    const text = (await page.getByTestId('reading-settings-panel').textContent()) ?? '';
    expect(text).toContain('Sepia');
    expect(text).toContain('Serif');
    expect(text).toContain('Line spacing');
    await page.keyboard.press('Escape');
    await page.getByTestId('toggle-locale').click();
    await expect.poll(() => page.getByTestId('reading-settings').textContent()).toBe('阅读设置');
  });
});

describe('the window never scrolls', () => {
  it('keeps the top bar at y = 0 after jumping to the last indicator and to a note', async () => {
    // A short window: the outline overflows, and its current heading follows the jumps.
    await page.setViewportSize({ width: 1400, height: 560 });
    await page.getByTestId('tab-indicators').click();
    await page.locator('[data-testid=indicator-row]').first().waitFor();
    // The table draws only the rows in view: scroll it to the end, then jump to the last row.
    await page
      .locator('[data-testid=side-panel] .scroller')
      .evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(200);
    await page.locator('[data-testid=indicator-row]').last().click();
    await expect
      .poll(() => page.getByTestId('text-pane').evaluate((el) => el.scrollTop))
      .toBeGreaterThan(1000);
    await page.waitForTimeout(300);
    // The outline followed to its last headings...
    await expect
      .poll(() =>
        page
          .locator('[data-testid=outline] li.current')
          .evaluate((li) => Number(li.getAttribute('data-index'))),
      )
      .toBeGreaterThan(10);
    // ...and the window stayed put.
    expect(await windowScroll()).toEqual({ bar: 0, readerBar: expect.any(Number), body: 0, root: 0 });
    await app.screenshot('comfort-jump-indicator');

    // A highlight near the end, then back to the top and a jump to it from its card.
    await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('.text-pane .paragraph')];
      const el = paragraphs.at(-1);
      const node = el?.firstChild;
      if (!node) throw new Error('no paragraph');
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(8, (node as Text).length));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('1');
    await page.getByTestId('side-panel').getByRole('tab').first().click();
    await page.getByTestId('annotation-card').first().waitFor();
    await page.getByTestId('text-pane').evaluate((el) => el.scrollTo({ top: 0 }));
    await page.waitForTimeout(300);
    await page.getByTestId('annotation-card').first().click();
    await expect
      .poll(() => page.getByTestId('text-pane').evaluate((el) => el.scrollTop))
      .toBeGreaterThan(1000);
    await page.waitForTimeout(500);
    expect(await windowScroll()).toEqual({ bar: 0, readerBar: expect.any(Number), body: 0, root: 0 });
    await app.screenshot('comfort-jump-note');
  });
});

describe('screenshots in sepia with the serif column', () => {
  it('reads well at 1024, 1400 and 1920 px with each panel, text and PDF', async () => {
    const sizes = [
      { width: 1024, height: 700 },
      { width: 1400, height: 900 },
      { width: 1920, height: 1080 },
    ];
    for (const kind of ['text', 'pdf'] as const) {
      if (kind === 'pdf') {
        app.queueFiles([await readFixture('hengyang-2021.pdf')]);
        await page.getByTestId('back').click();
        await page.getByTestId('import').click();
        await page
          .locator('.page[data-page-number="1"] .textLayer span')
          .first()
          .waitFor({ state: 'attached', timeout: 90_000 });
      }
      for (const size of sizes) {
        await page.setViewportSize(size);
        await page.getByTestId('side-panel').getByRole('tab').first().click();
        await page.waitForTimeout(300);
        await app.screenshot(`comfort-sepia-${kind}-${size.width}x${size.height}-notes`);
        await page.getByTestId('tab-indicators').click();
        await page.locator('[data-testid=indicator-row]').first().waitFor();
        await page.waitForTimeout(300);
        await app.screenshot(`comfort-sepia-${kind}-${size.width}x${size.height}-indicators`);
      }
    }
    // The PDF pane's chrome and pages follow the sepia theme.
    const desk = await page.getByTestId('pdf-pane').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(desk).toBe('rgb(221, 208, 176)');
    expect(
      await page
        .locator('.pdfViewer .page')
        .first()
        .evaluate((el) => getComputedStyle(el).filter),
    ).toContain('sepia');
    await page.getByTestId('reading-settings').click();
    await app.screenshot('comfort-popover-pdf');
    await page.keyboard.press('Escape');
  });
});
