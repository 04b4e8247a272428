// A document's highlights come before its annotations: with the annotations'
// list held back in the services, the text shows with its highlights, the
// notes panel waits, and a note made meanwhile is drawn too; once the list
// comes, the cards follow and nothing drawn goes.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, startApp } from './harness';
import type { AppHandle } from './harness';
import { libraryWith } from '../bench/highlights-library';
import { selectText } from './select-text';

let app: AppHandle | undefined;
let dir = '';

afterAll(async () => {
  await app?.close();
  await closeBrowser();
  await rm(dir, { recursive: true, force: true });
});

/** How many highlight ranges are drawn. */
const drawn = (): number => {
  let count = 0;
  for (const [name, h] of CSS.highlights)
    if (name.startsWith('rl-highlight-') || name.startsWith('rl-underline-'))
      count += (h as unknown as Set<Range>).size;
  return count;
};

/** The text of each green highlight drawn. */
const greens = (): string[] =>
  [...(CSS.highlights.get('rl-highlight-green') ?? [])].map((r) => (r as Range).toString());

describe('highlights before annotations', () => {
  it('shows the text with its highlights while the annotations are on their way, then their cards', async () => {
    dir = await libraryWith(50);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    app = await startApp({
      userData: dir,
      seed: false,
      gate: async (method) => {
        if (method === 'annotations.listCompact') await held;
      },
    });
    const { page } = app;
    await page.getByTestId('text-pane').waitFor();
    await expect.poll(() => page.evaluate(drawn)).toBeGreaterThan(0);
    const before = await page.evaluate(drawn);
    // The cards wait for the annotations themselves; the panel says so when they take a while.
    await expect(page.getByTestId('annotation-card').count()).resolves.toBe(0);
    await expect.poll(() => page.getByTestId('notes-reading').isVisible()).toBe(true);
    await app.screenshot('marks-first-held');
    // A passage marked meanwhile is drawn with them.
    const quote = '地方税收收入达 113.87 亿元';
    await selectText(page, quote);
    await page.keyboard.press('2');
    await expect.poll(() => page.evaluate(greens)).toContain(quote);
    expect(await page.evaluate(drawn)).toBeGreaterThan(before);
    release();
    await expect.poll(() => page.getByTestId('annotation-count').textContent()).toContain('51');
    expect(await page.evaluate(greens)).toContain(quote);
    expect(await page.evaluate(drawn)).toBeGreaterThan(before);
    expect(await page.getByTestId('notes-reading').count()).toBe(0);
    await app.screenshot('marks-first-filled');
    expect(app.pageErrors).toEqual([]);
  });
});
