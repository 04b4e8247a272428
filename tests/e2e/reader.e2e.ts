// A user opens ReportLens: the sample report is there, readable, with its
// outline; they import the same report as GB18030 text, PDF, and a .docx
// report, and find a phrase in each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';

const FIRST_PARAGRAPH =
  /^我代表市人民政府，向大会报告政府工作，请连同《衡阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》一并审议，并请各位政协委员和其他列席人员提出意见。$/;

let app: AppHandle;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  expect(app.pageErrors).toEqual([]);
});

async function backToLibrary(): Promise<void> {
  await page.getByTestId('back').click();
  await page.getByTestId('library').waitFor();
}

async function importAndOpen(name: string): Promise<void> {
  app.queueFiles([await readFixture(name)]);
  await page.getByTestId('import').click();
  await page.getByTestId('reader').waitFor();
  await page.getByTestId('doc-title').waitFor();
}

/** The text of the first block that looks like the report's first paragraph. */
async function firstParagraphText(): Promise<string> {
  const p = page.locator('.paragraph', { hasText: '我代表市人民政府' }).first();
  return (await p.textContent()) ?? '';
}

async function findCount(query: string): Promise<string> {
  await page.keyboard.press('Control+f');
  const input = page.getByTestId('find-input');
  await input.fill(query);
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/\d+\/\d+/);
  return (await page.getByTestId('find-count').textContent()) ?? '';
}

async function highlightCount(name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

describe('first run', () => {
  it('opens the sample report with its outline', async () => {
    await page.getByTestId('text-pane').waitFor();
    expect(await page.getByTestId('doc-title').textContent()).toContain('衡阳市人民政府工作报告');
    expect(await firstParagraphText()).toMatch(FIRST_PARAGRAPH);
    const outline = page.getByTestId('outline');
    const top = outline.locator('li.level-1');
    expect(await top.count()).toBe(4);
    expect(await top.nth(0).textContent()).toContain('一、');
    expect(await top.nth(3).textContent()).toContain('四、');
    expect(await outline.locator('li.level-2').count()).toBeGreaterThanOrEqual(15);
    // Paragraph repair: the word broken by a page end is whole again.
    expect(await page.locator('.paragraph', { hasText: '“八大工程”' }).count()).toBe(1);
    await app.screenshot('reader-text');
  });

  it('jumps with the outline and shows where the reader is', async () => {
    const third = page.getByTestId('outline').locator('li.level-1').nth(2);
    await third.locator('button').click();
    await expect.poll(() => third.getAttribute('class')).toContain('current');
    const heading = page.locator('.block', { hasText: /^三、2021年工作安排$/ });
    const box = await heading.boundingBox();
    expect(box && box.y > 0 && box.y < 900).toBe(true);
  });

  it('finds a phrase with Ctrl+F, counts and highlights the matches', async () => {
    const count = await findCount('地区生产总值');
    const total = Number(count.split('/')[1]);
    expect(total).toBeGreaterThan(1);
    expect((await highlightCount('rl-find')) + (await highlightCount('rl-find-current'))).toBe(total);
    const current = Number(count.split('/')[0]);
    await page.getByTestId('find-next').click();
    expect(await page.getByTestId('find-count').textContent()).toBe(`${(current % total) + 1}/${total}`);
    await app.screenshot('reader-find');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('find-bar').count()).toBe(0);
    expect(await highlightCount('rl-find')).toBe(0);
  });
});

describe('importing the same report in other forms', () => {
  it('opens the GB18030 text exactly like the UTF-8 text', async () => {
    await backToLibrary();
    await importAndOpen('hengyang-2021.gb18030.txt');
    expect(await firstParagraphText()).toMatch(FIRST_PARAGRAPH);
    // The outline panel is drawn after the text (a moment later on a loaded machine).
    await expect.poll(() => page.getByTestId('outline').locator('li.level-1').count()).toBe(4);
  });

  it('opens the PDF with text layer, outline and find', async () => {
    await backToLibrary();
    await importAndOpen('hengyang-2021.pdf');
    await page
      .locator('.textLayer span[role=presentation]', { hasText: '我代表市人民政府' })
      .first()
      .waitFor();
    // The outline panel is drawn after the text (a moment later on a loaded machine).
    await expect.poll(() => page.getByTestId('outline').locator('li.level-1').count()).toBe(4);
    const count = await findCount('地区生产总值');
    expect(Number(count.split('/')[1])).toBeGreaterThan(1);
    await expect.poll(() => highlightCount('rl-find-current')).toBeGreaterThan(0);
    await app.screenshot('reader-pdf-find');
    await page.keyboard.press('Escape');
    await page.getByTestId('outline').locator('li.level-1').nth(3).locator('button').click();
    await expect
      .poll(async () => Number(await page.getByTestId('page-number').inputValue()))
      .toBeGreaterThan(10);
    await app.screenshot('reader-pdf');
    // Ctrl+= zooms a PDF (the page grows), where on text it sets the font size.
    const pageWidth = async () => (await page.locator('.pdfViewer .page').first().boundingBox())?.width ?? 0;
    const before = await pageWidth();
    await page.keyboard.press('Control+=');
    await expect.poll(pageWidth).toBeGreaterThan(before * 1.05);
  });

  it('opens a .docx report', async () => {
    await backToLibrary();
    await importAndOpen('hubei-2025.docx');
    expect(await page.getByTestId('doc-title').textContent()).toContain('湖北');
    expect(
      await page.locator('.paragraph', { hasText: '现在，我代表省人民政府向大会报告工作' }).count(),
    ).toBe(1);
    await expect
      .poll(() => page.getByTestId('outline').locator('li.level-1').count())
      .toBeGreaterThanOrEqual(3);
  });

  it('lists every import once, with type and length', async () => {
    await backToLibrary();
    app.queueFiles([await readFixture('hengyang-2021.txt')]);
    await page.getByTestId('import').click();
    await expect.poll(() => page.getByTestId('toast').last().textContent()).toContain('已在文库中');
    // A single import opens the document, also when it was already there.
    await page.getByTestId('reader').waitFor();
    await backToLibrary();
    expect(await page.getByTestId('doc-row').count()).toBe(4);
    await app.screenshot('library');
  });
});
