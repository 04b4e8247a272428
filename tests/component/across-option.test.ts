// The line chart's axis leaves room under its lowest point.
import { describe, expect, it } from 'vitest';
import { lineAxisMin } from '../../src-renderer/src/components/compare/across-option';

describe('lineAxisMin', () => {
  it('puts the axis a round step under the lowest value', () => {
    expect(lineAxisMin({ min: 7.5, max: 10.3 })).toBe(7);
    expect(lineAxisMin({ min: 30, max: 56.9 })).toBe(20);
    expect(lineAxisMin({ min: 4.5, max: 4.5 })).toBe(4.4);
  });

  it('stays at zero for values that are not negative, and goes under a negative one', () => {
    expect(lineAxisMin({ min: 0.2, max: 9 })).toBe(0);
    expect(lineAxisMin({ min: -2, max: 3 })).toBeLessThan(-2);
  });
});
