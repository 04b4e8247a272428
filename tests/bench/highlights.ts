// `npm run bench` (part): time to draw every highlight of a document after
// opening it, in Chromium, with N annotations on the sample; a document with
// 50 annotations is the baseline measured in the same run.
import type { Page } from 'playwright-core';
import { closeBrowser, startApp } from '../e2e/harness';

async function seedAnnotations(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const api = (
      window as unknown as {
        api: { invoke(m: string, a: unknown): Promise<{ ok: boolean; value: unknown }> };
      }
    ).api;
    const docs = (await api.invoke('library.list', undefined)).value as Array<{ id: string }>;
    const id = docs[0]?.id ?? '';
    const { model } = (await api.invoke('document.open', { id })).value as { model: { text: string } };
    const text = model.text;
    const time = new Date().toISOString();
    const upserts = Array.from({ length: n }, (_, i) => {
      const start = (i * 37) % (text.length - 12);
      const end = start + 4 + (i % 8);
      return {
        id: crypto.randomUUID(),
        target: {
          start,
          end,
          quote: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
        },
        style: i % 5 === 0 ? 'underline' : 'highlight',
        color: ['yellow', 'green', 'blue', 'red', 'purple'][i % 5],
        note: i % 3 === 0 ? `note ${i}` : '',
        tags: i % 7 === 0 ? ['bench'] : [],
        createdAt: time,
        updatedAt: time,
      };
    });
    const old = (await api.invoke('annotations.list', { id })).value as Array<{ id: string }>;
    await api.invoke('annotations.save', { id, upserts, deletes: old.map((a) => a.id) });
  }, count);
}

/** Opens the document and returns the longest full draw (ms) and the time from click to drawn. */
async function measureOpen(page: Page): Promise<{ draw: number; open: number }> {
  await page.reload();
  await page.getByTestId('library').or(page.getByTestId('reader')).first().waitFor();
  if (await page.getByTestId('reader').count()) await page.getByTestId('back').click();
  await page.evaluate(() => performance.clearMeasures());
  const t0 = Date.now();
  await page.getByTestId('doc-title-link').first().click();
  await page.waitForFunction(() =>
    performance.getEntriesByName('rl:draw-annotations').some((e) => (e as PerformanceMeasure).detail > 0),
  );
  const open = Date.now() - t0;
  const draw = await page.evaluate(() =>
    Math.max(...performance.getEntriesByName('rl:draw-annotations').map((e) => e.duration)),
  );
  return { draw, open };
}

const app = await startApp();
const results: Array<[number, { draw: number; open: number }]> = [];
for (const n of [50, 5000]) {
  await seedAnnotations(app.page, n);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await measureOpen(app.page));
  runs.sort((a, b) => a.draw - b.draw);
  results.push([n, runs[1] ?? runs[0] ?? { draw: NaN, open: NaN }]);
}
await app.close();
await closeBrowser();

const [base, big] = [results[0]?.[1], results[1]?.[1]];
for (const [n, r] of results) {
  console.log(
    `draw ${String(n).padStart(5)} highlights after opening (Chromium)  ${r.draw.toFixed(1).padStart(7)} ms   open→drawn ${r.open} ms`,
  );
}
if (base && big)
  console.log(
    `5000 vs 50 annotations: x${(big.draw / Math.max(base.draw, 0.01)).toFixed(1)} (target: 5000 drawn in < 100 ms)`,
  );
