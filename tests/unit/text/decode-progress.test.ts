import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src-shared/text';

describe('decodeText in steps', () => {
  it('gives the same text as in one go, reporting progress up to 1', () => {
    // 9 MB of UTF-8 Chinese with multi-byte characters across every 4 MB step boundary.
    const text = '政府工作报告，2025年。'.repeat(300_000);
    const bytes = new TextEncoder().encode(text);
    const seen: number[] = [];
    const out = decodeText(bytes, (f) => seen.push(f));
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toBe(text);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('still falls back to GB18030 when the bytes are not UTF-8', () => {
    // 你好 in GB18030, repeated past one step.
    const unit = [0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac];
    const bytes = new Uint8Array(5 * 1024 * 1024).map((_, i) => unit[i % unit.length] ?? 0);
    const out = decodeText(bytes, () => undefined);
    expect(out.encoding).toBe('gb18030');
    expect(out.text.startsWith('你好，你好，')).toBe(true);
  });
});
