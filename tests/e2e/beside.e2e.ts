// The analyst opens last year's report beside this year's: she reads the
// national report of 2013, opens 2014 beside it from the reader, chooses
// `二、` in one outline and is offered the other report's `二、`; with the
// panes linked, a heading chosen in one moves the other at once. A PDF can be
// the second report too. At 1400 px the side panel steps aside for the two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp, docRow } from './harness';
import type { AppHandle } from './harness';
import { selectText } from './select-text';

let app: AppHandle;
let page: Page;

const MAIN = 'main.center';
const BESIDE = '[data-testid=beside-pane]';

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

/** How far below the top of a pane's text view the heading starting with `prefix` is (px), or null. */
function headingTop(pane: string, prefix: string): Promise<number | null> {
  return page.evaluate(
    ([sel, p]) => {
      const box = document.querySelector(`${sel} [data-testid=text-pane]`);
      const h = [...(box?.querySelectorAll('.heading') ?? [])].find((e) =>
        e.textContent?.trim().startsWith(p),
      );
      if (!box || !h) return null;
      return Math.round(h.getBoundingClientRect().top - box.getBoundingClientRect().top);
    },
    [pane, prefix] as const,
  );
}

/** The outline item marked as where the pane is ('' above the first heading). */
const currentHeading = (outline: string) =>
  page.evaluate(
    (o) => document.querySelector(`[data-testid=${o}] li.current`)?.textContent?.trim() ?? '',
    outline,
  );
const heading = (outline: string, prefix: string) =>
  page.locator(`[data-testid=${outline}] button`, { hasText: new RegExp(`^${prefix}`) });

/** Selects `quote` in a paragraph of a pane, as a reader's drag would. */
const selectIn = (pane: string, quote: string) =>
  selectText(page, quote, `${pane} .paragraph`, { scroll: false });

/** The text each range of a named CSS highlight covers. */
function highlighted(name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);
}

async function openFromLibrary(fileName: string): Promise<void> {
  await docRow(page, fileName).dblclick();
  await page.getByTestId('reader').waitFor();
  await expect.poll(() => page.locator(`${MAIN} .heading`).count()).toBeGreaterThan(2);
}

