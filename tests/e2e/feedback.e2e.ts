// What the app says back: a deleted note comes back from its toast (and stays
// back after a reload); a toast stays with the view it was raised in (an
// export's message does not follow the reader to the next report); one
// import is one message; cards name their section's heading; the empty notes
// panel and the find bar are looked at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { closeBrowser, editsSaved, readFixture, RESULTS, startApp } from './harness';
import type { AppHandle } from './harness';
import { selectText } from './select-text';

let app: AppHandle;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.getByTestId('text-pane').waitFor();
  await logToasts();
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  expect(app.pageErrors).toEqual([]);
});

/** Logs every toast shown, in order (info toasts go by themselves, so they are logged as they come). */
async function logToasts(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __toasts: string[] };
    w.__toasts = [];
    const seen = new WeakSet<Element>();
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[data-testid=toast]')) {
        if (seen.has(el)) continue;
        seen.add(el);
        w.__toasts.push(el.querySelector('span')?.textContent ?? '');
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** The sample's id in the library. */
function sampleId(): string {
  return app.services.library.list().find((d) => d.title.includes('衡阳'))?.id ?? '';
}

/** The toasts shown since the last call. */
const shown = () => page.evaluate(() => (window as unknown as { __toasts: string[] }).__toasts.splice(0));
const toasts = () => page.getByTestId('toast').allTextContents();
const cards = () => page.getByTestId('annotation-card');

const select = (quote: string) => selectText(page, quote);

async function openFromLibrary(title: RegExp): Promise<void> {
  await page.getByTestId('library').or(page.getByTestId('reader')).first().waitFor();
  if (await page.getByTestId('reader').count()) await page.getByTestId('back').click();
  await page.getByTestId('doc-row').filter({ hasText: title }).getByTestId('doc-title-link').click();
  await page.getByTestId('text-pane').waitFor();
}

describe('a deleted note', () => {
  let id = '';

  it('names its section by the heading above it', async () => {
    await select('人才雁阵');
    await page.getByTestId('add-note').click();
    await page.getByTestId('note-editor').fill('人才政策：对照去年');
    const card = cards().filter({ hasText: '人才雁阵' });
    await card.getByTestId('tag-input').fill('人才');
    await card.getByTestId('tag-input').press('Enter');
    await card.getByTestId('edit-note').click();
    await card.getByTestId('recolor-green').click();
    expect(await card.getByTestId('card-section').textContent()).toBe('(一) 着力推进创新型城市建设…');
    expect(await card.getByTestId('card-section').getAttribute('title')).toBe(
      '三、2021年工作安排 › (一) 着力推进创新型城市建设，把创新放在首位来坚持和引领',
    );
    id = (await card.getAttribute('data-id')) ?? '';
    await card.screenshot({ path: join(RESULTS, 'feedback-card-heading.png') });
  });

  it('comes back from the undo in its toast, the same note', async () => {
    await editsSaved(page);
    const before = (await app.services.notes.list({ id: sampleId() })).find((a) => a.id === id);
    expect(before).toMatchObject({ color: 'green', note: '人才政策：对照去年', tags: ['人才'] });
    await shown();
    await cards().filter({ hasText: '人才雁阵' }).getByTestId('delete-annotation').click();
    await expect.poll(() => cards().count()).toBe(0);
    const toast = page.getByTestId('toast').filter({ has: page.getByTestId('toast-action') });
    await expect.poll(() => toast.textContent()).toContain('已删除笔记：');
    expect(await toast.getByTestId('toast-action').textContent()).toContain('撤销');
    // Nothing reaches below the window (the outline did, and scrolling a passage into view pushed the bar off).
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    await app.screenshot('feedback-undo-toast');
    // The deletion reaches the disk before the undo: the note must be written again.
    await expect
      .poll(async () => (await app.services.notes.list({ id: sampleId() })).some((a) => a.id === id))
      .toBe(false);
    await toast.getByTestId('toast-action').click();
    await expect.poll(() => cards().count()).toBe(1);
    expect(await cards().first().getAttribute('data-id')).toBe(id);
    expect(await toasts()).toEqual([]);
    await expect
      .poll(async () => (await app.services.notes.list({ id: sampleId() })).find((a) => a.id === id))
      .toEqual(before);
  });

  it('is still there after a reload', async () => {
    await app.reload();
    await logToasts();
    await openFromLibrary(/衡阳/);
    await expect.poll(() => cards().count()).toBe(1);
    const card = cards().first();
    expect(await card.getAttribute('data-id')).toBe(id);
    expect(await card.textContent()).toContain('人才政策：对照去年');
    expect(await card.textContent()).toContain('人才');
    expect(await card.getAttribute('class')).toContain('c-border-green');
  });
});

