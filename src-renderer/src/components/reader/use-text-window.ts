// A long report's text, windowed: its blocks in chunks (text-window.ts), only
// those near the viewport in the DOM. The others keep their place at the
// height they had (or an estimate), and come in as they near the viewport.
import { computed, nextTick, ref } from 'vue';
import type { Ref } from 'vue';
import type { TextModel } from '@shared/model';
import { blockIndexAt } from './text-map';
import { chunkBlocks, chunkOf } from './text-window';

/**
 * `changed` runs once the chunks that came in or left are in the DOM, or out
 * of it (the pane reads its blocks again and redraws on them).
 */
export function useTextWindow(
  model: () => TextModel,
  scroller: Ref<HTMLElement | null>,
  changed: () => void,
) {
  const chunks = computed(() => chunkBlocks(model().blocks));
  const windowed = computed(() => chunks.value.length > 1);
  /** Chunks in the DOM; a small document has one, always there. */
  const live = ref<Set<number>>(new Set([0]));
  /** Measured heights (px) of chunks that were rendered, kept when they leave the DOM. */
  const measured = new Map<number, number>();
  let observer: IntersectionObserver | null = null;

  function chunkHeight(ci: number): string {
    const known = measured.get(ci);
    if (known !== undefined) return `${known}px`;
    return `${chunks.value[ci]?.estimateEm ?? 0}em`;
  }

  function blockRange(ci: number): number[] {
    const c = chunks.value[ci];
    if (!c) return [];
    return Array.from({ length: c.to - c.from }, (_, k) => c.from + k);
  }

  function setLive(next: Set<number>): void {
    const same = next.size === live.value.size && [...next].every((ci) => live.value.has(ci));
    if (same) return;
    live.value = next;
    void nextTick(changed);
  }

  /** Watches the chunks' places: a screen above and two below are rendered ahead of the reader. */
  function observe(): void {
    observer?.disconnect();
    observer = null;
    if (!windowed.value || !scroller.value || typeof IntersectionObserver === 'undefined') return;
    observer = new IntersectionObserver(
      (entries) => {
        const next = new Set(live.value);
        for (const entry of entries) {
          const ci = Number((entry.target as HTMLElement).dataset['chunk']);
          if (entry.isIntersecting) next.add(ci);
          else if (next.has(ci)) {
            // Leaving: its place keeps the height it really had.
            measured.set(ci, (entry.target as HTMLElement).offsetHeight);
            next.delete(ci);
          }
        }
        setLive(next);
      },
      { root: scroller.value, rootMargin: '100% 0px 200% 0px' },
    );
    for (const el of scroller.value.querySelectorAll('.chunk')) observer.observe(el);
  }

  /** Renders the chunk holding `offset` (and its neighbours); true once they are in the DOM, false if they were. */
  async function reveal(offset: number): Promise<boolean> {
    if (!windowed.value) return false;
    const ci = chunkOf(chunks.value, blockIndexAt(model().blocks, offset));
    if (live.value.has(ci)) return false;
    const next = new Set(live.value);
    for (const n of [ci - 1, ci, ci + 1]) if (n >= 0 && n < chunks.value.length) next.add(n);
    live.value = next;
    await nextTick();
    return true;
  }

  return {
    chunks,
    windowed,
    live,
    chunkHeight,
    blockRange,
    observe,
    reveal,
    /** Another text: back to its first chunk, nothing measured. */
    reset(): void {
      measured.clear();
      live.value = new Set([0]);
    },
    /** Heights measured at another font size, spacing or typeface no longer hold. */
    forgetHeights: () => measured.clear(),
    stop: () => observer?.disconnect(),
  };
}
