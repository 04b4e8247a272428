// pdf.js's spare worker around a file dialog: started while the user picks,
// kept when a PDF was picked (the import takes it), let go when none was, and
// a spare that was already waiting is left alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const made: FakeWorker[] = [];
class FakeWorker {
  static create(params: { port?: unknown }): FakeWorker {
    return new FakeWorker(params);
  }
  destroyed = false;
  promise = Promise.resolve();
  readonly port: unknown;
  constructor(params: { port?: unknown } = {}) {
    this.port = params.port ?? null;
    made.push(this);
  }
  destroy(): void {
    this.destroyed = true;
  }
}
/** A worker thread started at launch (launch-early.ts), as pdf.js is handed it. */
class Thread {
  terminated = false;
  terminate(): void {
    this.terminated = true;
  }
}
vi.mock('../../src-renderer/src/pdf/pdfjs', () => ({
  pdfjs: { PDFWorker: FakeWorker },
  loadViewer: async () => ({}),
  endPdfWorker: (w: FakeWorker) => {
    w.destroy();
    (w.port as Thread | null)?.terminate();
  },
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
    expect(await warm.takePdfWorker()).toBe(made[0]);
    expect(made[0]?.destroyed).toBe(false);
  });

  it('goes when no PDF was picked, or the dialog failed', async () => {
    await warm.warmWhile(
      settle().then(() => ['a.txt']),
      isPdf,
    );
    await settle();
    expect(await warm.takePdfWorker()).toBeNull();
    expect(made.every((w) => w.destroyed)).toBe(true);
    await expect(warm.warmWhile(Promise.reject(new Error('no dialog')), isPdf)).rejects.toThrow('no dialog');
    await settle();
    expect(await warm.takePdfWorker()).toBeNull();
  });

  it('leaves a spare that was waiting before the dialog', async () => {
    warm.warmPdf();
    await settle();
    expect(made).toHaveLength(1);
    await warm.warmWhile(Promise.resolve(['a.txt']), isPdf);
    await settle();
    expect(made).toHaveLength(1);
    expect(await warm.takePdfWorker()).toBe(made[0]);
  });
});

describe('a worker thread started at launch', () => {
  beforeEach(() => {
    warm.dropPdfWorker();
    made.length = 0;
    vi.stubGlobal('Worker', function Worker() {});
  });

  it('becomes the spare, handed to pdf.js as its port', async () => {
    const thread = new Thread();
    warm.warmPdf(Promise.resolve(thread as unknown as Worker));
    await settle();
    const taken = await warm.takePdfWorker();
    expect(made).toHaveLength(1);
    expect(taken).toBe(made[0]);
    expect(made[0]?.port).toBe(thread);
    expect(thread.terminated).toBe(false);
  });

  it('is ended with the spare when the document was not a PDF after all', async () => {
    const thread = new Thread();
    warm.warmPdf(Promise.resolve(thread as unknown as Worker));
    await settle();
    warm.dropPdfWorker();
    await settle();
    await settle();
    expect(thread.terminated).toBe(true);
    expect(await warm.takePdfWorker()).toBeNull();
  });

  it('is ended when let go before it was ready', async () => {
    const thread = new Thread();
    let ready: (w: Worker) => void = () => undefined;
    warm.warmPdf(new Promise<Worker>((ok) => (ready = ok)));
    await settle();
    warm.dropPdfWorker();
    ready(thread as unknown as Worker);
    await settle();
    expect(thread.terminated).toBe(true);
    expect(made).toHaveLength(0);
  });

  it('that failed to start leaves pdf.js to start its own', async () => {
    warm.warmPdf(Promise.resolve(null));
    await settle();
    const taken = await warm.takePdfWorker();
    expect(taken).toBe(made[0]);
    expect(made[0]?.port).toBeNull();
  });

  it('is ended when a spare was already waiting', async () => {
    warm.warmPdf();
    await settle();
    const thread = new Thread();
    warm.warmPdf(Promise.resolve(thread as unknown as Worker));
    await settle();
    await settle();
    expect(thread.terminated).toBe(true);
    expect(made).toHaveLength(1);
  });
});