describe('toasts and views', () => {
  it('drops a document’s messages on the way back to the library', async () => {
    await page.getByTestId('export-markdown').click();
    await expect.poll(toasts).toContainEqual(expect.stringContaining('已导出到'));
    await page.getByTestId('back').click();
    await page.getByTestId('library').waitFor();
    expect((await toasts()).filter((t) => t.includes('已导出到'))).toEqual([]);
  });

  it('drops the export message when another document opens, and says an import once', async () => {
    await openFromLibrary(/衡阳/);
    await page.getByTestId('export-markdown').click();
    await expect.poll(toasts).toEqual([expect.stringContaining('已导出到')]);
    await shown();
    app.queueFiles([await readFixture('hubei-2025.txt')]);
    await page.keyboard.press('Control+o');
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toContain('湖北');
    await expect.poll(toasts).toEqual([expect.stringContaining('已导入《2025年湖北省政府工作报告》')]);
    // Give a second message time to come: none may.
    await page.waitForTimeout(1500);
    expect(await shown()).toEqual(['已导入《2025年湖北省政府工作报告》']);
  });

  it('says an import from the library’s button once, and keeps it as the document opens', async () => {
    await page.getByTestId('back').click();
    await shown();
    app.queueFiles([await readFixture('hubei-2025.docx')]);
    await page.getByTestId('import').click();
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toContain('湖北');
    await expect.poll(toasts).toContainEqual(expect.stringContaining('2025年湖北省政府工作报告'));
    await page.waitForTimeout(1500);
    expect(await shown()).toHaveLength(1);
  });

  it('says a dropped file’s import once', async () => {
    await shown();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      const text = '2024年样例市政府工作报告\n\n一、过去一年的工作\n\n全市地区生产总值增长5%。';
      dt.items.add(new File([text], 'sample-city.txt', { type: 'text/plain' }));
      const target = document.querySelector('.app');
      target?.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByTestId('doc-title').textContent()).toContain('样例市');
    await page.waitForTimeout(1500);
    expect(await shown()).toEqual([expect.stringContaining('已导入《')]);
  });
});

describe('looked at', () => {
  it('the empty notes panel invites to annotate, and the find bar leaves the first line visible', async () => {
    await expect.poll(() => page.locator('.annotations .empty').textContent()).toContain('选中文字即可高亮');
    expect(await page.locator('.annotations').textContent()).not.toMatch(/即将|coming soon/i);
    await page.getByTestId('text-pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').waitFor();
    const bar = await page.getByTestId('find-bar').boundingBox();
    // The bar sits above the document's pane, not over its first line.
    const pane = await page.getByTestId('text-pane').boundingBox();
    expect(bar && pane && bar.y + bar.height <= pane.y).toBe(true);
    await app.screenshot('feedback-empty-notes-find');
  });
});

describe('toasts and the language', () => {
  it('are reworded when the language is switched', async () => {
    await page.getByTestId('library').or(page.getByTestId('reader')).first().waitFor();
    if (await page.getByTestId('reader').count()) await page.getByTestId('back').click();
    app.queueFiles([{ fileName: 'empty.txt', bytes: new Uint8Array() }]);
    await page.getByTestId('import').click();
    const failed = page.locator('[data-testid=toast].error');
    await expect
      .poll(() => failed.allTextContents())
      .toContainEqual(expect.stringContaining('无法导入 empty.txt'));
    await page.getByTestId('toggle-locale').click();
    try {
      await expect
        .poll(() => failed.allTextContents())
        .toContainEqual(expect.stringContaining('Could not import empty.txt'));
      await app.screenshot('toasts-reworded-en');
    } finally {
      await page.getByTestId('toggle-locale').click();
      await page.getByTestId('library').getByText('文库').first().waitFor();
    }
  });
});
