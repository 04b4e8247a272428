import { defineStore } from 'pinia';
import { ref, watchEffect } from 'vue';
import type { Settings } from '@shared/model';
import { DEFAULT_SETTINGS } from '@shared/model';
import type { ApiArgs } from '@shared/api';
import { api } from '../api';
import { takeLaunchAnswer } from '../launch';
import { i18n } from '../i18n';

export const useSettings = defineStore('settings', () => {
  const settings = ref<Settings>({ ...DEFAULT_SETTINGS });

  watchEffect(() => {
    i18n.global.locale.value = settings.value.locale;
    document.documentElement.lang = settings.value.locale;
    document.documentElement.dataset['theme'] = settings.value.theme;
  });

  async function load(): Promise<void> {
    // The first read may have been asked before the app loaded (launch-early.ts).
    settings.value = await (takeLaunchAnswer('settings.get') ?? api.invoke('settings.get', undefined));
  }

  async function update(patch: ApiArgs['settings.set']): Promise<void> {
    settings.value = { ...settings.value, ...patch };
    settings.value = await api.invoke('settings.set', patch);
  }

  function toggleTheme(): Promise<void> {
    return update({ theme: settings.value.theme === 'dark' ? 'light' : 'dark' });
  }

  function toggleLocale(): Promise<void> {
    return update({ locale: settings.value.locale === 'en' ? 'zh-CN' : 'en' });
  }

  function changeFontSize(delta: number): Promise<void> {
    const fontSize = Math.min(40, Math.max(12, settings.value.fontSize + delta));
    return update({ fontSize });
  }

  return { settings, load, update, toggleTheme, toggleLocale, changeFontSize };
});
