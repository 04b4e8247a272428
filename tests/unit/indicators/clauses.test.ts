import { describe, expect, it } from 'vitest';
import { BoundaryCursor, findBoundaries } from '../../../src-shared/indicators/clauses';
import { foldWidth } from '../../../src-shared/text/fold';

function clauseOf(text: string, needle: string): string {
  const { clauses } = findBoundaries(foldWidth(text), text);
  const [s, e] = new BoundaryCursor(clauses, text.length).around(text.indexOf(needle));
  return text.slice(s, e);
}

describe('clauses', () => {
  it('splits at Chinese commas, semicolons and full stops', () => {
    expect(clauseOf('工业投资增长9%，出口增长4%；消费回暖。', '出口')).toBe('出口增长4%');
  });

  it('does not split at 、', () => {
    expect(clauseOf('棉花、油料产量分别增长3%、5%。', '油料')).toBe('棉花、油料产量分别增长3%、5%');
  });

  it('does not split inside a short aside in brackets', () => {
    expect(clauseOf('财政收入突破800亿元（快报数，下同），', '财政')).toBe(
      '财政收入突破800亿元（快报数，下同）',
    );
  });

  it('does not split at a thousands separator', () => {
    expect(clauseOf('总投资1,250亿元，', '总投资')).toBe('总投资1,250亿元');
  });

  it('finds sentences at 。 and line ends only', () => {
    const text = '到2030年，森林覆盖率达到50%；\n新建公园10个。';
    const { sentences } = findBoundaries(foldWidth(text), text);
    const [s, e] = new BoundaryCursor(sentences, text.length).around(text.indexOf('森林'));
    expect(text.slice(s, e)).toBe('到2030年，森林覆盖率达到50%；');
  });
});
