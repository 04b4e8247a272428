// Maps text-model offsets to the reflowed text view: one element per block,
// whose single text node is exactly the block's slice of the text.
import type { Block } from '@shared/model';

export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function point(
  blocks: readonly Block[],
  elements: readonly Element[],
  offset: number,
): [Node, number] | null {
  const i = blockIndexAt(blocks, offset);
  const block = blocks[i];
  const node = elements[i]?.firstChild;
  if (!block || !node || node.nodeType !== Node.TEXT_NODE) return null;
  const within = Math.min(Math.max(offset - block.start, 0), (node as Text).length);
  return [node, within];
}

export function rangeForText(
  blocks: readonly Block[],
  elements: readonly Element[],
  start: number,
  end: number,
): Range | null {
  const a = point(blocks, elements, start);
  const b = point(blocks, elements, end);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
