// Hostile and broken files: each imports or is refused with a clear message,
// the window never freezes, and the library and its documents stay intact.
import { readdir, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Bridge } from '../../src-shared/api';
import type { DocumentRecord } from '../../src-shared/model';
import { closeBrowser, FIXTURES, readFixture, startApp, docRow } from './harness';

afterAll(async () => {
  await closeBrowser();
});

async function listDocs(page: Page): Promise<DocumentRecord[]> {
  return page.evaluate(async () => {
    const { api } = window as unknown as { api: Bridge };
    const env = (await api.invoke('library.list', undefined)) as { ok: true; value: DocumentRecord[] };
    return env.value;
  });
}

async function errorToasts(page: Page): Promise<string[]> {
  return page.locator('[data-testid=toast].error').allTextContents();
}

/** Drops files on the window as a user would drag them from a file manager. */
async function dropFiles(page: Page, files: Array<{ name: string; bytes: number[] }>): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    const target = document.querySelector('.app');
    target?.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

async function waitForImports(page: Page): Promise<void> {
  await page.getByTestId('import-progress').waitFor({ state: 'detached', timeout: 240_000 });
}

describe('every PDF fixture, imported as one folder', () => {
  it('imports or refuses each with a message, asks for passwords, and stays responsive', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    const names = (await readdir(join(FIXTURES, 'pdf'))).filter((n) => n.endsWith('.pdf')).sort();
    app.queueFiles(await Promise.all(names.map((n) => readFixture(`pdf/${n}`))));
    await page.getByTestId('import').click();
    await page.getByTestId('import-progress').waitFor();
    await app.screenshot('import-progress');

    // Answer the password prompts as they come: a wrong password first, then the right one.
    const passwords: Record<string, string[]> = {
      'issue3371.pdf': ['wrong', 'ELXRTQWS'],
      'issue6010_2.pdf': ['æøå'],
    };
    const asked: string[] = [];
    while (await page.getByTestId('import-progress').count()) {
      const dialog = page.getByTestId('password-dialog');
      if (await dialog.isVisible()) {
        const text = (await dialog.textContent()) ?? '';
        const name = Object.keys(passwords).find((n) => text.includes(n));
        expect(name).toBeDefined();
        const next = passwords[name ?? '']?.shift();
        asked.push(`${name}${text.includes('密码不正确') ? ' (wrong)' : ''}`);
        if (asked.length === 2) await app.screenshot('password-dialog');
        await page.getByTestId('password-input').fill(next ?? '');
        await page.getByTestId('password-ok').click();
      }
      await page.waitForTimeout(200);
    }
    expect(asked).toEqual(['issue3371.pdf', 'issue3371.pdf (wrong)', 'issue6010_2.pdf']);

    const docs = await listDocs(page);
    const imported = new Set(docs.map((d) => d.fileName));
    const errors = await errorToasts(page);
    for (const name of names) {
      const refused = errors.filter((e) => e.includes(name));
      // Exactly one outcome per file: in the library, or one message saying why not.
      expect(imported.has(name) !== (refused.length === 1), `${name}: ${refused.join(' | ')}`).toBe(true);
    }
    for (const name of [
      'issue3371.pdf',
      'issue6010_2.pdf',
      'issue3521.pdf',
      'freeculture.pdf',
      'vertical.pdf',
    ]) {
      expect(imported.has(name), name).toBe(true);
    }
    expect(imported.has('bug1020226.pdf')).toBe(false);
    // A PDF without a text layer can still be read, with a warning saying so.
    expect(
      await page.locator('[data-testid=toast].warning', { hasText: '没有文字层' }).count(),
    ).toBeGreaterThan(0);
    // Chinese with a predefined CMap has text only because the CMaps ship with the app.
    const cmapDoc = docs.find((d) => d.fileName === 'issue3521.pdf');
    expect(cmapDoc?.chars).toBe('我们都是黑体字'.length);
    await app.screenshot('import-errors');

    // The giant-image bomb opens in the viewer without freezing the window.
    const bomb = docs.find((d) => d.fileName === 'bomb_giant.pdf');
    if (bomb) {
      await docRow(page, 'bomb_giant.pdf').getByTestId('open').click();
      await page.getByTestId('pdf-pane').waitFor();
      await page.waitForTimeout(2000);
      await page.getByTestId('back').click({ timeout: 10_000 });
      await page.getByTestId('library').waitFor({ timeout: 10_000 });
    }
    expect(app.pageErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await app.close();
  });
});

