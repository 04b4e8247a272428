import { describe, expect, it } from 'vitest';
import { decodeFromWire, encodeForWire } from '../../e2e/bridge-codec';

describe('the test transport codec', () => {
  it('carries bytes inside any structure unchanged', () => {
    const value = { ok: true, value: { bytes: new Uint8Array([0, 1, 254, 255]), list: [new Uint8Array(0)] } };
    expect(decodeFromWire(encodeForWire(value))).toEqual(value);
  });
});
