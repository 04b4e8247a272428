// Which parts of a long text are in the DOM: the blocks are cut into chunks,
// and only the chunks near the viewport are rendered; the others keep their
// place with an estimated (then measured) height. A report of 60 MB has about
// 100,000 paragraphs: all of them at once would stall or crash the renderer.
import type { Block } from '@shared/model';

/** Documents with fewer blocks are rendered whole, as before. */
export const WINDOW_MIN_BLOCKS = 3000;
export const CHUNK_BLOCKS = 300;
/** Full-width characters on one line of the 42em-wide page. */
const CHARS_PER_LINE = 42;
const LINE_HEIGHT = 1.9;
const BLOCK_MARGIN = 0.9;

export interface Chunk {
  from: number;
  to: number;
  /** Estimated height in em. */
  estimateEm: number;
}

export function chunkBlocks(blocks: readonly Block[]): Chunk[] {
  if (blocks.length < WINDOW_MIN_BLOCKS) return [{ from: 0, to: blocks.length, estimateEm: 0 }];
  const chunks: Chunk[] = [];
  for (let from = 0; from < blocks.length; from += CHUNK_BLOCKS) {
    const to = Math.min(blocks.length, from + CHUNK_BLOCKS);
    let em = 0;
    for (let i = from; i < to; i++) {
      const b = blocks[i];
      const lines = b ? Math.max(1, Math.ceil((b.end - b.start) / CHARS_PER_LINE)) : 1;
      em += lines * LINE_HEIGHT + BLOCK_MARGIN;
    }
    chunks.push({ from, to, estimateEm: em });
  }
  return chunks;
}

/** The chunk holding block `index`. */
export function chunkOf(chunks: readonly Chunk[], index: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((chunks[mid]?.from ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
