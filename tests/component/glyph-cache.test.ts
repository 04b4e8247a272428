// After a PDF is closed, a worker draws throwaway glyphs so that Chromium's
// glyph cache lets go of the closed document's fonts (glyph-cache.ts): once
// per close or run of closes, ended when done, when it fails, or when it
// never answers; nothing where a worker cannot draw.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWorker, settled, withFakeWorkers } from '../support/fake-worker';

vi.mock('../../src-renderer/src/pdf/warm', () => ({ warmPdfWhenIdle: () => undefined }));

withFakeWorkers();

/** The one worker made so far. */
function onlyWorker(): FakeWorker {
  expect(FakeWorker.made).toHaveLength(1);
  const [worker] = FakeWorker.made;
  if (!worker) throw new Error('no worker');
  return worker;
}

/** The glyph module, fresh (it keeps its worker in module variables). */
const glyphs = () => import('../../src-renderer/src/pdf/glyph-cache');

describe('pushing closed PDFs’ glyphs out of the glyph cache', () => {
  beforeEach(() => vi.stubGlobal('OffscreenCanvas', function OffscreenCanvas() {}));
  afterEach(() => vi.useRealTimers());

  it('starts one worker once idle after closes in a row, and ends it when it is done', async () => {
    const { flushGlyphsSoon } = await glyphs();
    flushGlyphsSoon();
    flushGlyphsSoon();
    expect(FakeWorker.made).toHaveLength(0);
    await settled();
    const worker = onlyWorker();
    expect(worker.terminated).toBe(false);
    worker.onmessage?.({ data: 'done' });
    expect(worker.terminated).toBe(true);
    // The next close pushes again.
    flushGlyphsSoon();
    await settled();
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('starts no second worker while one is drawing: it pushes out what was drawn before it too', async () => {
    const { flushGlyphsSoon } = await glyphs();
    flushGlyphsSoon();
    await settled();
    flushGlyphsSoon();
    await settled();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('ends a worker that fails, without an error reaching the page', async () => {
    const { flushGlyphsSoon } = await glyphs();
    flushGlyphsSoon();
    await settled();
    const worker = onlyWorker();
    const preventDefault = vi.fn();
    worker.onerror?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
  });

  it('ends a worker that never answers', async () => {
    vi.useFakeTimers();
    const { flushGlyphsSoon, FLUSH_LIMIT_MS } = await glyphs();
    flushGlyphsSoon();
    await vi.advanceTimersByTimeAsync(0);
    const worker = onlyWorker();
    await vi.advanceTimersByTimeAsync(FLUSH_LIMIT_MS - 1);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker.terminated).toBe(true);
  });

  it('does nothing where a worker cannot draw', async () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    const { flushGlyphsSoon } = await glyphs();
    flushGlyphsSoon();
    await settled();
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('pushes once the reader’s closed document is destroyed, not before', async () => {
    const { releaseViewer } = await import('../../src-renderer/src/pdf/viewer-life');
    let destroyed!: () => void;
    const close = vi.fn(() => new Promise<void>((r) => (destroyed = r)));
    releaseViewer(null, null, { close } as never);
    await settled();
    expect(close).toHaveBeenCalled();
    await settled();
    expect(FakeWorker.made).toHaveLength(0);
    destroyed();
    await settled();
    await settled();
    expect(FakeWorker.made).toHaveLength(1);
  });
});
