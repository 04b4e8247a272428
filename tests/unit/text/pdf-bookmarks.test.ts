import { describe, expect, it } from 'vitest';
import { MAX_BOOKMARKS, readPdfBookmarks, readPdfTitle } from '../../../src-shared/text/pdf-bookmarks';
import type { PdfOutlineNode, PdfOutlineSource } from '../../../src-shared/text/pdf-bookmarks';

const node = (title: string, dest: PdfOutlineNode['dest'], items: PdfOutlineNode[] = []): PdfOutlineNode => ({
  title,
  dest,
  items,
});

function source(outline: PdfOutlineNode[] | null | Error, info: unknown = {}): PdfOutlineSource {
  const refs = new Map<object, number>();
  const ref = { num: 12, gen: 0 };
  refs.set(ref, 4);
  return {
    getOutline: () => (outline instanceof Error ? Promise.reject(outline) : Promise.resolve(outline)),
    getDestination: (id) =>
      id === 'named'
        ? Promise.resolve([ref, { name: 'XYZ' }])
        : Promise.reject(new Error('no such destination')),
    getPageIndex: (r: never) => {
      const page = refs.get(r as object);
      return page === undefined ? Promise.reject(new Error('bad ref')) : Promise.resolve(page);
    },
    getMetadata: () => Promise.resolve({ info }),
  };
}

describe('readPdfBookmarks', () => {
  it('resolves named, referenced and numbered destinations, in order and with their depth', async () => {
    const marks = await readPdfBookmarks(
      source([
        node('一、回顾', 'named', [node('（一）经济', [{ num: 12, gen: 0 }]), node('（二）民生', [7])]),
        node('二、安排', [9]),
      ]),
    );
    // The referenced destination is an object pdf.js would not know: left out, the others kept.
    expect(marks).toEqual([
      { title: '一、回顾', level: 1, page: 4 },
      { title: '（二）民生', level: 2, page: 7 },
      { title: '二、安排', level: 1, page: 9 },
    ]);
  });

  it('leaves out bookmarks that lead nowhere or have no title, and reads no outline as none', async () => {
    expect(
      await readPdfBookmarks(source([node('gone', 'missing'), node('  ', [1]), node('nowhere', null)])),
    ).toEqual([]);
    expect(await readPdfBookmarks(source(null))).toEqual([]);
    expect(await readPdfBookmarks(source(new Error('broken outline')))).toEqual([]);
  });

  it(`reads at most ${MAX_BOOKMARKS} bookmarks of an outline that claims more`, async () => {
    const many = Array.from({ length: MAX_BOOKMARKS + 500 }, (_, i) => node(`b${i}`, [i]));
    expect(await readPdfBookmarks(source(many))).toHaveLength(MAX_BOOKMARKS);
  });
});

describe('readPdfTitle', () => {
  it('gives the metadata title trimmed, and nothing for a missing or non-text one', async () => {
    expect(await readPdfTitle(source([], { Title: '  衡阳市政府工作报告 ' }))).toBe('衡阳市政府工作报告');
    expect(await readPdfTitle(source([], { Title: '   ' }))).toBeUndefined();
    expect(await readPdfTitle(source([], { Title: 42 }))).toBeUndefined();
    expect(await readPdfTitle(source([], null))).toBeUndefined();
  });
});
