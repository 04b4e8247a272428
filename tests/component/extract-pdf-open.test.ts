// The import gives up on a PDF pdf.js has not opened after OPEN_TIME_LIMIT_MS
// (a damaged or hostile file can keep the worker busy for ever): the user's
// time at a password prompt is not counted.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-shared/errors';

const fake = vi.hoisted(() => ({
  signal: null as AbortSignal | null,
  askPassword: null as null | ((reason: 'need' | 'wrong') => Promise<string | null>),
}));
vi.mock('../../src-renderer/src/pdf/pdfjs', () => ({
  endPdfWorker: () => undefined,
  // pdf.js never opens it; giving up rejects, as the real openPdf does.
  openPdf: (
    _bytes: unknown,
    askPassword: (reason: 'need' | 'wrong') => Promise<string | null>,
    _password: unknown,
    _worker: unknown,
    signal: AbortSignal,
  ) => {
    fake.signal = signal;
    fake.askPassword = askPassword;
    return new Promise((_, fail) =>
      signal.addEventListener('abort', () => fail(new AppError('pdf-invalid', 'gave up opening it'))),
    );
  },
}));
vi.mock('../../src-renderer/src/pdf/warm', () => ({
  takePdfWorker: async () => null,
  warmPdfWhenIdle: () => undefined,
}));

const { extractPdf } = await import('../../src-renderer/src/import/extract-pdf');
const { OPEN_TIME_LIMIT_MS } = await import('../../src-renderer/src/pdf/slow-open');

describe('importing a PDF pdf.js never opens', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function importIt(askPassword: () => Promise<string | null> = async () => null) {
    const done = extractPdf(new Uint8Array([37, 80, 68, 70]), { askPassword, onProgress: () => undefined });
    return done.catch((err: unknown) => err);
  }

  it('gives up after OPEN_TIME_LIMIT_MS, as an unreadable PDF', async () => {
    const failed = importIt();
    await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS - 1);
    expect(fake.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.signal?.aborted).toBe(true);
    expect(await failed).toMatchObject({ code: 'pdf-invalid' });
  });

  it('does not count the time the user takes at the password prompt', async () => {
    let answer: (pw: string) => void = () => undefined;
    const failed = importIt(() => new Promise((ok) => (answer = ok)));
    await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS - 1000);
    void fake.askPassword?.('need');
    await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS * 3);
    expect(fake.signal?.aborted).toBe(false);
    answer('secret');
    await vi.advanceTimersByTimeAsync(OPEN_TIME_LIMIT_MS - 1);
    expect(fake.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.signal?.aborted).toBe(true);
    expect(await failed).toMatchObject({ code: 'pdf-invalid' });
  });
});