describe('broken files of other kinds', () => {
  it('refuses each with a clear message and leaves the library untouched', async () => {
    const app = await startApp();
    const { page } = app;
    await page.getByTestId('text-pane').waitFor();
    await page.getByTestId('back').click();
    const before = await listDocs(page);
    const png = [
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ];
    await dropFiles(page, [
      { name: 'empty.txt', bytes: [] },
      { name: 'picture.txt', bytes: Array.from({ length: 400 }, (_, i) => png[i % png.length] ?? 0) },
      { name: 'letter.docx', bytes: Array.from(new TextEncoder().encode('这不是一个压缩包')) },
      { name: 'notes.xls', bytes: [1, 2, 3] },
    ]);
    await waitForImports(page);
    app.queueFiles([{ fileName: 'huge.pdf', bytes: null, error: 'too-large' }]);
    await page.getByTestId('import').click();
    await expect.poll(async () => (await errorToasts(page)).length).toBe(5);
    const errors = (await errorToasts(page)).join('\n');
    expect(errors).toContain('无法导入 empty.txt：文件是空的');
    expect(errors).toContain('无法导入 picture.txt：这不是文本文件');
    expect(errors).toContain('无法导入 letter.docx：这不是有效的 DOCX 文件');
    expect(errors).toContain('无法导入 notes.xls：不支持这种文件类型');
    expect(errors).toContain('无法导入 huge.pdf：文件超过 200 MB');
    await app.screenshot('import-refused');
    expect(await listDocs(page)).toEqual(before);
    // The documents already there still open.
    await page.getByTestId('doc-title-link').first().click();
    await page.getByTestId('text-pane').waitFor();
    await app.close();
  });

  it('imports a file dropped on the window', async () => {
    const app = await startApp({ seed: false });
    const { page } = app;
    const file = await readFixture('hubei-2025.txt');
    await dropFiles(page, [{ name: file.fileName, bytes: Array.from(file.bytes ?? []) }]);
    await page.getByTestId('text-pane').waitFor();
    expect(await page.getByTestId('doc-title').textContent()).toContain('湖北');
    await app.close();
  });
});

describe('a damaged library.json', () => {
  for (const [what, damage] of [
    ['empty', () => ''],
    ['NUL bytes', () => '\0'.repeat(4096)],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
  ] as const) {
    it(`(${what}) is restored from its last good copy, with a message`, async () => {
      const userData = await mkdtemp(join(tmpdir(), 'reportlens-damaged-'));
      let app = await startApp({ userData });
      await app.page.getByTestId('text-pane').waitFor();
      const before = await listDocs(app.page);
      expect(before).toHaveLength(1);
      await app.close();

      const file = join(userData, 'library.json');
      await writeFile(file, damage(await readFile(file, 'utf8')));
      app = await startApp({ userData });
      await expect
        .poll(() => app.page.getByTestId('toast').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining('已损坏，已从')]));
      if (what === 'NUL bytes') await app.screenshot('library-restored');
      expect(await listDocs(app.page)).toEqual(before);
      await app.close();
      await rm(userData, { recursive: true, force: true });
    });
  }
});

describe('a damaged notes file', () => {
  for (const [what, damage] of [
    ['empty', () => ''],
    ['NUL bytes', () => '\0'.repeat(2048)],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
  ] as const) {
    it(`(${what}) is restored with a message, and the notes are still there`, async () => {
      const userData = await mkdtemp(join(tmpdir(), 'reportlens-notes-'));
      let app = await startApp({ userData });
      let { page } = app;
      await page.getByTestId('text-pane').waitFor();
      const id = (await listDocs(page))[0]?.id ?? '';
      await page.evaluate(async (docId) => {
        const { api } = window as unknown as { api: Bridge };
        const time = new Date().toISOString();
        const note = (n: number) => ({
          id: crypto.randomUUID(),
          target: null,
          style: 'highlight',
          color: 'yellow',
          note: `第 ${n} 条笔记`,
          tags: [],
          createdAt: time,
          updatedAt: time,
        });
        await api.invoke('annotations.save', { id: docId, upserts: [note(1), note(2)], deletes: [] });
      }, id);
      await app.close();

      // Opening the document folds its journal into notes.json; then damage that file.
      app = await startApp({ userData });
      page = app.page;
      await page.getByTestId('text-pane').waitFor();
      await expect.poll(() => page.getByTestId('annotation-card').count()).toBe(2);
      await app.close();
      const file = join(userData, 'docs', id, 'notes.json');
      await writeFile(file, damage(await readFile(file, 'utf8')));

      app = await startApp({ userData });
      page = app.page;
      await page.getByTestId('text-pane').waitFor();
      await expect.poll(() => page.getByTestId('annotation-card').count()).toBe(2);
      await expect
        .poll(() => page.getByTestId('toast').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringMatching(/notes\.json 已损坏，已从/)]));
      await app.close();
      await rm(userData, { recursive: true, force: true });
    });
  }
});
