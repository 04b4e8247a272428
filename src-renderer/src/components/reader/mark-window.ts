// Which highlights a text view draws when a document has thousands: those
// from a screen above the reading position to two below, drawn again when
// the reader scrolls near the edge of that stretch. Each drawn highlight is a
// DOM Range the browser styles and paints; 5,000 of them cost a document's
// first frame tens of milliseconds for passages nobody sees yet. The stretch
// is worked out from text offsets alone, so drawing never waits for layout.
import type { TextSpan } from '../../annotations/draw';

/** Documents with fewer placed annotations have all of them drawn, as before. */
export const MARK_WINDOW_MIN = 1000;

/**
 * Characters on a line of the 42em page: about 40 full-width ones, a few more
 * where digits and Latin letters (half as wide) mix in. An estimate: the
 * stretch drawn reaches screens beyond the view, so a screen that holds more
 * is still covered.
 */
const CHARS_PER_LINE = 48;

export interface ViewSize {
  /** Height of the viewport in CSS pixels. */
  heightPx: number;
  fontPx: number;
  lineHeight: number;
}

/** About how many characters one viewport shows. */
export function charsPerScreen(view: ViewSize): number {
  const lines = Math.ceil(view.heightPx / Math.max(1, view.fontPx * view.lineHeight));
  return Math.max(1, lines) * CHARS_PER_LINE;
}

/**
 * The stretch from `above` screens before `top` (the block at the top of the
 * view, which may be taller than the view) to `below` screens after the
 * screen that follows its start or reaches its end.
 */
export function spanAround(
  top: TextSpan,
  length: number,
  view: ViewSize,
  above: number,
  below: number,
): TextSpan {
  const screen = charsPerScreen(view);
  return {
    start: Math.max(0, Math.floor(top.start - above * screen)),
    end: Math.min(length, Math.ceil(Math.max(top.start + screen, top.end) + below * screen)),
  };
}

/** Whether `inner` lies within `outer`. */
export function spanHolds(outer: TextSpan, inner: TextSpan): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
