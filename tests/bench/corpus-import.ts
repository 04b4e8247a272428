// `npm run bench` (part): importing the 23 provincial reports of 2025 as a
// folder, in Chromium: total time and the longest time the UI thread was
// blocked (long tasks), beside the same 23 files imported through the file
// dialog (parsed on the UI thread), measured in the same run. Target: <= 100 ms.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, FIXTURES, readFixture, startApp } from '../e2e/harness';

const FOLDER = join(FIXTURES, 'corpus/provinces-2025');

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

async function longTasks(page: Page): Promise<{ longest: number; count: number; total: number }> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
    return { longest: Math.max(0, ...tasks), count: tasks.length, total: tasks.reduce((a, b) => a + b, 0) };
  });
}

async function run(
  how: 'folder' | 'dialog',
): Promise<{ ms: number; longest: number; count: number; total: number; transport: number }> {
  const app = await startApp({ seed: false });
  const page = app.page;
  await page.getByTestId('library').waitFor();
  await watchLongTasks(page);
  const t0 = Date.now();
  if (how === 'folder') {
    app.queueFolder(FOLDER);
    await page.getByTestId('import-folder').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 300_000 });
  } else {
    const names = await readdir(FOLDER);
    app.queueFiles(await Promise.all(names.map((n) => readFixture(`corpus/provinces-2025/${n}`))));
    await page.getByTestId('import').click();
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 300_000 });
  }
  const ms = Date.now() - t0;
  const tasks = await longTasks(page);
  // The test transport alone: Playwright's exposeFunction carries JSON (bytes as
  // base64) where Electron's IPC copies bytes; the picked folder's reply is the
  // largest message of the import, here with no app work around it.
  await watchLongTasks(page);
  app.queueFolder(FOLDER);
  await page.evaluate(async () => {
    const api = (window as unknown as { api: { invoke(m: string, a: undefined): Promise<unknown> } }).api;
    await api.invoke('library.pickFolder', undefined);
  });
  const transport = (await longTasks(page)).longest;
  await app.close();
  return { ms, ...tasks, transport };
}

// Each twice, alternating, the better run kept: the machine is shared.
const results: Record<string, Array<Awaited<ReturnType<typeof run>>>> = { folder: [], dialog: [] };
for (let i = 0; i < 2; i++) {
  results['folder']?.push(await run('folder'));
  results['dialog']?.push(await run('dialog'));
}
await closeBrowser();
const best = (rs: Array<Awaited<ReturnType<typeof run>>> = []) =>
  [...rs].sort((a, b) => a.longest - b.longest)[0];
const folder = best(results['folder']);
const dialog = best(results['dialog']);
console.log('\nImport of the 23-report folder (Chromium; long tasks = UI thread blocked > 50 ms)');
if (folder && dialog) {
  console.log(
    `folder import (txt/docx parsed in a worker)  total ${folder.ms} ms  longest block ${folder.longest.toFixed(0)} ms  (${folder.count} long tasks, ${folder.total.toFixed(0)} ms)` +
      `   | file dialog, parsed on the UI thread: total ${dialog.ms} ms  longest block ${dialog.longest.toFixed(0)} ms (${dialog.count} long tasks, ${dialog.total.toFixed(0)} ms)   goal <= 100`,
  );
  console.log(
    `  of which the e2e transport (JSON over Playwright's binding, not Electron IPC): the folder's bytes alone block ${folder.transport.toFixed(0)} ms`,
  );
}
