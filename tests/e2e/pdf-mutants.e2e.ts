// A seeded mutation run: damaged variants of the PDF fixtures go through the
// real renderer import (pdf.js in its worker) one after another. Each must end
// in the library or in a message naming it, none may take more than 10 s, and
// the window must never crash. PDF_MUTANTS and PDF_MUTANTS_SEED change the
// run (`npm run test:faults:pdf` runs 1,000); a failure prints its seed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src-shared/model';
import type { Bridge } from '../../src-shared/api';
import { mutants } from '../support/pdf-mutants';
import { closeBrowser, FIXTURES, startApp } from './harness';
import { watchWorkerErrors } from './worker-errors';

const COUNT = Number(process.env['PDF_MUTANTS'] ?? 100);
const SEED = Number(process.env['PDF_MUTANTS_SEED'] ?? 20261205);
const HANG_MS = 10_000;
/**
 * Fixtures with tests of their own, made to take longer than HANG_MS (a page
 * pdf.js never finishes costs the import PAGE_TIME_LIMIT_MS).
 */
const OWN_TESTS = new Set(['bomb_giant.pdf', 'nested-forms.pdf']);
/** Small fixtures keep the run quick. */
const MAX_SOURCE_BYTES = 200_000;

afterAll(async () => {
  await closeBrowser();
});

describe(`${COUNT} mutants of the PDF fixtures (seed ${SEED})`, () => {
  it(
    'each is imported or refused with a message, none hangs, the window never crashes',
    async () => {
      const dir = join(FIXTURES, 'pdf');
      const names = (await readdir(dir)).filter((n) => n.endsWith('.pdf') && !OWN_TESTS.has(n)).sort();
      const sources = [];
      for (const name of names) {
        const bytes = new Uint8Array(await readFile(join(dir, name)));
        if (bytes.length <= MAX_SOURCE_BYTES) sources.push({ name, bytes });
      }
      const list = mutants(sources, COUNT, SEED);
      expect(list).toHaveLength(COUNT);

      const app = await startApp({ seed: false });
      const { page } = app;
      const inWorkers = await watchWorkerErrors(page);
      let crashed = false;
      page.on('crash', () => (crashed = true));
      app.queueFiles(list.map((m) => ({ fileName: m.name, bytes: m.bytes })));
      await page.getByTestId('import').click();

      // Watch the progress line: which file is being imported, since when.
      const started = new Map<number, number>();
      let passwordsCancelled = 0;
      const progress = page.getByTestId('import-progress');
      await progress.waitFor({ timeout: 30_000 });
      while (!crashed) {
        const text = await progress.textContent({ timeout: 1000 }).catch(() => null);
        if (text === null) break;
        const index = Number(/(\d+)\/\d+[)）]\s*$/.exec(text)?.[1] ?? NaN);
        if (Number.isFinite(index) && !started.has(index)) started.set(index, Date.now());
        const since = started.get(index);
        if (since !== undefined && Date.now() - since > HANG_MS) {
          const m = list[index - 1];
          await app.screenshot('pdf-mutant-hang');
          throw new Error(
            `mutant ${m?.name} (${m?.mutations.join('+')}) hangs over ${HANG_MS} ms; seed ${SEED}`,
          );
        }
        const dialog = page.getByTestId('password-dialog');
        if (await dialog.isVisible().catch(() => false)) {
          // An encrypted source's mutant asks for a password: the user cancels.
          await page.keyboard.press('Escape');
          passwordsCancelled++;
        }
        await page.waitForTimeout(100);
      }
      expect(crashed, `the renderer crashed; seed ${SEED}`).toBe(false);
      await app.screenshot('pdf-mutants');

      const docs = await page.evaluate(async () => {
        const { api } = window as unknown as { api: Bridge };
        const env = (await api.invoke('library.list', undefined)) as { ok: true; value: DocumentRecord[] };
        return env.value.map((d) => d.fileName);
      });
      const imported = new Set(docs);
      const errors = await page.locator('[data-testid=toast].error').allTextContents();
      const noOutcome: string[] = [];
      for (const m of list) {
        const refused = errors.some((e) => e.includes(m.name));
        // A mutant identical in content to an earlier one is that document (a duplicate), not a new one.
        if (!imported.has(m.name) && !refused) noOutcome.push(`${m.name} (${m.mutations.join('+')})`);
      }
      console.log(
        `PDF mutants (seed ${SEED}): ${list.length} run, ${imported.size} imported, ${errors.length} refused with a message, ${passwordsCancelled} password prompts cancelled`,
      );
      expect(noOutcome, `seed ${SEED}`).toEqual([]);
      // pdf.js's worker may leave its own promises unhandled on a damaged file: its, not the app's.
      console.log(
        `errors inside pdf.js's worker: ${inWorkers.errors.length} (${inWorkers.errors.join('; ')})`,
      );
      expect(app.pageErrors.filter((e) => e.startsWith('pageerror') && !inWorkers.explains(e))).toEqual([]);
      // Still responsive: the library answers and the window shows it.
      expect(await page.getByTestId('import').isVisible()).toBe(true);
      await app.close();
    },
    60_000 + COUNT * 3_000,
  );
});
