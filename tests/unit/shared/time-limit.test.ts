// withinTime: the value when it comes in time, 'timeout' when it does not, and no timer left behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withinTime } from '../../../src-shared/time-limit';

describe('withinTime', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the value of a promise that settles in time, and clears its timer', async () => {
    const value = withinTime(Promise.resolve(7), 1000);
    expect(await value).toBe(7);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("gives 'timeout' for one that never settles, once the time has passed", async () => {
    let done: unknown = null;
    void withinTime(new Promise(() => undefined), 1000).then((v) => (done = v));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe('timeout');
  });

  it('passes a rejection on', async () => {
    await expect(withinTime(Promise.reject(new Error('broken')), 1000)).rejects.toThrow('broken');
    expect(vi.getTimerCount()).toBe(0);
  });
});
