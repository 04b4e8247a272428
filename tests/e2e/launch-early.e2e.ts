// The page's first script asks for the launch's answers before the bundle has
// arrived (launch-early.ts), and the app takes them instead of asking again:
// each of these calls reaches the services once at launch.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, startApp } from './harness';

afterAll(async () => {
  await closeBrowser();
});

describe('the launch', () => {
  it('asks for the reading state, the document left open, the rows and the settings once each', async () => {
    const calls: string[] = [];
    const app = await startApp({ gate: async (m) => void calls.push(String(m)) });
    try {
      // A new library opens its sample; the second launch reopens it as the place left.
      await app.page.getByTestId('text-pane').waitFor();
      await app.services.flush();
      calls.length = 0;
      await app.page.evaluate(() => sessionStorage.clear());
      await app.reload();
      await app.page.getByTestId('text-pane').waitFor();
      await app.page.waitForTimeout(500);
      // From the new page's first call (the old one's last saves may come before).
      const launch = calls.slice(calls.indexOf('reading.get'));
      const count = (m: string) => launch.filter((c) => c === m).length;
      expect(launch.slice(0, 3)).toEqual(['reading.get', 'library.list', 'settings.get']);
      for (const m of ['reading.get', 'document.open', 'document.source', 'library.list', 'settings.get'])
        expect({ m, n: count(m) }).toEqual({ m, n: 1 });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
