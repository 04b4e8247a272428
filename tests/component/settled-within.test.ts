// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledWithin } from '../../src-renderer/src/wait';

describe('settledWithin', () => {
  afterEach(() => vi.useRealTimers());

  it('settles with the work, when it settles first, fulfilled or rejected', async () => {
    vi.useFakeTimers();
    let done = false;
    void settledWithin(Promise.resolve(1), 1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    await expect(settledWithin(Promise.reject(new Error('x')), 1000)).resolves.toBeUndefined();
  });

  it('settles after the time when the work is slower, and does not wait for it', async () => {
    vi.useFakeTimers();
    let done = false;
    void settledWithin(new Promise(() => undefined), 150).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(149);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
