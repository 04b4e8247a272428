// A reader marks passages in the text and the PDF edition of the sample,
// writes a note with a tag, reloads, filters, undoes a delete, moves the notes
// to the other edition and exports them as Markdown.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, readFixture, ROOT, startApp, docRow, editsSaved } from './harness';
import type { AppHandle } from './harness';
import { PARAGRAPH, PDF_SPAN, selectText } from './select-text';

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

/** Selects `quote` in the document as a user's mouse would, inside one text node. */
const select = (quote: string, container: typeof PARAGRAPH | typeof PDF_SPAN) =>
  selectText(page, quote, container);

/** The text each range of a named highlight covers. */
async function highlighted(name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

const cards = () => page.getByTestId('annotation-card');

describe('annotating the text edition', () => {
  it('highlights a passage in green with a key and shows its card', async () => {
    await select('地方税收收入达 113.87 亿元', PARAGRAPH);
    await page.keyboard.press('2');
    await expect.poll(() => highlighted('rl-highlight-green')).toEqual(['地方税收收入达 113.87 亿元']);
    await expect.poll(() => cards().count()).toBe(1);
    expect(await cards().first().textContent()).toContain('地方税收收入达 113.87 亿元');
    expect(await cards().first().getByTestId('card-section').textContent()).toBe(
      '一、“十三五”时期及 2020 年工作回顾',
    );
  });

  it('adds a note with a tag from the toolbar, and recolours it', async () => {
    await select('全市地区生产总值增长4.3%左右', PARAGRAPH);
    await page.getByTestId('add-note').click();
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    await editor.fill('**偏低**：受疫情影响，对比[统计公报](https://example.com)');
    const card = cards().filter({ hasText: '全市地区生产总值增长4.3%左右' });
    await card.getByTestId('tag-input').fill('经济');
    await card.getByTestId('tag-input').press('Enter');
    await card.getByTestId('edit-note').click();
    await expect.poll(() => card.getByTestId('note').innerHTML()).toContain('<strong>偏低</strong>');
    expect(await card.getByTestId('card-section').textContent()).toBe('一、“十三五”时期及 2020 年工作回顾');
    // A note takes the last colour used; the card recolours it.
    await card.getByTestId('recolor-yellow').click();
    await expect.poll(() => highlighted('rl-highlight-yellow')).toEqual(['全市地区生产总值增长4.3%左右']);
    await app.screenshot('annotations-text');
  });

  it('shows the note when hovering its highlight, and selects the card on click', async () => {
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('rl-highlight-yellow') ?? [])][0] as Range | undefined;
      const b = r?.getBoundingClientRect();
      return b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0);
    // Shown once the pointer rests (a moment, as a native tooltip), beside the pointer.
    await expect
      .poll(() => page.getByTestId('note-tooltip').textContent(), { timeout: 5000 })
      .toContain('偏低');
    // The note as it reads, not its Markdown.
    expect(await page.getByTestId('note-tooltip').textContent()).not.toContain('**');
    const tip = await page.getByTestId('note-tooltip').boundingBox();
    expect(tip?.x).toBeGreaterThan(box?.x ?? 0);
    expect(tip?.x).toBeLessThan((box?.x ?? 0) + 40);
    expect(tip?.y).toBeGreaterThan(box?.y ?? 0);
    expect(tip?.y).toBeLessThan((box?.y ?? 0) + 40);
    await app.screenshot('annotations-tooltip');
    await page.mouse.click(box?.x ?? 0, box?.y ?? 0);
    await expect
      .poll(() => page.locator('[data-testid=annotation-card].selected').textContent())
      .toContain('偏低');
  });

  it('keeps both after a reload, at the same place', async () => {
    await editsSaved(page);
    await app.reload();
    await page.getByTestId('library').or(page.getByTestId('reader')).first().waitFor();
    if (await page.getByTestId('library').count()) await page.getByTestId('doc-title-link').first().click();
    await page.getByTestId('text-pane').waitFor();
    await expect.poll(() => cards().count()).toBe(2);
    expect(await highlighted('rl-highlight-green')).toEqual(['地方税收收入达 113.87 亿元']);
    expect(await highlighted('rl-highlight-yellow')).toEqual(['全市地区生产总值增长4.3%左右']);
  });

  it('filters by tag', async () => {
    await page.getByTestId('filter-tag').filter({ hasText: '#经济' }).click();
    await expect.poll(() => cards().count()).toBe(1);
    expect(await cards().first().textContent()).toContain('偏低');
    await page.getByTestId('filter-tag').filter({ hasText: '#经济' }).click();
    await expect.poll(() => cards().count()).toBe(2);
  });

  it('undoes and redoes a delete', async () => {
    await cards().first().getByTestId('delete-annotation').click();
    await expect.poll(() => cards().count()).toBe(1);
    expect(await highlighted('rl-highlight-green')).toEqual([]);
    await page.locator('.text-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards().count()).toBe(2);
    expect(await highlighted('rl-highlight-green')).toEqual(['地方税收收入达 113.87 亿元']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => cards().count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards().count()).toBe(2);
  });

  it('exports the notes as Markdown', async () => {
    await page.getByTestId('export-markdown').click();
    await expect.poll(() => app.savedFiles.length).toBe(1);
    const saved = app.savedFiles[0];
    expect(saved?.name).toMatch(/\.md$/);
    const expectedFile = join(ROOT, 'tests/e2e/expected/hengyang-notes.md');
    // UPDATE_EXPECTED=1 rewrites the expected file; review its diff before committing it.
    if (process.env['UPDATE_EXPECTED']) await writeFile(expectedFile, saved?.text ?? '');
    const expected = await readFile(expectedFile, 'utf8');
    expect(saved?.text).toBe(expected);
  });
});

