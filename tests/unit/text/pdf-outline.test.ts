import { describe, expect, it } from 'vitest';
import { outlineFromBookmarks } from '../../../src-shared/text';
import type { TextModel } from '../../../src-shared/model';

const PAGE1 = 'Free Culture\nPreface\nSome words.';
const PAGE2 = 'Chapter One: Creators\nText of the chapter.';
const model: TextModel = {
  version: 1,
  text: `${PAGE1}\n${PAGE2}`,
  blocks: [],
  outline: [],
  pages: [
    { start: 0, end: PAGE1.length, items: [] },
    { start: PAGE1.length + 1, end: PAGE1.length + 1 + PAGE2.length, items: [] },
  ],
};

describe('outlineFromBookmarks', () => {
  it('places each bookmark on its title in its page, in reading order', () => {
    const items = outlineFromBookmarks(model, [
      { title: 'CHAPTER ONE', level: 2, page: 1 },
      { title: 'Chapter  One:   Creators', level: 1, page: 1 },
      { title: 'Preface', level: 1, page: 0 },
    ]);
    expect(items.map((i) => [i.title, i.level, model.text.slice(i.start, i.end)])).toEqual([
      ['Preface', 1, 'Preface'],
      // Not printed as such: the start of its page.
      ['CHAPTER ONE', 2, ''],
      ['Chapter One: Creators', 1, 'Chapter One: Creators'],
    ]);
    expect(items[1]?.start).toBe(PAGE1.length + 1);
  });

  it('drops bookmarks to pages the document does not have, and clamps levels', () => {
    const items = outlineFromBookmarks(model, [
      { title: 'Gone', level: 1, page: 9 },
      { title: 'Preface', level: 9, page: 0 },
    ]);
    expect(items.map((i) => [i.title, i.level])).toEqual([['Preface', 6]]);
  });
});

describe('cleanPdfTitle', () => {
  it('keeps a real title and drops what converters add', async () => {
    const { cleanPdfTitle } = await import('../../../src-shared/text');
    expect(cleanPdfTitle('  Free   Culture ')).toBe('Free Culture');
    expect(cleanPdfTitle('Microsoft Word - 2021年政府工作报告.docx')).toBe('2021年政府工作报告');
    expect(cleanPdfTitle('Untitled')).toBeNull();
    expect(cleanPdfTitle('report.html')).toBeNull();
    expect(cleanPdfTitle('123.pdf')).toBeNull();
    expect(cleanPdfTitle(undefined)).toBeNull();
  });
});
