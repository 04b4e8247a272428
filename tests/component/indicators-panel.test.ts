// @vitest-environment jsdom
// The indicator panel on a small report: rows appear after extraction, the
// status filter and a header sort change what is shown, a double-click edits
// a name and the edit is saved for the document.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { IndicatorEdit } from '../../src-shared/api';
import { buildTextModel } from '../../src-shared/text';
import { i18n } from '../../src-renderer/src/i18n';
import { useReader } from '../../src-renderer/src/stores/reader';
import { useNotify } from '../../src-renderer/src/stores/notify';
import { useIndicators } from '../../src-renderer/src/stores/indicators';
import IndicatorsPanel from '../../src-renderer/src/components/indicators/IndicatorsPanel.vue';

const TEXT = [
  '2024年某市人民政府工作报告',
  '一、过去一年的工作',
  '全市地区生产总值增长6%，一般公共预算收入达到120亿元，新增市场主体2.3万户。',
  '二、今年的目标',
  '地区生产总值增长5%左右，城镇新增就业3万人以上，居民消费价格涨幅控制在3%以内。',
].join('\n\n');

let saved: IndicatorEdit[][] = [];

beforeEach(() => {
  Element.prototype.scrollIntoView = () => undefined;
  saved = [];
  const invoke = vi.fn(async (method: string, arg: unknown) => {
    if (method === 'indicators.edits') return { ok: true, value: [] };
    if (method === 'indicators.saveEdits') {
      saved.push((arg as { edits: IndicatorEdit[] }).edits);
      return { ok: true, value: null };
    }
    return { ok: true, value: null };
  });
  Object.assign(window, { api: { invoke, on: () => () => undefined } });
  setActivePinia(createPinia());
  i18n.global.locale.value = 'zh-CN';
});

async function mountPanel() {
  const reader = useReader();
  const model = buildTextModel(TEXT);
  const wrapper = mount(IndicatorsPanel, { global: { plugins: [i18n] }, attachTo: document.body });
  reader.doc = {
    record: {
      id: 'a'.repeat(64),
      type: 'txt',
      fileName: 'x.txt',
      title: 't',
      year: 2024,
      region: null,
      size: 1,
      pages: null,
      chars: model.text.length,
      importedAt: new Date(0).toISOString(),
    },
    model,
  };
  await vi.waitFor(async () => {
    await flushPromises();
    expect(wrapper.findAll('[data-testid=indicator-row]').length).toBeGreaterThan(3);
  });
  return wrapper;
}

describe('IndicatorsPanel', () => {
  it('lists the indicators grouped by section, with their count', async () => {
    const wrapper = await mountPanel();
    const groups = wrapper.findAll('[data-testid=indicator-group]').map((g) => g.text());
    expect(groups[0]).toContain('一、过去一年的工作');
    expect(wrapper.get('[data-testid=indicator-count]').text()).toMatch(/显示 \d+ \/ 共 \d+ 个指标/);
  });

  it('filters targets and sorts by value', async () => {
    const wrapper = await mountPanel();
    await wrapper.get('[data-testid=status-target]').trigger('click');
    const statuses = wrapper.findAll('[data-testid=indicator-row]').map((r) => r.attributes('data-status'));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['target']));
    await wrapper.get('[data-testid=status-all]').trigger('click');
    await wrapper.get('[data-testid=group-by]').setValue('none');
    await wrapper.get('[data-testid=sort-value]').trigger('click');
    await wrapper.get('[data-testid=sort-value]').trigger('click');
    // Largest first within each unit; the rows of one unit stay together.
    const cells = wrapper.findAll('[data-testid=cell-value]').map((c) => c.text());
    const parsed = cells.map((c) => ({ value: parseFloat(c), unit: c.replace(/^[\d.,\-–~]+/, '') }));
    expect(parsed.length).toBeGreaterThan(1);
    for (const unit of new Set(parsed.map((p) => p.unit))) {
      const values = parsed.filter((p) => p.unit === unit).map((p) => p.value);
      expect(values).toEqual([...values].sort((x, y) => y - x));
    }
    const runs = parsed.map((p) => p.unit).filter((u, i, all) => u !== all[i - 1]);
    expect(runs).toEqual([...new Set(runs)]);
    expect(wrapper.get('[data-testid=sort-value]').attributes('aria-sort')).toBe('descending');
  });

  it('edits a name in place and saves the edit', async () => {
    const wrapper = await mountPanel();
    const cell = wrapper.findAll('[data-testid=cell-name]')[0];
    await cell?.trigger('dblclick');
    const editor = wrapper.get('[data-testid=cell-editor]');
    await editor.setValue('我的名称');
    await editor.trigger('keydown', { key: 'Enter' });
    expect(wrapper.findAll('[data-testid=cell-name]')[0]?.text()).toBe('我的名称');
    await vi.waitFor(() => expect(saved.length).toBe(1));
    expect(saved[0]?.[0]).toMatchObject({ op: 'change', fields: { name: '我的名称' } });
  });

  it('refuses a value that is not a number, with a message, and keeps the old value', async () => {
    const wrapper = await mountPanel();
    const before = wrapper.findAll('[data-testid=cell-value]')[0]?.text();
    await wrapper.findAll('[data-testid=cell-value]')[0]?.trigger('dblclick');
    const editor = wrapper.get('[data-testid=cell-editor]');
    await editor.setValue('大约很多');
    await editor.trigger('keydown', { key: 'Enter' });
    expect(wrapper.findAll('[data-testid=cell-value]')[0]?.text()).toBe(before);
    const notify = useNotify();
    expect(notify.toasts.at(-1)).toMatchObject({ level: 'warning' });
    expect(notify.toasts.at(-1)?.text).toContain('大约很多');
    await new Promise((r) => setTimeout(r, 300));
    expect(saved).toEqual([]);
  });

  it('undoes and redoes table edits, from its buttons and its store', async () => {
    const wrapper = await mountPanel();
    const names = () => wrapper.findAll('[data-testid=cell-name]').map((c) => c.text());
    const original = names()[0];
    await wrapper.findAll('[data-testid=cell-name]')[0]?.trigger('dblclick');
    await wrapper.get('[data-testid=cell-editor]').setValue('改过的名称');
    await wrapper.get('[data-testid=cell-editor]').trigger('keydown', { key: 'Enter' });
    expect(names()[0]).toBe('改过的名称');
    await wrapper.get('[data-testid=indicator-undo]').trigger('click');
    expect(names()[0]).toBe(original);
    await wrapper.get('[data-testid=indicator-redo]').trigger('click');
    expect(names()[0]).toBe('改过的名称');
    const indicators = useIndicators();
    expect(indicators.undo()).toBe(true);
    await flushPromises();
    expect(names()[0]).toBe(original);
    expect(indicators.undo()).toBe(false);
    await vi.waitFor(() => expect(saved.at(-1)).toEqual([]));
  });

  it('shows every value whole: the value column is as wide as the widest value', async () => {
    const wrapper = await mountPanel();
    const row = wrapper.get('[data-testid=indicator-row]');
    const columns = (row.attributes('style') ?? '').match(/grid-template-columns:([^;]+)/)?.[1] ?? '';
    const valuePx = Number(/1fr\)\s+(\d+)px/.exec(columns)?.[1]);
    const widest = Math.max(...wrapper.findAll('[data-testid=cell-value]').map((c) => c.text().length));
    expect(valuePx).toBeGreaterThanOrEqual(widest * 7);
  });
});
