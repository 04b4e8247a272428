import { createI18n } from 'vue-i18n';
import en from './en';
import zhCN from './zh-CN';

/** A date as the library shows it (vue-i18n's `short`; the library's rows format it themselves). */
export const SHORT_DATE: Readonly<Record<'zh-CN' | 'en', Intl.DateTimeFormatOptions>> = {
  'zh-CN': { year: 'numeric', month: '2-digit', day: '2-digit' },
  en: { year: 'numeric', month: 'short', day: 'numeric' },
};

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  datetimeFormats: {
    'zh-CN': { short: SHORT_DATE['zh-CN'] },
    en: { short: SHORT_DATE.en },
  },
});
