// Skipped pages are told as a reader writes them: runs as ranges.
import { describe, expect, it } from 'vitest';
import { pageRanges } from '../../../src-shared/pdf/page-ranges';

describe('pageRanges', () => {
  it('writes runs of three or more as ranges, pairs and single pages as they are', () => {
    expect(pageRanges([2], 'zh-CN')).toBe('2');
    expect(pageRanges([2, 3], 'zh-CN')).toBe('2、3');
    expect(pageRanges([2, 5, 6, 7, 8, 9, 12], 'zh-CN')).toBe('2、5–9、12');
    expect(pageRanges([4, ...Array.from({ length: 349 }, (_, i) => i + 4).slice(1)], 'zh-CN')).toBe('4–352');
  });

  it('separates with commas in English', () => {
    expect(pageRanges([2, 5, 6, 7, 12, 13], 'en')).toBe('2, 5–7, 12, 13');
    expect(pageRanges([], 'en')).toBe('');
  });
});
