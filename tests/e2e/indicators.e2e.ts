// An analyst opens the sample report, reads its indicator table, filters the
// targets, sorts by value, jumps from a row to its sentence and from a marked
// value back to its row, corrects a name (kept after a reload), deletes a row
// and exports the table as CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, editsSaved, startApp } from './harness';
import type { AppHandle } from './harness';

let app: AppHandle;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.getByTestId('text-pane').waitFor();
});

afterAll(async () => {
  await app.close();
  await closeBrowser();
  expect(app.pageErrors).toEqual([]);
});

const rows = () => page.getByTestId('indicator-row');
const selectedRow = () => page.locator('[data-testid=indicator-row].selected');
const countText = () => page.getByTestId('indicator-count').textContent();
const total = async () => Number(/共 (\d+)/.exec((await countText()) ?? '')?.[1] ?? 0);

async function openTable(): Promise<void> {
  await page.getByTestId('tab-indicators').click();
  await expect.poll(total, { timeout: 20_000 }).toBeGreaterThan(100);
}

describe('the indicator table', () => {
  it('lists many indicators by section and marks their values in the text', async () => {
    await openTable();
    expect(await rows().count()).toBeGreaterThan(10);
    const marks = await page.evaluate(() => CSS.highlights.get('rl-indicator')?.size ?? 0);
    expect(marks).toBeGreaterThan(50);
    await app.screenshot('indicators-table');
  });

  it('filters the targets and sorts them by value', async () => {
    await page.getByTestId('status-target').click();
    const statuses = await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['target']));
    await page.getByTestId('group-by').selectOption('none');
    await page.getByTestId('sort-value').click();
    await page.getByTestId('sort-value').click();
    const cells = await page
      .getByTestId('cell-value')
      .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(cells.length).toBeGreaterThan(5);
    // Largest first within each unit, and each unit's rows together.
    const parsed = cells.map((c) => ({ value: parseFloat(c), unit: c.replace(/^[\d.,\-–~]+/, '') }));
    for (const unit of new Set(parsed.map((p) => p.unit))) {
      const values = parsed.filter((p) => p.unit === unit).map((p) => p.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    const runs = parsed.map((p) => p.unit).filter((u, i, all) => u !== all[i - 1]);
    expect(runs).toEqual([...new Set(runs)]);
    await app.screenshot('indicators-targets-by-value');
    await page.getByTestId('status-all').click();
    await page.getByTestId('group-by').selectOption('section');
    await page.getByTestId('sort-name').click();
    await page.getByTestId('sort-name').click();
    await page.getByTestId('sort-name').click();
  });

  it('jumps from a row to its sentence and flashes the value', async () => {
    const row = rows().nth(25);
    const value = await row.getByTestId('cell-value').textContent();
    await row.click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(CSS.highlights.get('rl-flash') ?? [])].map((r) => (r as Range).toString()).join(''),
        ),
      )
      .toBe(value?.replace('–', '-') ?? '');
    const inView = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('rl-flash') ?? [])][0] as Range | undefined;
      const b = r?.getBoundingClientRect();
      return !!b && b.top > 0 && b.bottom < window.innerHeight;
    });
    expect(inView).toBe(true);
    await expect.poll(() => page.getByTestId('indicator-detail').textContent()).toContain(value ?? '');
    await app.screenshot('indicators-jump');
  });

  it('selects the row of a value clicked in the text', async () => {
    await page.getByTestId('tab-indicators').click();
    // A marked value in view that is not the selected one.
    const point = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('rl-indicator') ?? [])] as Range[];
      const sel = new Set(
        ([...(CSS.highlights.get('rl-indicator-selected') ?? [])] as Range[]).map((r) => r.toString()),
      );
      for (const r of ranges) {
        const b = r.getBoundingClientRect();
        if (b.top > 120 && b.bottom < window.innerHeight - 50 && b.width > 8 && !sel.has(r.toString()))
          return { x: b.x + b.width / 2, y: b.y + b.height / 2, text: r.toString() };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => selectedRow().count()).toBe(1);
    const cell = await selectedRow().getByTestId('cell-value').textContent();
    expect(point?.text.replace(/\s/g, '')).toContain(String(parseFloat(cell ?? '')));
  });

  it('keeps an edited name after a reload', async () => {
    const row = rows().nth(3);
    const key = await row.getAttribute('data-key');
    await row.getByTestId('cell-name').dblclick();
    await page.getByTestId('cell-editor').fill('我改的名称');
    await page.getByTestId('cell-editor').press('Enter');
    await expect
      .poll(() => page.locator(`[data-key="${key}"] [data-testid=cell-name]`).textContent())
      .toBe('我改的名称');
    await page.locator(`[data-key="${key}"] [data-testid=confirm-indicator]`).click();
    await editsSaved(page);
    await app.reload();
    await page.getByTestId('library').or(page.getByTestId('reader')).first().waitFor();
    if (await page.getByTestId('library').count()) await page.getByTestId('doc-title-link').first().click();
    await page.getByTestId('text-pane').waitFor();
    await openTable();
    const cell = page.locator(`[data-key="${key}"] [data-testid=cell-name]`);
    await expect.poll(() => cell.textContent()).toBe('我改的名称');
    expect(await page.locator(`[data-key="${key}"] [data-testid=confirm-indicator]`).textContent()).toContain(
      '✓',
    );
  });

  it('deletes a row', async () => {
    const before = await total();
    await rows().nth(5).click();
    await page.getByTestId('delete-indicator').click();
    await expect.poll(total).toBe(before - 1);
  });

  it('undoes and redoes a table edit with Ctrl+Z in the table', async () => {
    const before = await total();
    await rows().nth(2).click();
    await page.getByTestId('delete-indicator').click();
    await expect.poll(total).toBe(before - 1);
    await rows().nth(0).click();
    await page.keyboard.press('Control+z');
    await expect.poll(total).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(total).toBe(before - 1);
    await page.getByTestId('indicator-undo').click();
    await expect.poll(total).toBe(before);
  });

  it('refuses to add an indicator from a selection without a number', async () => {
    const before = await total();
    const selected = await page.evaluate(() => {
      const pane = document.querySelector('[data-testid=text-pane]');
      const walker = document.createTreeWalker(pane ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (text.length > 12 && !/[0-9０-９零〇一二两三四五六七八九十百千万亿]/.test(text)) {
          const range = document.createRange();
          range.setStart(n, 0);
          range.setEnd(n, 12);
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
          return range.toString();
        }
      }
      return '';
    });
    expect(selected.length).toBe(12);
    await page.getByTestId('add-indicator').click();
    await expect.poll(() => page.getByTestId('toast').last().textContent()).toContain('没有数字');
    expect(await total()).toBe(before);
    await app.screenshot('indicators-add-refused');
  });

  it('shows every value whole at 1024 and at 1920 pixels wide', async () => {
    for (const width of [1024, 1920]) {
      await page.setViewportSize({ width, height: width === 1024 ? 700 : 1080 });
      await page.getByTestId('group-by').selectOption('none');
      await page.getByTestId('sort-value').click();
      await page.getByTestId('sort-value').click();
      const cut = await page
        .getByTestId('cell-value')
        .evaluateAll((els) =>
          els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent ?? ''),
        );
      expect(cut).toEqual([]);
      await app.screenshot(`indicators-values-${width}`);
      await page.getByTestId('sort-value').click();
      await page.getByTestId('group-by').selectOption('section');
    }
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('exports the rows shown as CSV with a BOM', async () => {
    await page.getByTestId('status-target').click();
    const shown = Number(/显示 (\d+)/.exec((await countText()) ?? '')?.[1] ?? 0);
    await page.getByTestId('export-csv').click();
    await expect.poll(() => app.savedFiles.length).toBe(1);
    const saved = app.savedFiles[0];
    expect(saved?.name).toMatch(/\.csv$/);
    const text = saved?.text ?? '';
    expect(
      text.startsWith('\uFEFFname,value,unit,kind,qualifier,status,period,quote,start,end,section,'),
    ).toBe(true);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines.length).toBe(shown + 1);
    expect(lines.slice(1).every((l) => l.includes(',target,'))).toBe(true);
    await page.getByTestId('status-all').click();
  });
});
