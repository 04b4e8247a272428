// The extraction worker is ended once nothing waits on it, unless a caller
// holds it for more extractions (the corpus view's loop over reports).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextModel } from '../../src-shared/model';

interface Posted {
  seq: number;
}

/** A stand-in for the browser's Worker: answers each extraction when told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  posted: Posted[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: Posted): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest extraction not yet answered. */
  answer(): void {
    const next = this.posted.shift();
    if (!next) throw new Error('nothing to answer');
    this.onmessage?.({ data: { seq: next.seq, indicators: [] } });
  }
}

const model = {
  version: 1,
  text: '2025年地区生产总值增长5%。',
  blocks: [],
  outline: [],
} as unknown as TextModel;
const settled = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('the extraction worker', () => {
  it('is ended when its one extraction is answered, and a new one serves the next', async () => {
    const { extractInBackground } = await import('../../src-renderer/src/indicators/run-extract');
    const first = extractInBackground(model);
    await settled();
    const [worker] = FakeWorker.made;
    if (!worker) throw new Error('no worker started');
    expect(worker.terminated).toBe(false);
    worker.answer();
    await expect(first).resolves.toEqual([]);
    expect(worker.terminated).toBe(true);

    const second = extractInBackground(model);
    await settled();
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]?.answer();
    await expect(second).resolves.toEqual([]);
    expect(FakeWorker.made[1]?.terminated).toBe(true);
  });

  it('stays while another extraction still waits on it', async () => {
    const { extractInBackground } = await import('../../src-renderer/src/indicators/run-extract');
    const a = extractInBackground(model);
    const b = extractInBackground(model);
    await settled();
    expect(FakeWorker.made).toHaveLength(1);
    const worker = FakeWorker.made[0];
    worker?.answer();
    await a;
    expect(worker?.terminated).toBe(false);
    worker?.answer();
    await b;
    expect(worker?.terminated).toBe(true);
  });

  it('is kept between extractions while held, and ended when let go', async () => {
    const { extractInBackground, holdExtractor } =
      await import('../../src-renderer/src/indicators/run-extract');
    const release = holdExtractor();
    for (let i = 0; i < 3; i++) {
      const done = extractInBackground(model);
      await settled();
      FakeWorker.made[0]?.answer();
      await done;
    }
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
    release();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    // Letting go twice changes nothing.
    release();
    expect(FakeWorker.made).toHaveLength(1);
  });
});
