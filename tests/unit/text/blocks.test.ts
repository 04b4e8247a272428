import { describe, expect, it } from 'vitest';
import { classifyBlocks, isTitleLike, splitLines } from '../../../src-shared/text/blocks';

const title = (s: string) => isTitleLike(s, 0, s.length);

describe('isTitleLike', () => {
  it.each([
    '2021 年湖南省衡阳市人民政府工作报告',
    '2025年湖北省政府工作报告',
    '政府工作报告',
    'Annual Report',
  ])('%j reads as a title', (s) => expect(title(s)).toBe(true));
  it.each([
    '各位代表：',
    '我代表市人民政府，向大会报告政府工作。',
    '全市 GDP 总量，突破',
    '一、回顾',
    '报告，',
    '',
    '   ',
    '长'.repeat(81),
  ])('%j does not', (s) => expect(title(s)).toBe(false));
});

describe('splitLines', () => {
  it('returns trimmed non-empty ranges between newlines', () => {
    const text = ' 甲 \n\n\u3000乙\n  \n丙';
    expect(splitLines(text).map((r) => text.slice(r.start, r.end))).toEqual(['甲', '乙', '丙']);
  });
  it('handles empty text and a trailing newline', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('甲\n')).toEqual([{ start: 0, end: 1 }]);
  });
});

describe('classifyBlocks', () => {
  const text = [
    '2021 年工作报告',
    '各位代表：',
    '一、回顾',
    '（一）应对大战大考。众志成城。',
    '(二) 推进创新开放。',
    '正文。',
  ].join('\n');
  const kinds = () => classifyBlocks(text, splitLines(text)).map((b) => [b.kind, b.level]);

  it('marks the title, whole headings with their level, and paragraphs', () => {
    expect(kinds()).toEqual([
      ['title', undefined],
      ['paragraph', undefined],
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
  });
  it('only the first block can be the title', () => {
    const t = '各位代表：\n政府工作报告';
    expect(classifyBlocks(t, splitLines(t)).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
  it('keeps ranges as given and omits level on non-headings', () => {
    const blocks = classifyBlocks(text, splitLines(text));
    expect(blocks[1]).toEqual({ start: 11, end: 16, kind: 'paragraph' });
    expect(blocks[1] && 'level' in blocks[1]).toBe(false);
  });
});