describe('annotating the PDF edition', () => {
  it('moves the notes from the text edition and places them on the same words', async () => {
    await page.getByTestId('back').click();
    app.queueFiles([await readFixture('hengyang-2021.pdf')]);
    await page.getByTestId('import').click();
    await page.getByTestId('pdf-pane').waitFor();
    await page.locator(PDF_SPAN).first().waitFor();
    await page.getByTestId('copy-source').selectOption({ index: 1 });
    await expect.poll(() => cards().count()).toBe(2);
    expect(await page.getByTestId('orphan').count()).toBe(0);
    expect(await cards().first().getByTestId('card-page').textContent()).toMatch(/第 [12] 页/);
    await cards().first().click();
    const strip = (s: string[]) => s.join('').replace(/\s/g, '');
    await expect
      .poll(async () => strip(await highlighted('rl-highlight-green')))
      .toBe('地方税收收入达113.87亿元');
  });

  it('highlights in the PDF text layer and keeps it after a reload', async () => {
    await select('固定资产投资', PDF_SPAN);
    await page.keyboard.press('3');
    await expect.poll(async () => (await highlighted('rl-highlight-blue')).join('')).toBe('固定资产投资');
    await app.screenshot('annotations-pdf');
    // Zooming redraws the text layer: the highlight follows it.
    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-in').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const r = [...(CSS.highlights.get('rl-highlight-blue') ?? [])][0] as Range | undefined;
          return r?.startContainer.isConnected === true && r.getBoundingClientRect().width > 0;
        }),
      )
      .toBe(true);
    await editsSaved(page);
    await app.reload();
    await page.getByTestId('library').or(page.getByTestId('reader')).first().waitFor();
    if (await page.getByTestId('library').count()) {
      await docRow(page, 'hengyang-2021.pdf').getByTestId('open').click();
    }
    await page.getByTestId('pdf-pane').waitFor();
    await expect.poll(() => cards().count()).toBe(3);
    await cards().filter({ hasText: '固定资产投资' }).first().click();
    await expect.poll(async () => (await highlighted('rl-highlight-blue')).join('')).toBe('固定资产投资');
  });

  it('keeps a note about the whole document, first in the list', async () => {
    await page.getByTestId('add-document-note').click();
    await page.getByTestId('note-editor').fill('与 2020 年报告对照阅读');
    await page.getByTestId('note-editor').press('Escape');
    await expect.poll(() => cards().first().textContent()).toContain('文档笔记');
    expect(await cards().first().textContent()).toContain('与 2020 年报告对照阅读');
    expect(await cards().count()).toBe(4);
  });
});
