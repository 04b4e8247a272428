// Issue 8's bad input, as a user meets it: a folder of thousands of files
// nested too deep with things that are not reports, a file that claims to be a
// PDF and is not, a report with no year or region, two reports of one region
// and year; then a damaged search index at the next launch. Each is told in
// words, nothing is lost, and the app goes on. Screenshots in test-results/.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SEARCH_INDEX_FILE } from '../../src-main/services/search/search-service';
import { closeBrowser, startApp } from './harness';
import type { AppHandle } from './harness';

const JUNK_FILES = 3000;
const SPEECH =
  '各位代表：\n\n过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳，民生得到改善。\n\n' +
  '今年的主要预期目标是：经济保持平稳增长，城镇新增就业稳定。\n';
const HUNAN =
  '2025年湖南省政府工作报告\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告工作。地区生产总值增长5.5%。\n';
const HUNAN_WEB =
  '2025年湖南省政府工作报告\n\n——来自网站的转载\n\n各位代表：\n\n这是从网站上复制的版本。今年地区生产总值增长5.5%左右。\n';

let userData: string;
let tree: string;
let app: AppHandle;
let page: Page;
/** Page errors of the launches before the current one. */
const earlierErrors: string[] = [];

async function relaunch(): Promise<void> {
  earlierErrors.push(...app.pageErrors);
  app = await startApp({ seed: false, userData });
  page = app.page;
}

async function put(path: string, body: string | Uint8Array): Promise<void> {
  await mkdir(join(tree, path, '..'), { recursive: true });
  await writeFile(join(tree, path), body);
}

