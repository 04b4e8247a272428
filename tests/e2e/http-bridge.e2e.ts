// The HTTP bridge the benchmarks measure with (harness option httpBridge):
// bytes travel framed as bytes in both directions. A PDF picked (bytes from
// the services), imported (bytes to them), opened (its source back) and its
// own highlights read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, readFixture, startApp } from './harness';
import type { AppHandle } from './harness';
import { FRAME_TYPE } from './bridge-codec';

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

  it('carries a long text as UTF-8 beside the JSON, whole: 80,000 characters with CJK, Latin and characters beyond the BMP', async () => {
    const { page } = app;
    const line = '全市经济运行稳中向好, growth 6.5% 𠀀𩸽😀。';
    const text = `很长的报告\n\n${line.repeat(80_000 / line.length + 1)}\n\n最后一段。`;
    app.queueFiles([{ fileName: 'longer.txt', bytes: new TextEncoder().encode(text) }]);
    const sentAs: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('m=library.import')) sentAs.push(r.headers()['content-type'] ?? '');
    });
    await page.getByTestId('back').click();
    await page.getByTestId('library').waitFor();
    await page.getByTestId('import').click();
    const stored = () => app.services.library.list().find((r) => r.fileName === 'longer.txt');
    await expect.poll(() => stored()?.chars ?? 0, { timeout: 20_000 }).toBeGreaterThan(80_000);
    const opened = await app.services.dispatch('document.open', { id: stored()?.id ?? '' });
    const model = opened.ok ? (opened.value as { model: { text: string } }).model : null;
    // The text the page built, byte for byte: nothing lost or replaced on the way.
    expect(model?.text).toBe(text.replace(/\n\n/g, '\n'));
    expect(sentAs).toEqual([FRAME_TYPE]);
    expect(app.pageErrors).toEqual([]);
  });
});
