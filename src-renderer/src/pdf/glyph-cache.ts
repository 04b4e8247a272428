// Chromium keeps the glyphs it draws in one cache for the whole renderer
// process (Skia's strike cache: 2 MB of glyph images unless the browser was
// started with another limit). Each entry holds its typeface, and a typeface
// holds the font file it was made from. pdf.js makes a web font of each font a
// PDF embeds, afresh at every open, so after a PDF is closed the glyphs drawn
// with its fonts keep those fonts alive (the sample report's 5 MB CJK font,
// once per open) until newer glyphs push them out, which the few glyphs of the
// app's own text take many opens to do. No web API empties that cache; drawing
// throwaway glyphs does, the least recently used going first. It is done in a
// worker (the cache is the process's, not the page's), after a close.
//
// Measured (session 28), 20 opens and closes of the sample report, the
// build before and after: the renderer's live malloc memory (Chromium's
// memory-infra) grew by 22 MB before, by 6 MB after. Its RSS is noisier, as it
// also counts memory the allocator keeps once freed: +35 to +55 MB before,
// +19 to +29 MB after (medians of 3-4 paired runs, at three waits after the
// last close). In a page with pdf.js alone, drawing pages 1-2 of the report
// 20 times grew the same way; drawing them without the text set in its two
// embedded CJK fonts stayed nearly flat, as did drawing them in full with
// these glyphs drawn after each close.

import { whenIdle } from '../idle';

/** A flush waits for the page to be idle (the library drawn after a close), at most this long. */
export const FLUSH_WAIT_MS = 1000;
/** A flush not done by then (a machine too busy to run it) is ended. */
export const FLUSH_LIMIT_MS = 10_000;

let waiting = false;
let running: Worker | null = null;

/**
 * Pushes the glyphs of closed documents out of Chromium's glyph cache once the
 * page is idle. Closes in a row push once. Nothing where workers cannot draw.
 */
export function flushGlyphsSoon(): void {
  if (waiting || typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return;
  waiting = true;
  whenIdle(() => {
    waiting = false;
    flush();
  }, FLUSH_WAIT_MS);
}

function flush(): void {
  // A flush under way pushes out every glyph drawn before it: one is enough.
  if (running) return;
  const worker = new Worker(new URL('./glyph-flush.worker.ts', import.meta.url), { type: 'module' });
  running = worker;
  const end = (): void => {
    clearTimeout(limit);
    worker.terminate();
    if (running === worker) running = null;
  };
  const limit = setTimeout(end, FLUSH_LIMIT_MS);
  worker.onmessage = end;
  worker.onerror = (event) => {
    // Nothing to report: the cache is left as it was.
    event.preventDefault();
    end();
  };
}
