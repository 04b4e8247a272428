import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { decodeText } from '../../../src-shared/text/decode';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const bytes = (...b: number[]) => new Uint8Array(b);
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

/** Big5 encoder for the tests, inverted from the decoder. */
function encodeBig5(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('big5');
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (const trail of [...Array(0x3f).keys()]
      .map((i) => 0x40 + i)
      .concat([...Array(0x5e).keys()].map((i) => 0xa1 + i))) {
      const ch = decoder.decode(bytes(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no Big5 code for ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i] = littleEndian ? c & 0xff : c >> 8;
    out[2 * i + 1] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}

function errorCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    return err instanceof AppError ? err.code : 'not an AppError';
  }
}

const SAMPLE =
  '2021 年湖南省衡阳市人民政府工作报告\n各位代表：\n我代表市人民政府，向大会报告政府工作。全市地区生产总值增长4.3%左右。\n';
const TRADITIONAL =
  '政府工作報告\n各位代表：\n我代表市人民政府，向大會報告政府工作，請予審議。全市經濟發展取得了全方位歷史性成就，人民生活更加殷實。\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });
  it('reads UTF-8 with a BOM and removes it', () => {
    const withBom = concat(bytes(0xef, 0xbb, 0xbf), new TextEncoder().encode(SAMPLE));
    expect(decodeText(withBom)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });
  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('GDP grew 5%.\n'))).toEqual({
      text: 'GDP grew 5%.\n',
      encoding: 'utf-8',
    });
  });
  it('reads the GB18030 sample exactly like the UTF-8 one', () => {
    const utf8 = decodeText(fixture('hengyang-2021.txt'));
    const gb = decodeText(fixture('hengyang-2021.gb18030.txt'));
    expect(utf8.encoding).toBe('utf-8');
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toBe(utf8.text);
    expect(gb.text).toContain('2021 年湖南省衡阳市人民政府工作报告');
  });
  it('reads the Hubei sample (full-width ％) as UTF-8', () => {
    const { text, encoding } = decodeText(fixture('hubei-2025.txt'));
    expect(encoding).toBe('utf-8');
    expect(text).toContain('增长5.8％');
  });
  it('tells Big5 from GB18030', () => {
    const big5 = encodeBig5(TRADITIONAL);
    expect(decodeText(big5)).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });
  it('reads a short Big5 text', () => {
    expect(decodeText(encodeBig5('中華民國政府工作報告'))).toEqual({
      text: '中華民國政府工作報告',
      encoding: 'big5',
    });
  });
  it('reads GB18030 text that was not written for this test', () => {
    const gb = fixture('hengyang-2021.gb18030.txt').subarray(0, 2000);
    expect(decodeText(gb).encoding).toBe('gb18030');
  });
  it.each([
    ['utf-16le', true, true],
    ['utf-16le', true, false],
    ['utf-16be', false, true],
    ['utf-16be', false, false],
  ])('reads %s (little endian %s) with BOM %s', (encoding, le, bom) => {
    const body = utf16(SAMPLE, le);
    const data = bom ? concat(le ? bytes(0xff, 0xfe) : bytes(0xfe, 0xff), body) : body;
    expect(decodeText(data)).toEqual({ text: SAMPLE, encoding });
  });
  it('reads UTF-16 Chinese text whose only ASCII is line ends', () => {
    const text = '各位代表：\n我代表市人民政府向大会报告政府工作。\n'.repeat(3);
    expect(decodeText(utf16(text, true))).toEqual({ text, encoding: 'utf-16le' });
  });
  it('keeps CRLF line ends (the text model normalises them)', () => {
    const text = '各位代表：\r\n我代表政府报告工作。\r\n';
    expect(decodeText(new TextEncoder().encode(text)).text).toBe(text);
  });
  it('refuses an empty file', () => {
    expect(errorCode(() => decodeText(new Uint8Array(0)))).toBe('empty-file');
  });
  it('refuses a file of whitespace only, in any encoding', () => {
    expect(errorCode(() => decodeText(new TextEncoder().encode(' \r\n\t\u3000\n')))).toBe('empty-file');
    expect(errorCode(() => decodeText(bytes(0xef, 0xbb, 0xbf)))).toBe('empty-file');
    expect(errorCode(() => decodeText(concat(bytes(0xff, 0xfe), utf16(' \n', true))))).toBe('empty-file');
  });
  it('refuses a PNG named as text', () => {
    const png = bytes(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      0,
      8,
      6,
      0,
      0,
      0,
    );
    expect(errorCode(() => decodeText(png))).toBe('binary-file');
  });
  it('refuses random bytes', () => {
    let seed = 12345;
    const random = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 23;
    });
    expect(errorCode(() => decodeText(random))).toBe('binary-file');
    const noNul = random.map((b) => b || 1);
    expect(errorCode(() => decodeText(noNul))).toBe('binary-file');
  });
  it('refuses a text with a few NUL bytes rather than read it as UTF-16', () => {
    const ascii = new TextEncoder().encode('The quick brown fox jumps over the lazy dog.\n'.repeat(20));
    const withNul = concat(ascii.subarray(0, 101), bytes(0), ascii.subarray(101));
    expect(errorCode(() => decodeText(withNul))).toBe('binary-file');
    const chinese = new TextEncoder().encode(SAMPLE.repeat(5));
    expect(errorCode(() => decodeText(concat(chinese, bytes(0))))).toBe('binary-file');
  });
  it('refuses a PDF and a DOCX (zip) named as text', () => {
    expect(errorCode(() => decodeText(fixture('hengyang-2021.pdf')))).toBe('binary-file');
    expect(errorCode(() => decodeText(fixture('hubei-2025.docx')))).toBe('binary-file');
  });
  it('refuses valid UTF-8 full of control characters', () => {
    expect(errorCode(() => decodeText(new Uint8Array(200).fill(1)))).toBe('binary-file');
  });
  it('returns AppErrors with the error code as message', () => {
    try {
      decodeText(new Uint8Array(0));
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toBe('empty-file');
    }
  });
});
