// Passages and indicators as citations to paste into one's writing.
import { describe, expect, it } from 'vitest';
import { citeIndicator, citeQuote } from '../../../src-shared/interop/cite';

const title = '2021年湖南省衡阳市人民政府工作报告';

describe('citeQuote', () => {
  it('quotes the words with the title and page, in Chinese by default', () => {
    expect(citeQuote('固定资产投资增长9.5%左右', { title, page: 3 })).toBe(
      `“固定资产投资增长9.5%左右”（《${title}》，第 3 页）`,
    );
    expect(citeQuote('全年完成', { title: `《${title}》` })).toBe(`“全年完成”（《${title}》）`);
  });

  it('in English, with p.', () => {
    expect(citeQuote('GDP grew 6%', { title: 'Report 2021', page: 12, locale: 'en' })).toBe(
      '“GDP grew 6%” (Report 2021, p. 12)',
    );
  });

  it('joins lines: nothing between Chinese characters, a space between words', () => {
    expect(citeQuote('  全市地区生产\n总值增长\n  4.3%  ', { title })).toBe(
      `“全市地区生产总值增长4.3%”（《${title}》）`,
    );
    expect(citeQuote('grew\nfast', { title: 'R', locale: 'en' })).toBe('“grew fast” (R)');
  });
});

describe('citeIndicator', () => {
  const row = {
    name: '固定资产投资',
    value: '9.5%',
    status: 'actual' as const,
    period: '2020',
    sentence: '固定资产投资增长9.5%左右',
  };

  it('gives the name, value, status and period, then the sentence quoted with its source', () => {
    expect(citeIndicator(row, { title, page: 3 })).toBe(
      `固定资产投资 9.5%（实绩，2020）：“固定资产投资增长9.5%左右”（《${title}》，第 3 页）`,
    );
    expect(citeIndicator({ ...row, status: 'target', period: null }, { title, locale: 'en' })).toBe(
      `固定资产投资: 9.5% (target). “固定资产投资增长9.5%左右” (${title})`,
    );
  });
});
