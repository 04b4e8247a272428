import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-shared/model';
import {
  CHUNK_BLOCKS,
  chunkBlocks,
  chunkOf,
  WINDOW_MIN_BLOCKS,
} from '../../../src-renderer/src/components/reader/text-window';

function blocks(n: number, len = 84): Block[] {
  return Array.from({ length: n }, (_, i) => ({
    start: i * (len + 1),
    end: i * (len + 1) + len,
    kind: 'paragraph',
  }));
}

describe('the text view window', () => {
  it('keeps a short document whole, in one chunk', () => {
    expect(chunkBlocks(blocks(WINDOW_MIN_BLOCKS - 1))).toEqual([
      { from: 0, to: WINDOW_MIN_BLOCKS - 1, estimateEm: 0 },
    ]);
  });

  it('cuts a long one into chunks that cover every block once, with a height estimate', () => {
    const n = 100_000;
    const chunks = chunkBlocks(blocks(n));
    expect(chunks).toHaveLength(Math.ceil(n / CHUNK_BLOCKS));
    expect(chunks[0]?.from).toBe(0);
    expect(chunks.at(-1)?.to).toBe(n);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.from).toBe(chunks[i - 1]?.to);
    // 84 characters are two lines of 42: 2 x 1.9em + 0.9em margin per paragraph.
    expect(chunks[0]?.estimateEm).toBeCloseTo(CHUNK_BLOCKS * 4.7, 5);
  });

  it('finds the chunk of a block', () => {
    const chunks = chunkBlocks(blocks(10_000));
    expect(chunkOf(chunks, 0)).toBe(0);
    expect(chunkOf(chunks, CHUNK_BLOCKS - 1)).toBe(0);
    expect(chunkOf(chunks, CHUNK_BLOCKS)).toBe(1);
    expect(chunkOf(chunks, 9_999)).toBe(chunks.length - 1);
  });
});
