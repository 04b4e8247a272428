// A reportlens:// link from the cited Markdown export opens the passage (the
// link goes through the same handler the Electron glue calls); the library
// is backed up, wiped and restored with its notes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { restoreBackupFile, writeBackup } from '../../src-main/services/interop/backup';
import { resolveLink } from '../../src-main/services/interop/open-link';
import { closeBrowser, startApp } from './harness';
import type { AppHandle } from './harness';

let app: AppHandle;
let page: Page;
let dir: string;
const QUOTE = '追求卓越、攻坚克难、永不言弃';

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  dir = await mkdtemp(join(tmpdir(), 'rl-e2e-links-'));
  await page.getByTestId('text-pane').waitFor();
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  await rm(dir, { recursive: true, force: true });
  expect(app.pageErrors).toEqual([]);
});

/** Whether the paragraph holding `quote` is on screen in the text pane. */
function onScreen(quote: string): Promise<boolean> {
  return page.evaluate((q) => {
    const el = [...document.querySelectorAll('.paragraph')].find((e) => e.textContent?.includes(q));
    const pane = document.querySelector('[data-testid=text-pane]');
    if (!el || !pane) return false;
    const r = el.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return r.bottom > p.top && r.top < p.bottom;
  }, quote);
}

describe('links back to the passage', () => {
  it('exports Markdown with a link under the quote, and the link opens the passage', async () => {
    await page.evaluate((q) => {
      const el = [...document.querySelectorAll('.paragraph')].find((e) => e.textContent?.includes(q));
      const node = el?.firstChild as Text | null;
      if (!node) throw new Error('not found');
      const start = node.data.indexOf(q);
      el?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + q.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, QUOTE);
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('4');
    await expect.poll(() => page.getByTestId('annotation-card').count()).toBe(1);
    await page.getByTestId('export-cited').click();
    await expect.poll(() => app.savedFiles.length).toBe(1);
    const md = app.savedFiles[0]?.text ?? '';
    expect(md.startsWith('---\ntitle: ')).toBe(true);
    expect(md).toContain(`> ${QUOTE}\n> — 红色 · `);
    const link = /\(<(reportlens:\/\/[^>]+)>\)/.exec(md)?.[1];
    expect(link).toBeDefined();

    // Back at the top of the library, the link opens the report at the passage.
    await page.getByTestId('back').click();
    await page.getByTestId('library').waitFor();
    const passage = await resolveLink(app.services.library, app.services.notes, link ?? '');
    expect(passage.start).toBeGreaterThan(0);
    await app.emit('open-passage', passage);
    await page.getByTestId('text-pane').waitFor();
    await expect.poll(() => onScreen(QUOTE)).toBe(true);
    expect(await onScreen('我代表市人民政府')).toBe(false);
    await app.screenshot('interop-link-opened');
  });
});

describe('backup, wipe, restore', () => {
  it('brings back the documents and notes into an empty library', async () => {
    const zip = join(dir, 'backup.zip');
    const { documents } = await writeBackup(app.services, zip);
    expect(documents).toBe(1);
    const fresh = await startApp({ seed: false });
    try {
      const p = fresh.page;
      await p.getByTestId('library').waitFor();
      expect(await p.getByTestId('doc-row').count()).toBe(0);
      const summary = await restoreBackupFile(fresh.services, zip);
      expect(summary).toMatchObject({ documentsAdded: 1, notesAdded: 1 });
      await fresh.reload();
      // With one document the app may open it by itself.
      await p.getByTestId('text-pane').or(p.getByTestId('doc-row')).first().waitFor();
      if (await p.getByTestId('doc-row').count()) await p.getByTestId('doc-title-link').first().click();
      await p.getByTestId('text-pane').waitFor();
      await expect.poll(() => p.getByTestId('annotation-card').count()).toBe(1);
      expect(await p.getByTestId('annotation-card').first().textContent()).toContain(QUOTE);
      await fresh.screenshot('interop-restored');
    } finally {
      await fresh.close();
    }
  });
});
