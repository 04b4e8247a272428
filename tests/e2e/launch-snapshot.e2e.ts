// A launch into the library shows it as the app last drew it before the
// app's bundle has run (the page carries it: services/launch-snapshot.ts),
// inert, until the app draws its own rows in its place; never when the
// library has changed since (a title edited elsewhere), nor when the launch
// goes to a document.
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, ROOT, startApp } from './harness';
import type { AppHandle } from './harness';
import { createServices } from '../../src-main/services/create-services';
import { buildTextModel } from '../../src-shared/text';

const SNAPSHOT = 'launch-snapshot.json';
const TITLES = ['衡阳市2021年政府工作报告', '长沙市2022年政府工作报告', '株洲市2023年政府工作报告'];

afterAll(async () => {
  await closeBrowser();
});

/** A library of three reports (a library of one opens its report at launch). */
async function libraryOfThree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rl-e2e-snapshot-'));
  const services = await createServices(dir);
  const sample = (await readFile(join(ROOT, 'data/hengyang-2021.txt'), 'utf8')).slice(0, 3000);
  for (const [i, title] of TITLES.entries()) {
    const text = `${title}\n\n${sample}`;
    const env = await services.dispatch('library.import', {
      fileName: `report-${i + 1}.txt`,
      bytes: new TextEncoder().encode(text),
      model: buildTextModel(text),
    });
    if (!env.ok) throw new Error(JSON.stringify(env));
  }
  await services.close();
  return dir;
}

/** Waits until the app has kept the library as drawn (at a pause after drawing it), showing `text` if given. */
async function kept(dir: string, text = ''): Promise<void> {
  const keeps = async () =>
    (await stat(join(dir, SNAPSHOT)).catch(() => null)) !== null &&
    (await readFile(join(dir, SNAPSHOT), 'utf8')).includes(text);
  for (let waited = 0; !(await keeps()); waited += 100) {
    if (waited > 20_000) throw new Error('the library was not kept');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Launches over `dir` with the library's rows held back until `release` is called (the app cannot draw them meanwhile). */
async function launchHeld(dir: string): Promise<{ app: AppHandle; release: () => void }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((ok) => (release = ok));
  const app = await startApp({
    userData: dir,
    seed: false,
    gate: (m) => (m === 'library.list' ? held : Promise.resolve()),
  });
  return { app, release };
}

const carries = (app: AppHandle) => app.page.evaluate(() => !!document.getElementById('rl-snapshot-data'));

describe('the library as last drawn, at launch', () => {
  it('shows before the app has its rows, inert, and gives way to the app’s own', async () => {
    const dir = await libraryOfThree();
    const first = await startApp({ userData: dir, seed: false });
    await first.page.getByTestId('doc-row').nth(2).waitFor();
    await kept(dir);
    await first.close();

    const { app, release } = await launchHeld(dir);
    try {
      const snapshot = app.page.locator('#rl-snapshot');
      await snapshot.waitFor();
      expect(await snapshot.getAttribute('inert')).toBe('');
      expect(await snapshot.getByTestId('doc-row').count()).toBe(3);
      expect(await snapshot.getByTestId('doc-title-link').allTextContents()).toEqual(TITLES);
      await app.screenshot('launch-snapshot-library');
      // The app has not drawn its rows: the snapshot is all there is.
      expect(await app.page.locator('#app [data-testid="doc-row"]').count()).toBe(0);
      release();
      await snapshot.waitFor({ state: 'detached' });
      await expect
        .poll(() => app.page.locator('#app [data-testid="doc-row"]').count(), { timeout: 20_000 })
        .toBe(3);
      // The app's own rows answer.
      await app.page.getByTestId('doc-title-link').nth(1).click();
      await app.page.getByTestId('text-pane').waitFor();
      expect(app.pageErrors).toEqual([]);
    } finally {
      release();
      await app.close();
    }
  });

  it('comes in the user’s theme (a dark library does not flash white)', async () => {
    const dir = await libraryOfThree();
    const first = await startApp({ userData: dir, seed: false });
    await first.page.getByTestId('doc-row').nth(2).waitFor();
    await first.page.getByTestId('toggle-theme').click();
    // Drawn dark: the bar offers the light theme.
    await kept(dir, '>浅色<');
    await first.close();

    const { app, release } = await launchHeld(dir);
    try {
      await app.page.locator('#rl-snapshot').waitFor();
      expect(await app.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      const paper = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(paper).toBe('rgb(29, 31, 35)');
      await app.screenshot('launch-snapshot-dark');
      release();
      await app.page.locator('#rl-snapshot').waitFor({ state: 'detached' });
      expect(await app.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    } finally {
      release();
      await app.close();
    }
  });

  it('is not shown once the library has changed, nor when a report was left open', async () => {
    const dir = await libraryOfThree();
    const first = await startApp({ userData: dir, seed: false });
    await first.page.getByTestId('doc-row').nth(2).waitFor();
    await kept(dir);
    // A title changed elsewhere (the CLI, another window): the picture is no longer true.
    const id = first.services.library.list()[0]?.id ?? '';
    await first.services.dispatch('library.update', { id, patch: { title: '改过的标题' } });
    await first.services.flush();
    await first.close();

    const changed = await launchHeld(dir);
    try {
      expect(await carries(changed.app)).toBe(false);
      changed.release();
      await changed.app.page.getByText('改过的标题').waitFor();
      // Drawn again with the new title, it is kept again, and shown at the next launch.
      await kept(dir, '改过的标题');
    } finally {
      changed.release();
      await changed.app.close();
    }
    const again = await launchHeld(dir);
    try {
      expect(await carries(again.app)).toBe(true);
      await again.app.page.locator('#rl-snapshot').getByText('改过的标题').waitFor();
      again.release();
      // A report left open: the launch goes there, with no picture of the library on the way.
      await again.app.page.getByTestId('doc-title-link').first().click();
      await again.app.page.getByTestId('text-pane').waitFor();
      await again.app.services.flush();
    } finally {
      again.release();
      await again.app.close();
    }
    const toReport = await startApp({ userData: dir, seed: false });
    try {
      await toReport.page.getByTestId('text-pane').waitFor();
      expect(await carries(toReport)).toBe(false);
    } finally {
      await toReport.close();
    }
  });
});
