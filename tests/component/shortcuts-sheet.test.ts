// @vitest-environment jsdom
// The shortcuts sheet: `?` opens it from anywhere but a text field, Esc or a
// click outside closes it, and it lists every key with what it does in
// Chinese and in English. The panel keys (Ctrl+[ / Ctrl+]) collapse the
// reader's panels from the same keyboard handler.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import { DEFAULT_SETTINGS } from '../../src-shared/model';
import { i18n } from '../../src-renderer/src/i18n';
import App from '../../src-renderer/src/App.vue';
import ShortcutsSheet from '../../src-renderer/src/components/shared/ShortcutsSheet.vue';
import { useLayout } from '../../src-renderer/src/stores/layout';

// The views are not what this test is about (and the reader pulls in pdf.js): only the shell and its keys.
const empty = vi.hoisted(() => ({ default: { name: 'Stub', render: () => null } }));
vi.mock('../../src-renderer/src/views/ReaderView.vue', () => empty);
vi.mock('../../src-renderer/src/views/LibraryView.vue', () => empty);
vi.mock('../../src-renderer/src/views/CorpusView.vue', () => empty);
vi.mock('../../src-renderer/src/corpus/SearchView.vue', () => empty);
vi.mock('../../src-renderer/src/pdf/pdfjs', () => ({
  openPdf: () => Promise.reject(new Error('no pdf.js here')),
}));

const RESULTS: Record<string, unknown> = {
  'settings.get': DEFAULT_SETTINGS,
  'library.list': [],
  'reading.get': { current: null, places: [] },
  'app.notices': [],
  'app.status': { readOnly: false },
};

let app: VueWrapper | null = null;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  const invoke = vi.fn(async (method: string) => ({ ok: true, value: RESULTS[method] ?? null }));
  Object.assign(window, { api: { invoke, on: () => () => undefined } });
  setActivePinia(createPinia());
  i18n.global.locale.value = 'zh-CN';
});

afterEach(() => {
  app?.unmount();
  app = null;
  document.body.innerHTML = '';
});

async function mountApp(): Promise<VueWrapper> {
  app = mount(App, {
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
  await flushPromises();
  return app;
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = window): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

const sheet = () => document.querySelector('[data-testid=shortcuts]');

describe('the shortcuts sheet', () => {
  it('opens on ?, closes on Esc and on a click outside', async () => {
    await mountApp();
    expect(sheet()).toBeNull();
    press('?');
    await nextTick();
    expect(sheet()).not.toBeNull();
    expect(sheet()?.getAttribute('role')).toBe('dialog');
    expect(sheet()?.getAttribute('aria-label')).toBe('快捷键');
    press('Escape');
    await nextTick();
    expect(sheet()).toBeNull();
    press('?');
    await nextTick();
    // A click on the sheet itself keeps it; one beside it (on the dimmed page) closes it.
    (sheet() as HTMLElement).click();
    await nextTick();
    expect(sheet()).not.toBeNull();
    (sheet()?.parentElement as HTMLElement).click();
    await nextTick();
    expect(sheet()).toBeNull();
  });

  it('does not open when ? is typed in a text field', async () => {
    await mountApp();
    const input = document.createElement('input');
    document.body.append(input);
    press('?', {}, input);
    await nextTick();
    expect(sheet()).toBeNull();
  });

  it('lists the keys with what they do, in Chinese and in English', async () => {
    const wrapper = mount(ShortcutsSheet, { global: { plugins: [i18n] } });
    const rows = () =>
      wrapper.findAll('dt').map((dt, i) => [dt.text(), wrapper.findAll('dd')[i]?.text() ?? '']);
    expect(rows()).toContainEqual(['Ctrl+F', '查找']);
    expect(rows()).toContainEqual(['Ctrl+[', '显示或隐藏目录']);
    expect(rows()).toContainEqual(['F11', '专注模式（隐藏侧栏）']);
    expect(rows().map(([k]) => k)).toEqual(
      expect.arrayContaining(['Ctrl+O', 'Ctrl+L / Alt+←', 'Ctrl+Z / Ctrl+Shift+Z', 'Ctrl+]', 'Esc', '?']),
    );
    // Every key has its description in both languages, none left as a message key.
    const zh = rows();
    i18n.global.locale.value = 'en';
    await nextTick();
    const en = rows();
    expect(wrapper.find('h2').text()).toBe('Keyboard shortcuts');
    expect(en).toContainEqual(['Ctrl+F', 'Find']);
    expect(en).toContainEqual(['Ctrl+]', 'Show or hide the side panel']);
    expect(en).toHaveLength(zh.length);
    for (const [i, [, what]] of en.entries()) {
      expect(what).not.toMatch(/^keys\./);
      expect(what).not.toBe(zh[i]?.[1]);
    }
    await wrapper.get('[data-testid=shortcuts-close]').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});

describe('the panel keys', () => {
  it('collapse the outline with Ctrl+[ and the side panel with Ctrl+] in the reader only', async () => {
    const wrapper = await mountApp();
    const layout = useLayout();
    // In the library the keys do nothing.
    press('[', { ctrlKey: true });
    expect(layout.outlineOpen).toBe(true);
    (wrapper.vm as unknown as { view: string }).view = 'reader';
    await nextTick();
    press('[', { ctrlKey: true });
    expect(layout.outlineOpen).toBe(false);
    press(']', { ctrlKey: true });
    expect(layout.sideOpen).toBe(false);
    press('[', { ctrlKey: true });
    press(']', { ctrlKey: true });
    expect([layout.outlineOpen, layout.sideOpen]).toEqual([true, true]);
  });
});
