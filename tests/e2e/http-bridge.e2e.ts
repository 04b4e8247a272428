// The HTTP bridge the benchmarks measure with (harness option httpBridge):
// bytes travel framed as bytes in both directions. A PDF picked (bytes from
// the services), imported (bytes to them), opened (its source back) and its
// own highlights read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';

let app: AppHandle;

beforeAll(async () => {
  app = await startApp({ seed: false, httpBridge: true });
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
});

describe('the HTTP bridge', () => {
  it('carries a PDF there and back: picked, imported, opened with its 6 highlights', async () => {
    const { page } = app;
    const pdf = await readFixture('pdf/highlights.pdf');
    app.queueFiles([pdf]);
    await page.getByTestId('import').click();
    await page.getByTestId('pdf-pane').waitFor();
    await expect.poll(() => page.getByTestId('annotation-card').count(), { timeout: 20_000 }).toBe(6);
    // The stored source is the very file that was picked.
    const id = app.services.library.list()[0]?.id ?? '';
    const source = await app.services.dispatch('document.source', { id });
    expect(source.ok && Buffer.from(source.value as Uint8Array).equals(Buffer.from(pdf.bytes ?? []))).toBe(
      true,
    );
    expect(app.pageErrors).toEqual([]);
  });

  it('carries a large call as JSON: a text of 30,000 CJK characters (90 KB) is imported', async () => {
    const { page } = app;
    const text = `长文本报告\n\n${'全市经济运行稳中向好。'.repeat(3000)}`;
    app.queueFiles([{ fileName: 'long.txt', bytes: new TextEncoder().encode(text) }]);
    await page.getByTestId('back').click();
    await page.getByTestId('library').waitFor();
    await page.getByTestId('import').click();
    const stored = () => app.services.library.list().find((r) => r.fileName === 'long.txt');
    await expect.poll(() => stored()?.chars ?? 0, { timeout: 20_000 }).toBeGreaterThan(33_000);
    expect(app.pageErrors).toEqual([]);
  });
});
