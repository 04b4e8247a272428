import { describe, expect, it } from 'vitest';
import {
  cannotEndLine,
  cannotStartLine,
  endsSentence,
  isHanCode,
  isSpaceCode,
  isWideCode,
  joinSeparator,
  skipSpaceBackward,
  skipSpaceForward,
} from '../../../src-shared/text/chars';

const code = (s: string) => s.charCodeAt(0);

describe('isSpaceCode', () => {
  it.each([' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u2003', '\u200b', '\ufeff'])('%j is space', (ch) => {
    expect(isSpaceCode(code(ch))).toBe(true);
  });
  it.each(['a', '中', '，', '0', '_'])('%j is not', (ch) => {
    expect(isSpaceCode(code(ch))).toBe(false);
  });
});

describe('isWideCode / isHanCode', () => {
  it('counts CJK, full-width forms and Chinese quotes as wide', () => {
    for (const ch of ['中', '，', '。', '“', '”', '—', '…', '１', '％', 'あ', '한'])
      expect(isWideCode(code(ch))).toBe(true);
    for (const ch of ['a', '1', '%', '-', ' ']) expect(isWideCode(code(ch))).toBe(false);
  });
  it('Han ideographs only', () => {
    expect(isHanCode(code('衡'))).toBe(true);
    expect(isHanCode(code('，'))).toBe(false);
    expect(isHanCode(code('あ'))).toBe(false);
  });
});

describe('endsSentence', () => {
  it.each([
    '报告。',
    '好！',
    '吗？',
    '如下：',
    '其一；',
    '等等…',
    'Done.',
    'Why?',
    '任务。”',
    '（完）。）',
    '完成。  ',
  ])('%j ends a sentence', (s) => expect(endsSentence(s)).toBe(true));
  it.each(['“八大工', '等“八大工程”', '自然村通水泥（沥青）', '工作报告', '', '   ', '”'])(
    '%j does not',
    (s) => {
      expect(endsSentence(s)).toBe(false);
    },
  );
  it('looks only inside [start, end)', () => {
    expect(endsSentence('甲。乙', 0, 2)).toBe(true);
    expect(endsSentence('甲。乙', 0, 3)).toBe(false);
    expect(endsSentence('。乙', 1, 2)).toBe(false);
  });
});

describe('line-breaking rules', () => {
  it('lines never start with closing or pausing punctuation', () => {
    for (const ch of ['，', '。', '、', '”', '）', '》']) expect(cannotStartLine(ch)).toBe(true);
    for (const ch of ['“', '（', '中', '1']) expect(cannotStartLine(ch)).toBe(false);
  });
  it('lines never end with opening punctuation or a comma', () => {
    for (const ch of ['“', '（', '《', '，', '、']) expect(cannotEndLine(ch)).toBe(true);
    for (const ch of ['”', '。', '中']) expect(cannotEndLine(ch)).toBe(false);
  });
});

describe('joinSeparator', () => {
  it('joins CJK with nothing and Latin words with one space', () => {
    expect(joinSeparator(code('工'), code('程'))).toBe('');
    expect(joinSeparator(code('6'), code('家'))).toBe('');
    expect(joinSeparator(code('P'), code('总'))).toBe('');
    expect(joinSeparator(code('d'), code('w'))).toBe(' ');
    expect(joinSeparator(code('5'), code('6'))).toBe(' ');
  });
  it('spaces Latin words around curly quotes, but not inside them', () => {
    expect(joinSeparator(code(','), code('“'))).toBe(' ');
    expect(joinSeparator(code('”'), code('A'))).toBe(' ');
    expect(joinSeparator(code('“'), code('p'))).toBe('');
    expect(joinSeparator(code('y'), code('”'))).toBe('');
    expect(joinSeparator(code('y'), code(','))).toBe('');
    expect(joinSeparator(code('设'), code('“'))).toBe('');
    expect(joinSeparator(code('“'), code('5'))).toBe('');
    expect(joinSeparator(code('”'), code('等'))).toBe('');
  });
  it('adds nothing around dashes', () => {
    expect(joinSeparator(code('—'), code('w'))).toBe('');
    expect(joinSeparator(code('w'), code('—'))).toBe('');
  });
  it('adds nothing next to whitespace, after a hyphen or at an edge', () => {
    expect(joinSeparator(code(' '), code('w'))).toBe('');
    expect(joinSeparator(code('d'), code(' '))).toBe('');
    expect(joinSeparator(code('-'), code('w'))).toBe('');
    expect(joinSeparator(Number.NaN, code('w'))).toBe('');
  });
});

describe('skipSpace', () => {
  it('finds the trimmed range', () => {
    const s = '\u3000 中文 \u00a0';
    expect(skipSpaceForward(s, 0, s.length)).toBe(2);
    expect(skipSpaceBackward(s, 0, s.length)).toBe(4);
    expect(skipSpaceForward('   ', 0, 3)).toBe(3);
    expect(skipSpaceBackward('   ', 0, 3)).toBe(0);
  });
});