beforeAll(async () => {
  userData = await mkdtemp(join(tmpdir(), 'reportlens-e2e-bad-'));
  tree = await mkdtemp(join(tmpdir(), 'reportlens-tree-'));
  await put('reports/hunan-2025.txt', HUNAN);
  await put('reports/湖南网络版.txt', HUNAN_WEB);
  await put('reports/讲话稿.txt', SPEECH);
  await put('reports/扫描件.pdf', '这不是PDF，只是改了扩展名的文本');
  await put('reports/说明.md', '# 说明');
  await put('reports/照片.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  await put('reports/数据.xlsx', 'PK');
  await put('reports/.隐藏.txt', HUNAN);
  await put('reports/空.txt', '');
  await put('a/b/c/d/e/f/g/deep-2020.txt', HUNAN);
  await mkdir(join(tree, 'junk'));
  for (let i = 0; i < JUNK_FILES; i += 500)
    await Promise.all(
      Array.from({ length: 500 }, (_, k) => writeFile(join(tree, 'junk', `log-${i + k}.log`), 'x')),
    );
  app = await startApp({ seed: false, userData });
  page = app.page;
  await page.getByTestId('library').waitFor();
}, 90_000);

afterAll(async () => {
  await app.close();
  await closeBrowser();
  await rm(userData, { recursive: true, force: true });
  await rm(tree, { recursive: true, force: true });
  expect([...earlierErrors, ...app.pageErrors]).toEqual([]);
});

describe('a folder of bad input', () => {
  it('imports the reports of a big, deep folder and says what it left out, refused and must ask', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    app.queueFolder(tree);
    await page.getByTestId('import-folder').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await page.getByTestId('summary-imported').textContent()).toContain('3');
    expect(await page.getByTestId('summary-refused').textContent()).toContain('1');
    // The refusal names the file and says why (not a PDF).
    expect(await summary.textContent()).toMatch(/扫描件\.pdf：.*PDF/);
    const skipped = (await page.getByTestId('summary-skipped').locator('li').allTextContents()).join('\n');
    expect(skipped).toContain(`不是报告（只导入 PDF、TXT、DOCX）：${JUNK_FILES + 3}`);
    expect(skipped).toMatch(/隐藏文件或临时文件：1/);
    expect(skipped).toMatch(/空文件：1/);
    expect(skipped).toMatch(/文件夹层级过深（最多 6 层），未进入：1.*a\/b\/c\/d\/e\/f\/g/);
    // Never a silent guess: the speech with no year or region is named and asked about.
    expect(await page.getByTestId('summary-needs-place').textContent()).toContain(
      '1 份报告无法判断年份或地区',
    );
    expect(await page.getByTestId('summary-needs-place-doc').allTextContents()).toEqual([
      '讲话稿.txt：没有年份、没有地区',
    ]);
    // Two reports of Hunan 2025: both kept, the user told.
    expect(await page.getByTestId('summary-twin').allTextContents()).toEqual([
      expect.stringMatching(
        /湖南省 2025：.*hunan-2025\.txt.*湖南网络版\.txt|湖南省 2025：.*湖南网络版\.txt.*hunan-2025\.txt/,
      ),
    ]);
    await app.screenshot('corpus-bad-folder-summary');
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    );
    console.log(`longest UI-thread block while importing the bad folder: ${longest.toFixed(0)} ms`);
  });

  it('shows only the reports to check, takes the user’s year and region, and keeps both twins', async () => {
    await page.getByTestId('summary-show-attention').click();
    await expect.poll(() => page.getByTestId('doc-row').count()).toBe(3);
    expect(await page.getByTestId('filter-attention').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('filter-attention').textContent()).toContain('需核对 3 份');
    await expect.poll(() => page.getByTestId('same-region-year').count()).toBe(2);
    await app.screenshot('corpus-bad-folder-attention');
    const rows = page.getByTestId('doc-row');
    const speech = rows.nth((await rows.allTextContents()).findIndex((n) => n.includes('讲话稿.txt')));
    await speech.getByTestId('needs-place').click();
    await speech.getByTestId('edit-year').fill('2024');
    await speech.getByTestId('edit-region').fill('长沙');
    await speech.getByTestId('save').click();
    // Answered: it leaves the list of reports to check; the twins stay, both of them.
    await expect.poll(() => page.getByTestId('doc-row').count()).toBe(2);
    expect(await page.getByTestId('filter-attention').textContent()).toContain('需核对 2 份');
    await page.getByTestId('filter-attention').click();
    await expect.poll(() => page.getByTestId('doc-row').count()).toBe(3);
    const fixed = (await page.getByTestId('doc-row').allTextContents()).find((n) => n.includes('讲话稿.txt'));
    expect(fixed).toContain('长沙市');
    expect(fixed).toContain('2024');
    expect(fixed).not.toContain('需补充年份/地区');
  });

  it('searches what came in, even the report without a title', async () => {
    await page.getByTestId('library-search').fill('稳中求进');
    await page.getByTestId('library-search').press('Enter');
    await expect.poll(() => page.getByTestId('search-doc').count()).toBe(1);
    await page.getByTestId('search-back').click();
    await page.getByTestId('library').waitFor();
  });
});

describe('a damaged search index at the next launch', () => {
  it('is rebuilt from the documents with a message, the damaged file kept aside', async () => {
    await app.close();
    await writeFile(join(userData, SEARCH_INDEX_FILE), '{"version":1,"texts":{"abc"');
    await relaunch();
    await page.getByTestId('library').waitFor();
    const toast = page.getByTestId('toast').filter({ hasText: '检索索引' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('已损坏，已根据文库中的文档重建');
    await app.screenshot('corpus-index-rebuilt');
    expect((await readdir(userData)).some((f) => f.startsWith(`${SEARCH_INDEX_FILE}.damaged-`))).toBe(true);
    expect(await page.getByTestId('doc-row').count()).toBe(3);
    await page.getByTestId('library-search').fill('稳中求进');
    await page.getByTestId('library-search').press('Enter');
    await expect.poll(() => page.getByTestId('search-doc').count()).toBe(1);
  });

  it('an empty index file is rebuilt too', async () => {
    await app.close();
    await writeFile(join(userData, SEARCH_INDEX_FILE), '');
    await relaunch();
    await page.getByTestId('toast').filter({ hasText: '检索索引' }).waitFor();
    await page.keyboard.press('Control+Shift+F');
    await page.getByTestId('search-input').fill('地区生产总值');
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('search-doc').count()).toBe(2);
  });
});
