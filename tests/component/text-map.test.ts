// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Block, PageSpan } from '../../src-shared/model';
import { blockIndexAt, rangeForText } from '../../src-renderer/src/components/reader/text-map';
import { pageOfOffset, rangesForPdf } from '../../src-renderer/src/pdf/text-map';

function elements(texts: string[]): HTMLElement[] {
  return texts.map((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.body.append(p);
    return p;
  });
}

describe('text view mapping', () => {
  const text = '标题\n第一段文字。\n第二段。';
  const blocks: Block[] = [
    { start: 0, end: 2, kind: 'title' },
    { start: 3, end: 9, kind: 'paragraph' },
    { start: 10, end: 14, kind: 'paragraph' },
  ];
  const els = elements(blocks.map((b) => text.slice(b.start, b.end)));

  it('finds the block of an offset', () => {
    expect([0, 2, 3, 9, 10, 13].map((o) => blockIndexAt(blocks, o))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('makes a range for offsets inside and across blocks', () => {
    expect(rangeForText(blocks, els, 4, 6)?.toString()).toBe('一段');
    expect(rangeForText(blocks, els, 7, 12)?.toString()).toBe('字。第二');
  });
});

describe('PDF text layer mapping', () => {
  // Page 1: items "地区生产" and "总值增长" on two lines joined with nothing,
  // then an empty item; page 2 starts after a paragraph break.
  const text = '地区生产总值增长\n下一页';
  const pages: PageSpan[] = [
    { start: 0, end: 8, items: [0, 4, -1] },
    { start: 9, end: 12, items: [9] },
  ];
  const spans = new Map<number, Element[]>([
    [0, elements(['地区生产', '总值增长', ''])],
    [1, elements(['下一页'])],
  ]);

  it('finds the page of an offset', () => {
    expect([0, 7, 8, 9, 11].map((o) => pageOfOffset(pages, o))).toEqual([0, 0, 0, 1, 1]);
  });

  it('maps a match across two items to one range', () => {
    const ranges = rangesForPdf(pages, spans, 2, 6);
    expect(ranges.map((r) => r.toString())).toEqual(['生产总值']);
    expect(text.slice(2, 6)).toBe('生产总值');
  });

  it('splits a match across pages, skipping the separator', () => {
    const ranges = rangesForPdf(pages, spans, 6, 11);
    expect(ranges.map((r) => r.toString())).toEqual(['增长', '下一']);
  });

  it('draws nothing on pages whose text layer is not rendered', () => {
    expect(rangesForPdf(pages, new Map([[1, spans.get(1) ?? []]]), 0, 11).map(String)).toEqual(['下一']);
  });
});
