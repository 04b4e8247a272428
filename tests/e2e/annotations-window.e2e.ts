// A document with 1,500 notes: the highlights near the view are drawn, not
// all of them, and those further on are drawn as the reader scrolls there.
import { describe, expect, it } from 'vitest';
import { appWithNotes } from './notes-app';

const started = appWithNotes(1500);

/** The drawn highlights: how many, and the nearest and furthest text offsets they start at. */
const drawn = (): { count: number; first: number; last: number } => {
  let count = 0;
  let first = Infinity;
  let last = -1;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('rl-highlight-') && !name.startsWith('rl-underline-')) continue;
    for (const r of h as unknown as Iterable<Range>) {
      count++;
      const block = r.startContainer.parentElement?.closest<HTMLElement>('.block');
      const at = Number(block?.dataset['start'] ?? 0) + r.startOffset;
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
  }
  return { count, first, last };
};

describe('1,500 notes on one document', () => {
  it('draws the highlights around the view, and those at the end once scrolled there', async () => {
    const app = started();
    const { page } = app;
    await page.getByTestId('text-pane').waitFor();
    await expect.poll(() => page.getByTestId('annotation-count').textContent()).toContain('1500');
    await expect.poll(async () => (await page.evaluate(drawn)).count).toBeGreaterThan(0);
    const top = await page.evaluate(drawn);
    const length = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll<HTMLElement>('[data-testid="text-pane"] .block')];
      const end = blocks.at(-1);
      return Number(end?.dataset['start'] ?? 0) + (end?.textContent?.length ?? 0);
    });
    expect(top.count).toBeLessThan(1500);
    expect(top.last).toBeLessThan(length / 2);
    await page.getByTestId('text-pane').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(async () => (await page.evaluate(drawn)).last).toBeGreaterThan(length - 1000);
    // The paragraph at the top of the view (laid out at its real height only once scrolled to) has its highlights too.
    const topBlock = await page.getByTestId('text-pane').evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      const blocks = [...el.querySelectorAll<HTMLElement>('.block')];
      return Number(blocks.find((b) => b.getBoundingClientRect().bottom > top)?.dataset['start']);
    });
    await expect.poll(async () => (await page.evaluate(drawn)).first).toBeLessThanOrEqual(topBlock);
    await app.screenshot('annotations-window-end');
  });
});
