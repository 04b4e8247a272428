// Draws throwaway glyphs at many sizes, so that Chromium's glyph cache lets go
// of the oldest (the glyphs of closed PDFs, which hold their fonts): see
// glyph-cache.ts. About 5 MB of glyph images, over twice the cache's usual limit.

/** Wide glyphs, CJK and Latin: each size makes a cache entry of their images. */
const GLYPHS = [...'政府工作报告经济增长国内生产WMQ@'];
/** Sizes drawn: 40 px, then 4 px larger each step, up to 156 px (glyphs over 256 px are not cached as images). */
const SIZES = 30;
const BASE_PX = 40;

const canvas = new OffscreenCanvas(256, 256);
const ctx = canvas.getContext('2d');
if (ctx) {
  ctx.font = `${BASE_PX}px sans-serif`;
  ctx.textBaseline = 'top';
  for (let i = 0; i < SIZES; i++) {
    const scale = 1 + i * 0.1;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    // One glyph at a time, inside the canvas: glyphs outside it would not be drawn at all.
    for (const glyph of GLYPHS) ctx.fillText(glyph, 0, 0);
  }
  // The canvas draws lazily: reading a pixel makes it draw now.
  ctx.getImageData(0, 0, 1, 1);
}
postMessage('done');
