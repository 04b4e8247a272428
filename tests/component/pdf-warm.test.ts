// pdf.js's spare worker around a file dialog: started while the user picks,
// kept when a PDF was picked (the import takes it), let go when none was, and
// a spare that was already waiting is left alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const made: FakeWorker[] = [];
class FakeWorker {
  destroyed = false;
  promise = Promise.resolve();
  constructor() {
    made.push(this);
  }
  destroy(): void {
    this.destroyed = true;
  }
}
vi.mock('../../src-renderer/src/pdf/pdfjs', () => ({
  pdfjs: { PDFWorker: FakeWorker },
  loadViewer: async () => ({}),
}));

const warm = await import('../../src-renderer/src/pdf/warm');
const settle = () => new Promise((r) => setTimeout(r, 0));
const isPdf = (names: string[]) => names.some((n) => n.endsWith('.pdf'));

describe('a worker started while files are picked', () => {
  beforeEach(() => {
    warm.dropPdfWorker();
    made.length = 0;
    vi.stubGlobal('Worker', function Worker() {});
  });

  it('is the import’s when a PDF was picked', async () => {
    const picked = await warm.warmWhile(
      settle().then(() => ['a.pdf']),
      isPdf,
    );
    expect(picked).toEqual(['a.pdf']);
    await settle();
    expect(made).toHaveLength(1);
    expect(warm.takePdfWorker()).toBe(made[0]);
    expect(made[0]?.destroyed).toBe(false);
  });

  it('goes when no PDF was picked, or the dialog failed', async () => {
    await warm.warmWhile(
      settle().then(() => ['a.txt']),
      isPdf,
    );
    await settle();
    expect(warm.takePdfWorker()).toBeNull();
    expect(made.every((w) => w.destroyed)).toBe(true);
    await expect(warm.warmWhile(Promise.reject(new Error('no dialog')), isPdf)).rejects.toThrow('no dialog');
    await settle();
    expect(warm.takePdfWorker()).toBeNull();
  });

  it('leaves a spare that was waiting before the dialog', async () => {
    warm.warmPdf();
    await settle();
    expect(made).toHaveLength(1);
    await warm.warmWhile(Promise.resolve(['a.txt']), isPdf);
    await settle();
    expect(made).toHaveLength(1);
    expect(warm.takePdfWorker()).toBe(made[0]);
  });
});
