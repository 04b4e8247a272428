import { describe, expect, it } from 'vitest';
import { foldString, foldText, toFolded, toOriginal } from '../../../src-shared/anchoring/folded';

describe('foldText', () => {
  const f = foldText('2021 年\n增长１２％， GDP');
  it('drops whitespace and folds width and Latin case', () => {
    expect(f.folded).toBe('2021年增长12%,gdp');
    expect(f.text).toBe('2021 年\n增长１２％， GDP');
  });
  it('maps folded offsets back to the original', () => {
    expect(toOriginal(f, 0, 5)).toEqual({ start: 0, end: 6 });
    const at = f.folded.indexOf('12%');
    expect(f.text.slice(toOriginal(f, at, at + 3).start, toOriginal(f, at, at + 3).end)).toBe('１２％');
  });
  it('maps an original offset to the next kept character', () => {
    expect(toFolded(f, 0)).toBe(0);
    expect(toFolded(f, 4)).toBe(4); // the space before 年
    expect(toFolded(f, 5)).toBe(4);
    expect(toFolded(f, f.text.length)).toBe(f.folded.length);
  });
  it('folds quotes the same way', () => {
    expect(foldString(' ２０２１ 年\n')).toBe('2021年');
    expect(foldString(' \n\u3000')).toBe('');
  });
});
