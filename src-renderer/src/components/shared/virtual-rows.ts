// A virtual list of fixed-height rows: only the rows in view (and a few
// around them) are in the DOM, so tables of tens of thousands of rows scroll
// smoothly. The component binds `scroller` to its scrolling element and calls
// `onScroll` from it; rows `first` to `first + shown.length` are drawn at
// `first * rowHeight`.
import { computed, onBeforeUnmount, onMounted, ref } from 'vue';
import type { Ref } from 'vue';

/** Height assumed until the scroller is measured. */
const DEFAULT_VIEW_HEIGHT = 600;

export function useVirtualRows<T>(rows: () => readonly T[], rowHeight: number, overscan: number) {
  const scroller = ref<HTMLElement | null>(null) as Ref<HTMLElement | null>;
  const scrollTop = ref(0);
  const viewHeight = ref(DEFAULT_VIEW_HEIGHT);

  const first = computed(() => Math.max(0, Math.floor(scrollTop.value / rowHeight) - overscan));
  const last = computed(() =>
    Math.min(rows().length, Math.ceil((scrollTop.value + viewHeight.value) / rowHeight) + overscan),
  );
  const shown = computed(() => rows().slice(first.value, last.value));

  function onScroll(): void {
    scrollTop.value = scroller.value?.scrollTop ?? 0;
  }

  /** Back to the first row (a new filter starts where its first matches are). */
  function toTop(): void {
    if (scroller.value) scroller.value.scrollTop = 0;
    scrollTop.value = 0;
  }

  /** Row `index` scrolled into view, a third of the way down, unless it is in view already. */
  function reveal(index: number): void {
    const el = scroller.value;
    if (!el) return;
    const top = index * rowHeight;
    if (top < el.scrollTop || top + rowHeight > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
      onScroll();
    }
  }

  let observer: ResizeObserver | null = null;
  onMounted(() => {
    const el = scroller.value;
    if (!el) return;
    viewHeight.value = el.clientHeight || DEFAULT_VIEW_HEIGHT;
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => (viewHeight.value = el.clientHeight || DEFAULT_VIEW_HEIGHT));
      observer.observe(el);
    }
  });
  onBeforeUnmount(() => observer?.disconnect());

  return { scroller, first, shown, onScroll, toTop, reveal };
}
