// The bytes of picked files, kept in main for the import to name by token:
// each taken once, and let go when too old or when too many bytes are kept.
import { describe, expect, it } from 'vitest';
import { PickedBytes } from '../../../src-main/services/picked';

const file = (name: string, size: number) => ({ fileName: name, bytes: new Uint8Array(size) });
/** The token a kept file was given ('' when it was given none). */
const tokenOf = (f: { token?: string } | undefined) => f?.token ?? '';

describe('PickedBytes', () => {
  it('gives each read file a token whose bytes are taken once', () => {
    const picked = new PickedBytes();
    const [a, unread] = picked.keep([
      file('a.pdf', 10),
      { fileName: 'b.pdf', bytes: null, error: 'too-large' },
    ]);
    expect(unread).toEqual({ fileName: 'b.pdf', bytes: null, error: 'too-large' });
    expect(picked.size).toBe(10);
    expect(picked.take(tokenOf(a))).toBe(a?.bytes);
    expect(picked.take(tokenOf(a))).toBeNull();
    expect(picked.size).toBe(0);
  });

  it('lets the oldest go when more bytes than its limit are kept', () => {
    const picked = new PickedBytes({ bytes: 25, ageMs: 60_000 });
    const [a, b, c] = picked.keep([file('a', 10), file('b', 10), file('c', 10)]);
    expect(picked.size).toBe(20);
    expect(picked.take(tokenOf(a))).toBeNull();
    expect(picked.take(tokenOf(b))).not.toBeNull();
    expect(picked.take(tokenOf(c))).not.toBeNull();
  });

  it('keeps no token for a file larger than its limit', () => {
    const picked = new PickedBytes({ bytes: 5, ageMs: 60_000 });
    const [big] = picked.keep([file('big', 6)]);
    expect(big?.token).toBeUndefined();
    expect(picked.size).toBe(0);
  });

  it('lets a file go once it has been kept too long', () => {
    let now = 0;
    const picked = new PickedBytes({ bytes: 100, ageMs: 1000 }, () => now);
    const [a] = picked.keep([file('a', 10)]);
    now = 500;
    const [b] = picked.keep([file('b', 10)]);
    now = 1200;
    expect(picked.take(tokenOf(a))).toBeNull();
    expect(picked.take(tokenOf(b))).not.toBeNull();
  });
});
