import { describe, expect, it } from 'vitest';
import { RecentRead } from '../../../src-main/services/recent-read';

describe('RecentRead', () => {
  it('shares a read for the same key inside its window, and reads afresh after it or for another key', async () => {
    let now = 0;
    let reads = 0;
    const recent = new RecentRead<number>(2000, () => now);
    const read = async () => ++reads;
    expect(await recent.get('a', read)).toBe(1);
    now = 1500;
    expect(await recent.get('a', read)).toBe(1);
    expect(await recent.get('b', read)).toBe(2);
    expect(await recent.get('a', read)).toBe(3);
    now = 4000;
    expect(await recent.get('a', read)).toBe(4);
    recent.forget('a');
    expect(await recent.get('a', read)).toBe(5);
  });

  it('never shares a failed read', async () => {
    const recent = new RecentRead<string>(2000, () => 0);
    await expect(recent.get('a', () => Promise.reject(new Error('damaged')))).rejects.toThrow('damaged');
    await new Promise((ok) => setTimeout(ok, 0));
    expect(await recent.get('a', async () => 'read again')).toBe('read again');
  });

  it('lets a read that is not kept use a recent one, but not replace it', async () => {
    let reads = 0;
    const recent = new RecentRead<number>(2000, () => 0);
    const read = async () => ++reads;
    expect(await recent.get('a', read)).toBe(1);
    // Another key, not kept: read, and 'a' is still the one shared.
    expect(await recent.get('b', read, false)).toBe(2);
    expect(await recent.get('a', read, false)).toBe(1);
    expect(await recent.get('a', read)).toBe(1);
    expect(await recent.get('b', read, false)).toBe(3);
  });
});
