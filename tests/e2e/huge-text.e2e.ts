// A very large .txt report (20 MB by default, HUGE_TXT_MB=60 for the case): it is
// decoded and modelled off the UI thread, the window keeps drawing frames
// while it imports, it opens, and the text view scrolls to its end. Figures
// (import and open times, longest frame gap, heap) are printed for the report.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, FIXTURES, startApp } from './harness';

const MB = Number(process.env['HUGE_TXT_MB'] ?? 20);

afterAll(async () => {
  await closeBrowser();
});

/**
 * Drops a text of `mb` MB on the window, built in the page from the sample
 * (the test bridge carries JSON, too slow for tens of MB; a drop is how a user
 * brings a file anyway).
 */
async function dropHugeText(page: Page, name: string, mb: number): Promise<void> {
  const sample = await readFile(join(FIXTURES, 'hengyang-2021.txt'), 'utf8');
  await page.evaluate(
    ([text, fileName, size]) => {
      const unit = new TextEncoder().encode(`${text}\n\n`);
      const parts: Uint8Array[] = [];
      for (let total = 0; total < size; total += unit.length) parts.push(unit);
      const dt = new DataTransfer();
      dt.items.add(new File(parts as BlobPart[], fileName, { type: 'text/plain' }));
      const target = document.querySelector('.app');
      target?.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [sample, name, mb * 1024 * 1024] as const,
  );
}

describe(`a ${MB} MB text report`, () => {
  it('imports without freezing the window, opens, and scrolls to its end', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    let crashed = false;
    page.on('crash', () => (crashed = true));
    // A frame probe: every gap of over 100 ms between two animation frames, and
    // when each bridge call ran (the test bridge's base64 and JSON of tens of MB
    // run in the page; Electron's IPC clones without them), to tell the two apart.
    await page.evaluate(() => {
      const w = window as unknown as {
        __gaps: Array<[number, number]>;
        __calls: Array<[string, number, number]>;
        api: { invoke(m: string, a: unknown): Promise<unknown>; on: unknown };
      };
      w.__gaps = [];
      w.__calls = [];
      let last = performance.now();
      const tick = (t: number) => {
        if (t - last > 100) w.__gaps.push([last, t]);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const bridge = w.api;
      w.api = {
        on: bridge.on,
        async invoke(m, a) {
          const t0 = performance.now();
          try {
            return await bridge.invoke(m, a);
          } finally {
            w.__calls.push([m, t0, performance.now()]);
          }
        },
      };
    });
    const t0 = Date.now();
    await dropHugeText(page, `huge-${MB}mb.txt`, MB);
    await page.getByTestId('import-progress').waitFor({ timeout: 120_000 });
    await app.screenshot(`huge-text-${MB}-importing`);
    await page.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 600_000 });
    const importMs = Date.now() - t0;
    const frames = async () =>
      page.evaluate(() => {
        const w = window as unknown as {
          __gaps: Array<[number, number]>;
          __calls: Array<[string, number, number]>;
        };
        const inBridge = (a: number, b: number) => w.__calls.some(([, s, e]) => a < e && b > s);
        const longest = (gaps: Array<[number, number]>) => Math.max(0, ...gaps.map(([a, b]) => b - a));
        return {
          app: longest(w.__gaps.filter(([a, b]) => !inBridge(a, b))),
          bridge: longest(w.__gaps.filter(([a, b]) => inBridge(a, b))),
          bridgeMs: w.__calls.reduce((n, [, s, e]) => n + (e - s), 0),
        };
      });
    const importFrames = await frames();
    expect(crashed).toBe(false);
    const errors = await page.locator('[data-testid=toast].error').allTextContents();
    expect(errors).toEqual([]);

    // A single import opens the document.
    const t1 = Date.now();
    await page.getByTestId('text-pane').waitFor({ timeout: 300_000 });
    await page.locator('.text-pane .block').first().waitFor({ timeout: 300_000 });
    const openMs = Date.now() - t1;
    const openFrames = await frames();
    const asked = await page.evaluate(() =>
      (window as unknown as { __calls: Array<[string, number, number]> }).__calls.map(([m]) => m),
    );
    expect(asked).toContain('document.open');
    // The text pane has no use for the file's bytes: its 20 MB are not carried back for nothing.
    expect(asked).not.toContain('document.source');
    const pane = page.getByTestId('text-pane');
    await pane.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(500);
    await pane.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(500);
    await app.screenshot(`huge-text-${MB}-end`);
    const lastVisible = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('.text-pane .block')];
      return blocks.at(-1)?.textContent?.trim().slice(-20) ?? '';
    });
    const heapMb = await page.evaluate(
      () =>
        ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) /
        1e6,
    );
    const domBlocks = await page.locator('.text-pane .block').count();
    const totalBlocks = await page.evaluate(() => document.querySelectorAll('.text-pane .chunk').length);
    console.log(
      `huge txt ${MB} MB: import ${importMs} ms, open ${openMs} ms; longest frame gap outside the test bridge ${importFrames.app.toFixed(0)} ms (import) / ${openFrames.app.toFixed(0)} ms (import+open), inside it ${openFrames.bridge.toFixed(0)} ms (bridge calls ${openFrames.bridgeMs.toFixed(0)} ms in all); ${domBlocks} blocks in the DOM in ${totalBlocks} chunks, heap ${heapMb.toFixed(0)} MB`,
    );
    // Windowed: a few chunks of 300 blocks are in the DOM, not the ~30,000 blocks of the report.
    expect(totalBlocks).toBeGreaterThan(10);
    expect(domBlocks).toBeLessThan(3000);
    expect(crashed).toBe(false);
    // The end of the report is on screen: the sample's last line.
    expect(lastVisible).toContain('周年献礼');
    await app.close();
  }, 900_000);

  it('a text over the limit is refused at once, with the limit in the message', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    await dropHugeText(page, 'too-big.txt', 65);
    await expect
      .poll(() => page.locator('[data-testid=toast].error').allTextContents(), { timeout: 60_000 })
      .toEqual([expect.stringContaining('上限为 64 MB')]);
    expect((await page.locator('[data-testid=toast].error').textContent()) ?? '').toContain('too-big.txt');
    await app.screenshot('huge-text-refused');
    await app.close();
  }, 120_000);
});
