// @vitest-environment jsdom
// The reader's panels: the side panel's default share of the window, the
// overlay below a readable column, focus mode, collapsing, and the sizes kept
// on this machine across launches.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { nextTick } from 'vue';
import {
  MIN_READING_WIDTH,
  OUTLINE_WIDTH,
  SIDE_WIDTH,
  defaultSideWidth,
  useLayout,
} from '../../src-renderer/src/stores/layout';

beforeEach(() => {
  localStorage.clear();
  setActivePinia(createPinia());
});

/** A new launch: a fresh store reading what the last one saved. */
function relaunch(): ReturnType<typeof useLayout> {
  setActivePinia(createPinia());
  return useLayout();
}

describe('defaultSideWidth', () => {
  it('gives the side panel over a third of a 1400 px window, beside a readable column', () => {
    const side = defaultSideWidth(1400, OUTLINE_WIDTH.initial);
    expect(side).toBeGreaterThanOrEqual(1400 * 0.36);
    expect(side).toBeLessThanOrEqual(1400 * 0.4);
    expect(1400 - OUTLINE_WIDTH.initial - side).toBeGreaterThanOrEqual(MIN_READING_WIDTH);
  });

  it('grows with the window: the table has the room at 1920 px', () => {
    expect(defaultSideWidth(1920, OUTLINE_WIDTH.initial)).toBeGreaterThan(700);
    expect(defaultSideWidth(1920, OUTLINE_WIDTH.initial)).toBeGreaterThan(defaultSideWidth(1400));
    expect(defaultSideWidth(4000)).toBe(SIDE_WIDTH.max);
  });

  it('narrows to keep the reading column readable when it can, and never below its minimum', () => {
    // 1200 px with the outline: 38% would leave the text 514 px; narrowed to leave 520.
    expect(defaultSideWidth(1200, OUTLINE_WIDTH.initial)).toBe(
      1200 - OUTLINE_WIDTH.initial - MIN_READING_WIDTH,
    );
    // 1024 px with the outline: no room beside the text at all, so it keeps its share (and overlays).
    expect(defaultSideWidth(1024, OUTLINE_WIDTH.initial)).toBe(Math.round(1024 * 0.38));
    expect(defaultSideWidth(600)).toBe(SIDE_WIDTH.min);
  });
});

describe('useLayout', () => {
  it('lays the side panel over the text below a readable column, beside it otherwise', () => {
    const layout = useLayout();
    layout.width = 1024;
    expect(layout.sideOverlays).toBe(true);
    layout.toggleOutline();
    // Without the outline the text and the panel fit side by side.
    expect(layout.showOutline).toBe(false);
    expect(layout.sideOverlays).toBe(false);
    expect(layout.width - layout.sideWidth).toBeGreaterThanOrEqual(MIN_READING_WIDTH);
    layout.toggleOutline();
    layout.width = 1400;
    expect(layout.sideOverlays).toBe(false);
    expect(layout.sideWidth).toBeGreaterThanOrEqual(500);
    // A panel the user made wide overlays once the text would drop below readable.
    layout.resizeSide(800);
    expect(layout.sideOverlays).toBe(true);
  });

  it('collapses each panel, and focus mode hides both until a panel is asked for', () => {
    const layout = useLayout();
    layout.toggleSide();
    expect([layout.showOutline, layout.showSide]).toEqual([true, false]);
    layout.toggleSide();
    layout.toggleFocus();
    expect([layout.showOutline, layout.showSide, layout.sideOverlays]).toEqual([false, false, false]);
    // Asking for the outline leaves focus mode; the side panel comes back as it was.
    layout.toggleOutline();
    expect(layout.focus).toBe(false);
    expect([layout.showOutline, layout.showSide]).toEqual([false, true]);
  });

  it('clamps the widths asked for', () => {
    const layout = useLayout();
    layout.width = 1920;
    layout.resizeOutline(5);
    expect(layout.outlineWidth).toBe(OUTLINE_WIDTH.min);
    layout.resizeOutline(5000);
    expect(layout.outlineWidth).toBe(OUTLINE_WIDTH.max);
    layout.resizeSide(10);
    expect(layout.sideWidth).toBe(SIDE_WIDTH.min);
    layout.resizeSide(5000);
    expect(layout.sideWidth).toBe(SIDE_WIDTH.max);
    // Never wider than the window leaves room for.
    layout.width = 800;
    expect(layout.sideWidth).toBe(600);
  });

  it('remembers sizes and collapsed panels across launches, but not focus mode', async () => {
    const layout = useLayout();
    layout.resizeOutline(300.4);
    layout.resizeSide(640);
    layout.toggleSide();
    layout.toggleFocus();
    await nextTick();
    const again = relaunch();
    again.width = 1920;
    expect(again.outlineWidth).toBe(300);
    expect(again.sideOpen).toBe(false);
    expect(again.focus).toBe(false);
    again.toggleSide();
    expect(again.sideWidth).toBe(640);
  });

  it('keeps the default share until the side panel is resized', async () => {
    const layout = useLayout();
    layout.width = 1400;
    const at1400 = layout.sideWidth;
    layout.width = 1920;
    expect(layout.sideWidth).toBeGreaterThan(at1400);
    layout.toggleOutline();
    await nextTick();
    const again = relaunch();
    again.width = 1920;
    expect(again.sideWidth).toBe(defaultSideWidth(1920));
  });

  it('starts from the defaults when what it saved is unreadable', () => {
    localStorage.setItem('rl-layout', '{not json');
    const layout = useLayout();
    expect(layout.outlineWidth).toBe(OUTLINE_WIDTH.initial);
    expect([layout.outlineOpen, layout.sideOpen]).toEqual([true, true]);
  });
});
