// A document with 600 notes: every highlight drawn, a first window of cards
// (built a frame after the text) that grows only as the panel is scrolled.
import { describe, expect, it } from 'vitest';
import { appWithNotes } from './notes-app';

const started = appWithNotes(600);

describe('600 notes on one document', () => {
  it('draws every highlight, shows a first window of cards and grows it as the panel scrolls', async () => {
    const app = started();
    const { page } = app;
    await page.getByTestId('text-pane').waitFor();
    const cards = page.getByTestId('annotation-card');
    await expect.poll(() => cards.count()).toBe(16);
    await expect.poll(() => page.getByTestId('annotation-count').textContent()).toContain('600');
    const drawn = await page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('rl-highlight-') || name.startsWith('rl-underline-')) n += h.size;
      return n;
    });
    expect(drawn).toBe(600);
    // The window stays as it is while the panel is still.
    await page.waitForTimeout(500);
    expect(await cards.count()).toBe(16);
    await page.locator('.annotations .list').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => cards.count()).toBe(166);
    await app.screenshot('annotations-many');
  });
});
