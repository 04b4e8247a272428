// @vitest-environment jsdom
// The reader toolbar's "Reading settings" popover: it shows the current
// choices, saves each new one through the settings API, puts the theme on the
// page, offers only the theme for a PDF, and Esc closes it without reaching
// the app's own Esc (which would leave focus mode).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { DEFAULT_SETTINGS } from '../../src-shared/model';
import type { Settings } from '../../src-shared/model';
import { i18n } from '../../src-renderer/src/i18n';
import { useSettings } from '../../src-renderer/src/stores/settings';
import ReadingSettings from '../../src-renderer/src/components/reader/ReadingSettings.vue';

let stored: Settings;
let patches: unknown[];

beforeEach(() => {
  stored = { ...DEFAULT_SETTINGS };
  patches = [];
  const invoke = vi.fn(async (method: string, arg: unknown) => {
    if (method === 'settings.set') {
      patches.push(arg);
      stored = { ...stored, ...(arg as Partial<Settings>) };
    }
    return { ok: true, value: method.startsWith('settings.') ? stored : null };
  });
  Object.assign(window, { api: { invoke, on: () => () => undefined } });
  setActivePinia(createPinia());
  i18n.global.locale.value = 'zh-CN';
});

afterEach(() => {
  document.body.innerHTML = '';
});

function mountPopover(textView = true) {
  return mount(ReadingSettings, {
    props: { textView },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
}

const checked = (w: ReturnType<typeof mountPopover>) =>
  w.findAll('[aria-checked=true]').map((b) => b.attributes('data-testid'));

describe('ReadingSettings', () => {
  it('opens from its toolbar button with the current choices marked', async () => {
    const w = mountPopover();
    expect(w.find('[data-testid=reading-settings-panel]').exists()).toBe(false);
    expect(w.get('[data-testid=reading-settings]').text()).toBe('阅读设置');
    await w.get('[data-testid=reading-settings]').trigger('click');
    expect(w.get('[data-testid=reading-settings]').attributes('aria-expanded')).toBe('true');
    expect(checked(w)).toEqual(['theme-light', 'font-serif', 'line-height-1.8']);
    expect(w.get('[data-testid=reading-settings-panel]').text()).toContain('米黄');
  });

  it('saves each choice and shows it chosen; the theme goes on the page', async () => {
    const w = mountPopover();
    await w.get('[data-testid=reading-settings]').trigger('click');
    await w.get('[data-testid=theme-sepia]').trigger('click');
    await w.get('[data-testid=font-sans]').trigger('click');
    await w.get('[data-testid="line-height-2.1"]').trigger('click');
    await w.get('[data-testid=comfort-larger]').trigger('click');
    await flushPromises();
    expect(patches).toEqual([
      { theme: 'sepia' },
      { readingFont: 'sans' },
      { lineHeight: 2.1 },
      { fontSize: DEFAULT_SETTINGS.fontSize + 2 },
    ]);
    expect(checked(w)).toEqual(['theme-sepia', 'font-sans', 'line-height-2.1']);
    expect(w.get('[data-testid=comfort-size]').text()).toBe(`${DEFAULT_SETTINGS.fontSize + 2}px`);
    expect(document.documentElement.dataset['theme']).toBe('sepia');
  });

  it('offers only the theme for a PDF, and says why', async () => {
    const w = mountPopover(false);
    await w.get('[data-testid=reading-settings]').trigger('click');
    expect(w.find('[data-testid=theme-sepia]').exists()).toBe(true);
    expect(w.find('[data-testid=font-serif]').exists()).toBe(false);
    expect(w.find('[data-testid="line-height-1.5"]').exists()).toBe(false);
    expect(w.text()).toContain('PDF');
  });

  it('closes on Esc without the app seeing it, and on a click elsewhere', async () => {
    const seen: string[] = [];
    const onWindowKey = (e: KeyboardEvent) => seen.push(e.key);
    window.addEventListener('keydown', onWindowKey);
    const w = mountPopover();
    await w.get('[data-testid=reading-settings]').trigger('click');
    await w.get('[data-testid=theme-dark]').trigger('keydown', { key: 'Escape' });
    expect(w.find('[data-testid=reading-settings-panel]').exists()).toBe(false);
    expect(seen).toEqual([]);
    await w.get('[data-testid=reading-settings]').trigger('click');
    document.body.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    await flushPromises();
    expect(w.find('[data-testid=reading-settings-panel]').exists()).toBe(false);
    window.removeEventListener('keydown', onWindowKey);
  });

  it('names its choices in English', async () => {
    const w = mountPopover();
    // The locale follows the settings, as in the app.
    useSettings().settings = { ...DEFAULT_SETTINGS, locale: 'en' };
    await w.get('[data-testid=reading-settings]').trigger('click');
    const text = w.get('[data-testid=reading-settings-panel]').text();
    for (const word of ['Light', 'Sepia', 'Dark', 'Serif', 'Sans', 'Line spacing', 'Loose 2.1']) {
      expect(text).toContain(word);
    }
  });
});
