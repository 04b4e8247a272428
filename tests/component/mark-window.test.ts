// The stretch of a text whose highlights are drawn when a document has thousands.
import { describe, expect, it } from 'vitest';
import { charsPerScreen, spanAround, spanHolds } from '../../src-renderer/src/components/reader/mark-window';

const view = { heightPx: 800, fontPx: 16, lineHeight: 1.8 };

describe('the drawn stretch of a text', () => {
  it('counts a screen in lines of the page', () => {
    // 800 px / 28.8 px a line = 28 lines (rounded up) of 48 characters.
    expect(charsPerScreen(view)).toBe(28 * 48);
    expect(charsPerScreen({ ...view, fontPx: 32 })).toBeLessThan(charsPerScreen(view));
    expect(charsPerScreen({ heightPx: 0, fontPx: 16, lineHeight: 1.8 })).toBeGreaterThan(0);
  });

  it('reaches screens above and below the block at the top, within the text', () => {
    const screen = charsPerScreen(view);
    const top = { start: 10_000, end: 10_100 };
    expect(spanAround(top, 100_000, view, 1, 2)).toEqual({
      start: 10_000 - screen,
      end: 10_000 + 3 * screen,
    });
    expect(spanAround({ start: 0, end: 50 }, 100_000, view, 1, 2).start).toBe(0);
    expect(spanAround({ start: 99_000, end: 100_000 }, 100_000, view, 1, 2).end).toBe(100_000);
  });

  it('covers a block taller than the screen to its end', () => {
    const screen = charsPerScreen(view);
    const top = { start: 10_000, end: 10_000 + 5 * screen };
    expect(spanAround(top, 1_000_000, view, 1, 2).end).toBe(top.end + 2 * screen);
  });

  it('says when the view nears the edge of what is drawn', () => {
    const drawn = spanAround({ start: 10_000, end: 10_100 }, 100_000, view, 1, 2);
    expect(spanHolds(drawn, spanAround({ start: 10_500, end: 10_600 }, 100_000, view, 0.5, 1))).toBe(true);
    expect(spanHolds(drawn, spanAround({ start: 13_000, end: 13_100 }, 100_000, view, 0.5, 1))).toBe(false);
    expect(spanHolds(drawn, spanAround({ start: 8_000, end: 8_100 }, 100_000, view, 0.5, 1))).toBe(false);
  });
});
