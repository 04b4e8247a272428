// @vitest-environment jsdom
// Closing a PDF ends its worker's thread, even when the worker never answers
// pdf.js's request to let the document go (a hostile PDF can keep it busy for
// ever): pdf.js alone would wait for that answer, the thread spinning on. The
// same when opening is given up (the pane closed, the import out of time).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeWorker {
  destroyed = false;
  readonly port = null;
  destroy(): void {
    this.destroyed = true;
  }
}
/** What the fake task's destroy() does: answer, fail, or never answer. */
let letGo: () => Promise<void> = () => Promise.resolve();
/** What the fake task's promise does: the document, or nothing ever (a worker kept busy). */
let opening: () => Promise<unknown> = () => Promise.resolve({ numPages: 1 });
const given: Array<{ worker?: unknown }> = [];
vi.mock('pdfjs-dist', () => ({
  GlobalWorkerOptions: {},
  PasswordResponses: { NEED_PASSWORD: 1, INCORRECT_PASSWORD: 2 },
  PDFWorker: FakeWorker,
  getDocument: (params: { worker?: unknown }) => {
    given.push(params);
    return { promise: opening(), destroy: () => letGo(), onPassword: null };
  },
}));
vi.mock('pdfjs-dist/build/pdf.worker.min.mjs?url', () => ({ default: '/pdf.worker.min.mjs' }));

const { CLOSE_WAIT_MS, openPdf } = await import('../../src-renderer/src/pdf/pdfjs');
const noPassword = () => Promise.resolve(null);

describe('closing a PDF', () => {
  beforeEach(() => {
    given.length = 0;
    opening = () => Promise.resolve({ numPages: 1 });
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  /** Opens a document with a worker started beforehand, then closes it: that worker and the closing. */
  async function openAndClose(): Promise<{ worker: FakeWorker; closing: Promise<void> }> {
    const worker = new FakeWorker();
    const opened = await openPdf(new Uint8Array([1]), noPassword, undefined, worker as never);
    return { worker, closing: opened.close() };
  }

  it('ends its worker once pdf.js has let the document go', async () => {
    letGo = () => Promise.resolve();
    const { worker, closing } = await openAndClose();
    await closing;
    expect(worker.destroyed).toBe(true);
  });

  it('ends a worker that never answers, after CLOSE_WAIT_MS', async () => {
    letGo = () => new Promise<void>(() => undefined);
    const { worker, closing } = await openAndClose();
    await vi.advanceTimersByTimeAsync(CLOSE_WAIT_MS - 1);
    expect(worker.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await closing;
    expect(worker.destroyed).toBe(true);
  });

  it('ends its worker when pdf.js fails to let the document go', async () => {
    letGo = () => Promise.reject(new Error('worker gone'));
    const { worker, closing } = await openAndClose();
    await closing;
    expect(worker.destroyed).toBe(true);
  });

  it('gives a document with no worker started beforehand one of its own, which closing ends', async () => {
    letGo = () => new Promise<void>(() => undefined);
    const opened = await openPdf(new Uint8Array([1]), noPassword);
    const own = given[0]?.worker;
    expect(own).toBeInstanceOf(FakeWorker);
    const closing = opened.close();
    await vi.advanceTimersByTimeAsync(CLOSE_WAIT_MS);
    await closing;
    expect((own as FakeWorker).destroyed).toBe(true);
  });

  it('gives up opening when told to, even if pdf.js never answers, and ends the worker', async () => {
    opening = () => new Promise(() => undefined);
    letGo = () => new Promise<void>(() => undefined);
    const worker = new FakeWorker();
    const giveUp = new AbortController();
    const opened = openPdf(new Uint8Array([1]), noPassword, undefined, worker as never, giveUp.signal);
    const failed = opened.catch((err: unknown) => err);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(worker.destroyed).toBe(false);
    giveUp.abort();
    await vi.advanceTimersByTimeAsync(CLOSE_WAIT_MS);
    expect(await failed).toMatchObject({ code: 'pdf-invalid' });
    expect(worker.destroyed).toBe(true);
  });
});
