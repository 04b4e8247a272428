import { describe, expect, it } from 'vitest';
import { CharPositions } from '../../../src-main/services/search/char-positions';

/** What the index must agree with: indexOf from the end of the last match. */
function scan(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

describe('CharPositions', () => {
  it('counts overlapping runs as a left-to-right scan does', () => {
    const chars = new CharPositions('的的的的的，的的');
    expect(chars.find('的的', 10)).toEqual({ count: 3, starts: [0, 2, 6] });
    expect(chars.find('的', 2)).toEqual({ count: 7, starts: [0, 1] });
    expect(chars.find('的，的', 10)).toEqual({ count: 1, starts: [4] });
    expect(chars.find('质', 10)).toEqual({ count: 0, starts: [] });
    expect(chars.find('', 10)).toEqual({ count: 0, starts: [] });
  });

  it('agrees with indexOf on 2,000 needles over a small alphabet (many repeats and overlaps)', () => {
    const next = random(3);
    const alphabet = ['发', '展', '质', 'a', '𠀀'];
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const text = pick(3000);
    const chars = new CharPositions(text);
    for (let i = 0; i < 2000; i++) {
      const needle = next() < 0.5 ? pick(1 + Math.floor(next() * 4)) : text.slice(i, i + 1 + (i % 6));
      const expected = scan(text, needle);
      const got = chars.find(needle, 5);
      expect(got.count, needle).toBe(expected.length);
      expect(got.starts, needle).toEqual(expected.slice(0, 5));
    }
  });

  it('keeps nothing and still counts when asked for no places (term over time)', () => {
    expect(new CharPositions('改革开放，深化改革').find('改革', 0)).toEqual({ count: 2, starts: [] });
  });
});

describe('CharPositions built in steps', () => {
  it('is the same table as one built at once, and pauses between its steps', async () => {
    const next = random(7);
    const alphabet = ['发', '展', '质', 'a', '𠀀', '，'];
    const text = Array.from({ length: 5000 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    let pauses = 0;
    const stepped = await CharPositions.inSteps(text, async () => void pauses++, 333);
    expect(pauses).toBeGreaterThan(20);
    const whole = new CharPositions(text);
    expect([...stepped.codes()].sort()).toEqual([...whole.codes()].sort());
    for (const needle of ['发', '发展', '质a', '𠀀', '，发展质', 'b'])
      expect(stepped.find(needle, 1000)).toEqual(whole.find(needle, 1000));
    // A table built at once meanwhile (the shared counts) does not disturb one built in steps.
    const interleaved = CharPositions.inSteps(text, async () => void new CharPositions('发发展'), 100);
    expect((await interleaved).find('发展', 1000)).toEqual(whole.find('发展', 1000));
  });
});
