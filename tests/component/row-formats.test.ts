// The library's import dates and counts, written out by hand
// (corpus/row-labels.ts): the same text as Intl's formatters give, without
// their cost.
import { describe, expect, it } from 'vitest';
import { groupDigits, shortDate } from '../../src-renderer/src/corpus/row-labels';
import { SHORT_DATE } from '../../src-renderer/src/i18n';

const DATES = [
  '2025-03-04T08:00:00.000Z',
  '2024-12-31T23:59:59.000Z',
  '2026-01-01T00:00:00.000Z',
  '2021-02-28T12:00:00.000+08:00',
  '2030-10-09T05:06:07.000Z',
];

describe('shortDate', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`says what Intl.DateTimeFormat says in ${lang}`, () => {
      const intl = new Intl.DateTimeFormat(lang, SHORT_DATE[lang]);
      for (const iso of DATES) expect(shortDate(lang, iso)).toBe(intl.format(new Date(iso)));
    });
  }

  it('says nothing of a date that is not one (where Intl throws)', () => {
    expect(shortDate('zh-CN', 'not a date')).toBe('');
    expect(shortDate('en', '')).toBe('');
  });
});

describe('groupDigits', () => {
  it('says what Intl.NumberFormat says in Chinese and in English', () => {
    const counts = [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 20_123_456, -4321, Number.MAX_SAFE_INTEGER];
    for (const lang of ['zh-CN', 'en']) {
      const intl = new Intl.NumberFormat(lang);
      for (const n of counts) expect(groupDigits(n)).toBe(intl.format(n));
    }
  });
});
