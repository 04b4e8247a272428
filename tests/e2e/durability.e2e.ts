// What the user sees of saving: a mark while edits wait to be written, a
// banner that stays while the disk refuses them (a real full tmpfs when run as
// root) and goes once they are saved, and a newer version's library opened
// read-only.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNotes } from '../../src-main/services/notes-db';
import { libraryPaths } from '../../src-main/services/paths';
import { closeBrowser, startApp } from './harness';
import type { AppHandle } from './harness';
import { selectText } from './select-text';

afterAll(() => closeBrowser());

async function highlight(app: AppHandle, quote: string): Promise<void> {
  const { page } = app;
  await page.getByTestId('text-pane').waitFor();
  await selectText(page, quote);
  await page.keyboard.press('1');
  // scrollIntoView also scrolls the body a little (the app is a few pixels taller than the window): undo that.
  await page.evaluate(() => {
    document.body.scrollTop = 0;
    document.documentElement.scrollTop = 0;
  });
}

describe('saving, as the user sees it', () => {
  it('marks edits as unsaved while they are on their way to the disk', async () => {
    let release: () => void = () => undefined;
    let holding = false;
    const app = await startApp({
      gate: (method) =>
        holding && method === 'annotations.save'
          ? new Promise<void>((r) => (release = r))
          : Promise.resolve(),
    });
    try {
      holding = true;
      await highlight(app, '地方税收收入达 113.87 亿元');
      const mark = app.page.getByTestId('save-state');
      await mark.waitFor();
      expect(await mark.textContent()).toContain('保存');
      await app.screenshot('save-pending');
      holding = false;
      release();
      await mark.waitFor({ state: 'detached' });
      await expect
        .poll(async () => (await readNotes(libraryPaths(app.userData), await docId(app))).length)
        .toBe(1);
    } finally {
      await app.close();
    }
  });

  it('opens a newer version’s library read-only and says so', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'rl-newer-'));
    const newer = JSON.stringify({ schemaVersion: 99, documents: [], settings: { locale: 'zh-CN' } });
    await writeFile(join(userData, 'library.json'), newer);
    const app = await startApp({ userData });
    try {
      const banner = app.page.getByTestId('save-failure');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('只读');
      await app.screenshot('save-read-only-newer');
    } finally {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    }
  });

  const root = process.platform === 'linux' && process.getuid?.() === 0;
  if (!root) console.warn('the full-disk banner test needs root (a tmpfs); skipped');
  it.skipIf(!root)(
    'says the disk is full while it is, keeps the edit, and saves it once there is space',
    async () => {
      const mountPoint = await mkdtemp(join(tmpdir(), 'rl-e2e-tmpfs-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
      const app = await startApp({ userData: mountPoint });
      const filler = join(mountPoint, 'filler');
      try {
        await app.page.getByTestId('text-pane').waitFor();
        await writeFile(filler, Buffer.alloc(8 * 1024 * 1024, 1)).catch(() => undefined);
        await highlight(app, '地方税收收入达 113.87 亿元');
        await app.page
          .getByTestId('add-note')
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        const banner = app.page.getByTestId('save-failure');
        await banner.waitFor();
        expect(await banner.textContent()).toContain('磁盘已满');
        expect(await app.page.getByTestId('annotation-card').count()).toBe(1);
        await app.screenshot('save-disk-full');
        await rm(filler);
        await banner.waitFor({ state: 'detached', timeout: 15_000 });
        expect(await readNotes(libraryPaths(mountPoint), await docId(app))).toHaveLength(1);
      } finally {
        await app.close();
        execFileSync('umount', [mountPoint]);
        await rm(mountPoint, { recursive: true, force: true });
      }
    },
  );
});

async function docId(app: AppHandle): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const [id] = await readdir(join(app.userData, 'docs'));
  return id ?? '';
}
