// The reader's panels: which are shown, how wide (remembered on this machine),
// focus mode, and whether the side panel must lie over the text because the
// window leaves the reading column too little room.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';

/** Narrowest reading column (CSS px): below it the side panel overlays the text instead. */
export const MIN_READING_WIDTH = 520;
export const OUTLINE_WIDTH = { min: 160, max: 420, initial: 230 };
export const SIDE_WIDTH = { min: 280, max: 900 };
/** Narrowest column for each of two reports side by side (CSS px). */
export const MIN_BESIDE_WIDTH = 380;
/** The second report's outline is at most this wide: two outlines share the window. */
export const BESIDE_OUTLINE_MAX = 200;
const KEY = 'rl-layout';

/** The side panel's share of the window before the user sets a width: room for the indicator table's columns. */
export const SIDE_SHARE = 0.38;

/**
 * The side panel's width before the user sets one: its share of the window,
 * narrowed (not below its minimum) where beside the outline it would leave
 * the text less than a readable column. Too narrow even then: it overlays the
 * text at its full share.
 */
export function defaultSideWidth(windowWidth: number, outlineWidth = 0): number {
  const share = Math.round(windowWidth * SIDE_SHARE);
  const room = windowWidth - outlineWidth - MIN_READING_WIDTH;
  const width = share > room && room >= SIDE_WIDTH.min ? room : share;
  return Math.min(SIDE_WIDTH.max, Math.max(SIDE_WIDTH.min, width));
}

interface Saved {
  outlineOpen: boolean;
  sideOpen: boolean;
  outlineWidth: number;
  sideWidth: number | null;
}

function readSaved(): Saved {
  const fallback: Saved = {
    outlineOpen: true,
    sideOpen: true,
    outlineWidth: OUTLINE_WIDTH.initial,
    sideWidth: null,
  };
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
    return raw && typeof raw === 'object' ? { ...fallback, ...raw } : fallback;
  } catch {
    return fallback;
  }
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export const useLayout = defineStore('layout', () => {
  const saved = readSaved();
  const outlineOpen = ref(saved.outlineOpen);
  const sideOpen = ref(saved.sideOpen);
  const outlineWidth = ref(clamp(saved.outlineWidth, OUTLINE_WIDTH.min, OUTLINE_WIDTH.max));
  /** null: not set by the user (see defaultSideWidth). */
  const sideWidthSet = ref<number | null>(saved.sideWidth);
  const focus = ref(false);
  /** Width of the reader's columns area, as measured. */
  const width = ref(typeof window === 'undefined' ? 1400 : window.innerWidth);

  const showOutline = computed(() => outlineOpen.value && !focus.value);
  const sideWidth = computed(() =>
    clamp(
      sideWidthSet.value ?? defaultSideWidth(width.value, showOutline.value ? outlineWidth.value : 0),
      SIDE_WIDTH.min,
      Math.min(SIDE_WIDTH.max, width.value - 200),
    ),
  );
  /** Two reports side by side (beside/). */
  const sideBySide = ref(false);
  /** The side panel put away while two reports share a window too narrow for it beside them. */
  const sideMuted = ref(false);
  const besideOutlineWidth = computed(() => Math.min(outlineWidth.value, BESIDE_OUTLINE_MAX));
  const showSide = computed(() => sideOpen.value && !focus.value && !sideMuted.value);
  /** What the reading columns leave free beside the outlines and the side panel. */
  function readingRoom(withSide: boolean): number {
    const outlines = showOutline.value
      ? outlineWidth.value + (sideBySide.value ? besideOutlineWidth.value : 0)
      : 0;
    return width.value - outlines - (withSide ? sideWidth.value : 0);
  }
  const minReading = computed(() => (sideBySide.value ? 2 * MIN_BESIDE_WIDTH : MIN_READING_WIDTH));
  /** The side panel lies over the text when beside it the text would be narrower than readable. */
  const sideOverlays = computed(() => showSide.value && readingRoom(true) < minReading.value);

  watch([outlineOpen, sideOpen, outlineWidth, sideWidthSet], () => {
    const s: Saved = {
      outlineOpen: outlineOpen.value,
      sideOpen: sideOpen.value,
      outlineWidth: outlineWidth.value,
      sideWidth: sideWidthSet.value,
    };
    try {
      localStorage.setItem(KEY, JSON.stringify(s));
    } catch {
      // Storage full or off: the sizes last this session only.
    }
  });

  function resizeOutline(to: number): void {
    outlineWidth.value = clamp(Math.round(to), OUTLINE_WIDTH.min, OUTLINE_WIDTH.max);
  }
  function resizeSide(to: number): void {
    sideWidthSet.value = clamp(Math.round(to), SIDE_WIDTH.min, SIDE_WIDTH.max);
  }
  function toggleOutline(): void {
    focus.value = false;
    outlineOpen.value = !outlineOpen.value;
  }
  function toggleSide(): void {
    focus.value = false;
    // Asked for while put away for two reports: it comes back (over them if it must).
    if (sideMuted.value) {
      sideMuted.value = false;
      sideOpen.value = true;
    } else sideOpen.value = !sideOpen.value;
  }
  /** Two reports side by side, or one again: the side panel steps aside when it would cover one. */
  function setSideBySide(on: boolean): void {
    sideBySide.value = on;
    sideMuted.value = on && sideOpen.value && readingRoom(true) < minReading.value;
  }
  function toggleFocus(): void {
    focus.value = !focus.value;
  }

  return {
    outlineOpen,
    sideOpen,
    outlineWidth,
    sideWidth,
    focus,
    width,
    showOutline,
    showSide,
    sideOverlays,
    sideBySide,
    sideMuted,
    besideOutlineWidth,
    setSideBySide,
    resizeOutline,
    resizeSide,
    toggleOutline,
    toggleSide,
    toggleFocus,
  };
});
