import { describe, expect, it } from 'vitest';
import { matchLongQuote } from '../../../src-shared/anchoring/match-long-quote';
import { matchQuote } from '../../../src-shared/anchoring/match-quote';

/** Deterministic pseudo-Chinese text: no long repeats, like a real report. */
function prose(length: number, seed = 1): string {
  // mulberry32
  let a = seed >>> 0;
  const codes: number[] = [];
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    codes.push(0x4e00 + (((t ^ (t >>> 14)) >>> 0) % 3000));
  }
  let s = '';
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode(...codes.slice(i, i + 4096));
  return s;
}

const noContext = (hint: number) => ({ prefix: '', suffix: '', hint });
/** The context the quote text[start, end) had. */
const contextOf = (text: string, start: number, end: number) => ({
  prefix: text.slice(start - 32, start),
  suffix: text.slice(end, end + 32),
  hint: start,
});

describe('matchLongQuote', () => {
  const text = prose(60_000);
  const quote = text.slice(10_000, 30_000);

  it('finds a long quote whose middle changed', () => {
    const edited = `${text.slice(0, 15_000)}【插入了一段新的文字】${text.slice(15_010, 60_000)}`;
    const m = matchLongQuote(edited, quote, contextOf(text, 10_000, 30_000));
    expect(m).toMatchObject({ start: 10_000, end: 30_000 + 11 - 10 });
    expect(m?.score).toBeGreaterThan(0.9);
  });
  it('finds it when its two ends changed a little', () => {
    const edited = `${text.slice(0, 10_003)}改${text.slice(10_004, 29_990)}动${text.slice(29_991)}`;
    expect(matchLongQuote(edited, quote, noContext(0))).toMatchObject({ start: 10_000, end: 30_000 });
  });
  it('rejects ends too far apart or too close for the quote', () => {
    const longer = `${text.slice(0, 20_000)}${prose(20_000, 7)}${text.slice(20_000)}`;
    expect(matchLongQuote(longer, quote, noContext(10_000))).toBeNull();
    const shorter = `${text.slice(0, 12_000)}${text.slice(28_000)}`;
    expect(matchLongQuote(shorter, quote, noContext(10_000))).toBeNull();
  });
  it('scores a replaced middle low', () => {
    const replaced = `${text.slice(0, 10_500)}${prose(19_000, 9)}${text.slice(29_500)}`;
    const m = matchLongQuote(replaced, quote, contextOf(text, 10_000, 30_000));
    expect(m?.score ?? 0).toBeLessThan(0.6);
  });
  // Long-quote speed is in `npm run bench` ("anchor a …-character selection").
  it('places a 200,000-character quote in a million-character text', () => {
    const big = prose(1_000_000, 3);
    const long = `${big.slice(400_000, 500_000)}改${big.slice(500_001, 600_000)}`;
    const m = matchQuote(big, long, noContext(400_000));
    expect(m).toMatchObject({ start: 400_000, end: 600_000 });
  });
});
