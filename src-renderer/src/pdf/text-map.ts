// Maps text-model offsets to the spans of pdf.js text layers. PageSpan.items
// holds where each text item starts in the text; the text layer makes one span
// per item, in the same order, whose text is the item's string.
import type { PageSpan } from '@shared/model';

export interface DomPoint {
  node: Node;
  offset: number;
}

/** Index of the page holding `offset` (the last page starting at or before it). */
export function pageOfOffset(pages: readonly PageSpan[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((pages[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function textNodeOf(span: Element): Text | null {
  const node = span.firstChild;
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}

/**
 * The DOM point for `offset` on one page. `bias` says where an offset that
 * falls between items (a separator the builder inserted) goes: 'after' to the
 * start of the next item, 'before' to the end of the previous one.
 */
export function pointInPage(
  page: PageSpan,
  spans: readonly Element[],
  offset: number,
  bias: 'before' | 'after',
): DomPoint | null {
  let best = -1;
  for (let i = 0; i < page.items.length; i++) {
    const start = page.items[i] ?? -1;
    if (start < 0) continue;
    if (start <= offset) best = i;
    else break;
  }
  const span = best >= 0 ? spans[best] : undefined;
  const node = span ? textNodeOf(span) : null;
  const start = page.items[best] ?? -1;
  if (node && offset - start <= node.length) return { node, offset: offset - start };
  if (bias === 'before') {
    return node ? { node, offset: node.length } : null;
  }
  for (let i = best + 1; i < page.items.length; i++) {
    const s = spans[i];
    const n = s ? textNodeOf(s) : null;
    if ((page.items[i] ?? -1) >= 0 && n) return { node: n, offset: 0 };
  }
  return null;
}

/** DOM ranges covering [start, end) on the pages whose text layers are rendered. */
export function rangesForPdf(
  pages: readonly PageSpan[],
  spansByPage: ReadonlyMap<number, readonly Element[]>,
  start: number,
  end: number,
): Range[] {
  const ranges: Range[] = [];
  const first = pageOfOffset(pages, start);
  const last = pageOfOffset(pages, Math.max(start, end - 1));
  for (let p = first; p <= last; p++) {
    const page = pages[p];
    const spans = spansByPage.get(p);
    if (!page || !spans) continue;
    const a = pointInPage(page, spans, Math.max(start, page.start), 'after');
    const b = pointInPage(page, spans, Math.min(end, page.end), 'before');
    if (!a || !b) continue;
    const range = document.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      if (!range.collapsed) ranges.push(range);
    } catch {
      // A point past the end of its node: the text layer is not the one we mapped.
    }
  }
  return ranges;
}
