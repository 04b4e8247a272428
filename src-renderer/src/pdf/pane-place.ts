// Where the reader's PDF pane is in the window, kept for the next launch: the
// page left open is drawn there before the app's bundle runs (launch-pdf.ts).
// Sent when the pane settles after a change (the window or a panel resized),
// not on every frame of a drag, and only when it moved.
import type { PaneRect } from '@shared/api';

/** How long the pane must keep still before its place is sent. */
export const PANE_SETTLE_MS = 500;

/** `el`'s box as the distance from each edge of the window, and the window's size; null when not laid out. */
export function paneRectOf(el: Element, width: number, height: number): PaneRect | null {
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1 || width < 1 || height < 1) return null;
  const px = (n: number) => Math.max(0, Math.round(n));
  return {
    top: px(box.top),
    left: px(box.left),
    right: px(width - box.right),
    bottom: px(height - box.bottom),
    width: Math.round(width),
    height: Math.round(height),
  };
}

/** Keeps `el`'s place (`save` is called when it settles somewhere new); returns the stop. */
export function keepPanePlace(el: Element, save: (rect: PaneRect) => void): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const rect = paneRectOf(el, window.innerWidth, window.innerHeight);
      const key = JSON.stringify(rect);
      if (!rect || key === last) return;
      last = key;
      save(rect);
    }, PANE_SETTLE_MS);
  };
  const observer = new ResizeObserver(settle);
  observer.observe(el);
  window.addEventListener('resize', settle);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    window.removeEventListener('resize', settle);
  };
}
