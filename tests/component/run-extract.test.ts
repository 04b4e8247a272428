// The extraction worker is ended once nothing waits on it, unless a caller
// holds it for more extractions (the corpus view's loop over reports).
import { describe, expect, it } from 'vitest';
import type { TextModel } from '../../src-shared/model';
import { FakeWorker, settled, withFakeWorkers } from '../support/fake-worker';

const model = {
  version: 1,
  text: '2025年地区生产总值增长5%。',
  blocks: [],
  outline: [],
} as unknown as TextModel;
const none = { indicators: [] };

withFakeWorkers();

describe('the extraction worker', () => {
  it('is ended when its one extraction is answered, and a new one serves the next', async () => {
    const { extractInBackground } = await import('../../src-renderer/src/indicators/run-extract');
    const first = extractInBackground(model);
    await settled();
    const [worker] = FakeWorker.made;
    if (!worker) throw new Error('no worker started');
    expect(worker.terminated).toBe(false);
    worker.reply(none);
    await expect(first).resolves.toEqual([]);
    expect(worker.terminated).toBe(true);

    const second = extractInBackground(model);
    await settled();
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]?.reply(none);
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
    worker?.reply(none);
    await a;
    expect(worker?.terminated).toBe(false);
    worker?.reply(none);
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
      FakeWorker.made[0]?.reply(none);
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
