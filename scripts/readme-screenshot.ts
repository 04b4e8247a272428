// Makes docs/screenshot.png, the README's picture: the sample report with a
// few highlights in the text and its indicator table beside it, as a user sees
// it after a minute of work. Run with `npm run screenshot` (needs Chromium).
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { closeBrowser, ROOT, startApp } from '../tests/e2e/harness';
import { PARAGRAPH, selectText } from '../tests/e2e/select-text';

const app = await startApp({ viewport: { width: 1720, height: 900 } });
const { page } = app;
await page.getByTestId('text-pane').waitFor();

/** Selects `quote` in a paragraph as the mouse would, then presses `key` on the toolbar. */
async function mark(quote: string, key: string): Promise<void> {
  await selectText(page, quote, PARAGRAPH, { scroll: false });
  await page.keyboard.press(key);
}

await mark('全市 GDP 总量突破 3500 亿元', '1');
await mark('地方税收收入达 113.87 亿元', '2');
await mark('民生支出占财政支出比重提高到72.97%', '3');
await page.getByTestId('tab-indicators').click();
await page.getByTestId('indicator-row').first().waitFor();
await page.evaluate(() => window.scrollTo(0, 0));
// No stray toasts in the picture.
await page.waitForTimeout(500);
await page.evaluate(() => document.querySelectorAll('[data-testid=toast]').forEach((t) => t.remove()));
const shot = await app.screenshot('readme');
await copyFile(shot, join(ROOT, 'docs/screenshot.png'));
await app.close();
await closeBrowser();
console.log('wrote docs/screenshot.png');
