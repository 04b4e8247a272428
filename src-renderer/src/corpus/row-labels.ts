// What every library row says, translated once per locale. vue-i18n's t() and
// d() cost tens of microseconds a call (the composer, the fallback chain, a
// JSON cache key for every date), and a library of 100 rows called them about
// 900 times before its first paint; the rows now do plain string work.
import { computed } from 'vue';
import type { ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RegionLevel } from '@shared/corpus/gazetteer';
import { LEVELS } from './place-draft';

/** A message with its named parameters filled in. */
export type Fill = (params: Readonly<Record<string, string | number>>) => string;

type Translate = (key: string, params: Record<string, string>) => string;

/**
 * `key`'s message, translated once with its parameters left as `{name}`; the
 * returned function fills them. The message is scanned once, so a value that
 * itself holds `{title}` is put in as it is.
 */
export function template(t: Translate, key: string, names: readonly string[]): Fill {
  const text = t(key, Object.fromEntries(names.map((n) => [n, `{${n}}`])));
  return (params) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

export interface RowLabels {
  open: string;
  rename: string;
  remove: string;
  reviewed: string;
  planned: string;
  needs: string;
  levels: Readonly<Record<RegionLevel, string>>;
  pages: Fill;
  chars: Fill;
  sameAs: Fill;
  sameAsMany: Fill;
  twin: Fill;
  /** The import date as the locale's short date (vue-i18n's `short` format). */
  date(iso: string): string;
}

/**
 * A count with its thousands grouped (12,345), as Intl.NumberFormat gives it
 * in Chinese and in English. Written out for the reason shortDate is: the
 * page's first Intl formatter of any kind costs 40-50 ms (ICU's locale data),
 * and Number#toLocaleString builds a formatter per call.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `iso` as SHORT_DATE shows it in `lang` (2025/03/04, Mar 4, 2025), in local
 * time; '' for a date that is not one. Written out rather than asked of
 * Intl.DateTimeFormat: the page's first Intl formatter costs 40-50 ms (ICU's
 * locale data), on the way to the library's first rows.
 */
export function shortDate(lang: 'zh-CN' | 'en', iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const [y, m, d] = [date.getFullYear(), date.getMonth(), date.getDate()];
  return lang === 'en'
    ? `${MONTHS[m] ?? ''} ${d}, ${y}`
    : `${y}/${String(m + 1).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
}

export function useRowLabels(): ComputedRef<RowLabels> {
  const { t, locale } = useI18n();
  return computed(() => {
    const lang = locale.value === 'en' ? 'en' : 'zh-CN';
    return {
      open: t('library.open'),
      rename: t('library.rename'),
      remove: t('library.delete'),
      reviewed: t('corpus.place.reviewed'),
      planned: t('corpus.place.planned'),
      needs: t('corpus.place.needs'),
      levels: Object.fromEntries(LEVELS.map((l) => [l, t(`corpus.place.levels.${l}`)])) as Record<
        RegionLevel,
        string
      >,
      pages: template(t, 'library.pages', ['n']),
      chars: template(t, 'library.chars', ['n']),
      sameAs: template(t, 'corpus.place.sameAs', ['title', 'file']),
      sameAsMany: template(t, 'corpus.place.sameAsMany', ['n']),
      twin: template(t, 'corpus.place.twin', ['title', 'file']),
      date: (iso) => shortDate(lang, iso),
    };
  });
}