describe('two national reports side by side', () => {
  it('imports the national reports 2012-2014 and opens 2013', async () => {
    app.queueFiles(
      await Promise.all([2012, 2013, 2014].map((y) => readFixture(`corpus/national/national-${y}.txt`))),
    );
    await page.getByTestId('import').click();
    await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 60_000 }).toBe(3);
    // A highlight in 2014, to be seen in the second pane later.
    await openFromLibrary('national-2014.txt');
    await selectIn(MAIN, '国内生产总值增长7.5%左右');
    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('annotation-card').count()).toBe(1);
    await page.getByTestId('back').click();
    await openFromLibrary('national-2013.txt');
    expect(await page.getByTestId('toggle-side').getAttribute('aria-pressed')).toBe('true');
    await selectIn(MAIN, '51.9万亿元');
    await page.keyboard.press('2');
    await expect.poll(() => highlighted('rl-highlight-green')).toEqual(['51.9万亿元']);
  });

  it('offers the same region’s previous and next year first', async () => {
    await page.getByTestId('beside-toggle').click();
    await page.getByTestId('beside-picker').waitFor();
    const choices = page.getByTestId('beside-choice');
    await expect.poll(() => choices.count()).toBe(2);
    expect(await choices.nth(0).textContent()).toContain('2012');
    expect(await choices.nth(0).textContent()).toContain('上一年');
    expect(await choices.nth(1).textContent()).toContain('2014');
    expect(await choices.nth(1).textContent()).toContain('下一年');
    await app.screenshot('beside-picker-1400x900');
  });

  it('opens 2014 beside 2013, each with its outline, the side panel stepping aside at 1400 px', async () => {
    await page.getByTestId('beside-choice').filter({ hasText: '2014' }).click();
    await page.getByTestId('beside-pane').waitFor();
    await expect.poll(() => page.locator(`${BESIDE} .heading`).count()).toBeGreaterThan(2);
    expect(await page.getByTestId('beside-picker').count()).toBe(0);
    expect(await page.getByTestId('beside-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await heading('outline', '二、').count()).toBe(1);
    expect(await heading('beside-outline', '二、').textContent()).toContain('2014年工作总体部署');
    // Two columns of text, neither under a panel: the side panel is put away, not laid over them.
    expect(await page.getByTestId('toggle-side').getAttribute('aria-pressed')).toBe('false');
    const main = await page.locator(`${MAIN} [data-testid=text-pane]`).boundingBox();
    const other = await page.locator(`${BESIDE} [data-testid=text-pane]`).boundingBox();
    expect(main?.width).toBeGreaterThanOrEqual(380);
    expect(other?.width).toBeGreaterThanOrEqual(380);
    expect((main?.x ?? 0) + (main?.width ?? 0)).toBeLessThanOrEqual(other?.x ?? 0);
    expect((other?.x ?? 0) + (other?.width ?? 0)).toBeLessThanOrEqual(1400);
    // The second report's notes are drawn there, and the first report's stay drawn.
    await expect.poll(() => highlighted('rl-highlight-blue')).toEqual(['国内生产总值增长7.5%左右']);
    expect(await highlighted('rl-highlight-green')).toEqual(['51.9万亿元']);
    // Reading only: a selection in the second report brings no toolbar.
    await page.evaluate(() => {
      const p = document.querySelector('[data-testid=beside-pane] .paragraph');
      const range = document.createRange();
      range.selectNodeContents(p as Node);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    // After the toolbar's own setTimeout(0) and the render that follows it.
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 0)));
    expect(await page.getByTestId('selection-toolbar').isVisible()).toBe(false);
    await page.evaluate(() => getSelection()?.removeAllRanges());
  });

  it('clicking 二、 in the first outline offers the second report’s 二、, and going there scrolls it', async () => {
    await heading('outline', '二、').click();
    await expect.poll(() => currentHeading('outline')).toMatch(/^二、/);
    const offer = page.getByTestId('section-offer-beside');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('二、2014年工作总体部署');
    expect(await offer.textContent()).toContain('编号相同');
    // Not modal: the second report has not moved yet.
    expect(await currentHeading('beside-outline')).not.toMatch(/^二、/);
    await app.screenshot('beside-offer-1400x900');
    await page.getByTestId('section-offer-go-beside').click();
    await expect.poll(() => currentHeading('beside-outline')).toMatch(/^二、2014年工作总体部署/);
    await expect.poll(() => headingTop(BESIDE, '二、')).toBeGreaterThanOrEqual(0);
    expect(await headingTop(BESIDE, '二、')).toBeLessThan(80);
    expect(await page.getByTestId('section-offer-beside').count()).toBe(0);
    await app.screenshot('beside-national-2013-2014-1400x900');
  });

  it('linked, a heading chosen in the second outline moves the first at once', async () => {
    await page.getByTestId('beside-follow').check();
    await heading('beside-outline', '一、').click();
    await expect.poll(() => currentHeading('outline')).toMatch(/^一、/);
    await expect.poll(() => headingTop(MAIN, '一、')).toBeLessThan(80);
    expect(await page.getByTestId('section-offer-main').count()).toBe(0);
    await heading('beside-outline', '三、').click();
    await expect.poll(() => currentHeading('outline')).toMatch(/^三、/);
    await page.getByTestId('beside-follow').uncheck();
  });

  it('lays out at 1920×1080 with the side panel beside both', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    // Reopened at this width, the side panel has room beside both reports.
    await page.keyboard.press('Control+\\');
    await expect.poll(() => page.getByTestId('beside-pane').count()).toBe(0);
    expect(await page.getByTestId('toggle-side').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+\\');
    await page.getByTestId('beside-picker').waitFor();
    await page.getByTestId('beside-filter').fill('2014');
    await page.keyboard.press('Enter');
    await page.getByTestId('beside-pane').waitFor();
    await expect.poll(() => page.getByTestId('beside-title').textContent()).toContain('政府工作报告');
    expect(await page.getByTestId('toggle-side').getAttribute('aria-pressed')).toBe('true');
    // The second report opens at the section the first is in (三、 or, after the reflow, a part of it).
    const here = /^[^、）)]+[、）)]/.exec(await currentHeading('outline'))?.[0] ?? '?';
    expect(['三、', '（一）']).toContain(here);
    await expect
      .poll(() => currentHeading('beside-outline'))
      .toMatch(new RegExp(`^${here.replace(/[()]/g, '\\$&')}`));
    const other = await page.locator(`${BESIDE} [data-testid=text-pane]`).boundingBox();
    const side = await page.locator('.right').boundingBox();
    expect((other?.x ?? 0) + (other?.width ?? 0)).toBeLessThanOrEqual((side?.x ?? 0) + 1);
    await app.screenshot('beside-national-1920x1080');
    // In English too.
    await page.getByTestId('toggle-locale').click();
    await expect.poll(() => page.getByTestId('beside-toggle').textContent()).toContain('Side by side');
    expect(await page.getByTestId('beside-follow').locator('..').textContent()).toContain('Linked');
    await heading('outline', '一、').click();
    await expect.poll(() => page.getByTestId('section-offer-beside').textContent()).toContain('Matching');
    await app.screenshot('beside-national-1920x1080-en');
    await page.getByTestId('toggle-locale').click();
  });

  it('closing the second report returns to one pane', async () => {
    await page.getByTestId('beside-close').click();
    await expect.poll(() => page.getByTestId('beside-pane').count()).toBe(0);
    expect(await page.getByTestId('text-pane').count()).toBe(1);
    expect(await page.evaluate(() => CSS.highlights.has('rl-highlight-blue'))).toBe(false);
    expect(await highlighted('rl-highlight-green')).toEqual(['51.9万亿元']);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('lists the shortcut on the shortcuts sheet', async () => {
    await page.getByTestId('show-shortcuts').click();
    expect(await page.getByTestId('shortcuts').textContent()).toContain('对照阅读');
    await page.getByTestId('shortcuts-close').click();
  });
});

describe('a PDF beside a text', () => {
  it('opens the PDF edition beside the text edition and follows a section into it', async () => {
    await page.getByTestId('back').click();
    app.queueFiles([await readFixture('hengyang-2021.txt'), await readFixture('hengyang-2021.pdf')]);
    await page.getByTestId('import').click();
    await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 60_000 }).toBe(5);
    await openFromLibrary('hengyang-2021.txt');
    await page.getByTestId('beside-toggle').click();
    await page.getByTestId('beside-filter').fill('pdf');
    await page.getByTestId('beside-choice').first().click();
    await expect
      .poll(() => page.locator(`${BESIDE} .textLayer span`).count(), { timeout: 30_000 })
      .toBeGreaterThan(10);
    await page.getByTestId('beside-follow').check();
    await heading('outline', '三、').click();
    await expect.poll(() => currentHeading('beside-outline')).toMatch(/^三、/);
    const pageNo = Number(await page.locator(`${BESIDE} [data-testid=page-number]`).inputValue());
    expect(pageNo).toBeGreaterThan(1);
    await app.screenshot('beside-text-pdf-1400x900');
    await page.getByTestId('beside-follow').uncheck();
  });
});
