// Builds a .docx-shaped zip bomb at test time (nothing large is committed):
// word/document.xml is `size` bytes of "0", written as one fixed-Huffman
// deflate block of "0" followed by back-references of 258 bytes at distance 1,
// 13 bits each, so 1 GiB packs into about 6.6 MB in a few hundred ms.

class BitWriter {
  private out: Uint8Array;
  private at = 0;
  private bits = 0;
  private count = 0;
  constructor(capacity: number) {
    this.out = new Uint8Array(capacity);
  }
  /** Writes `n` bits of `value`, least significant first (deflate's order for headers and extra bits). */
  write(value: number, n: number): void {
    this.bits |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      this.out[this.at++] = this.bits & 0xff;
      this.bits >>>= 8;
      this.count -= 8;
    }
  }
  /** Huffman codes are sent most significant bit first. */
  writeCode(code: number, n: number): void {
    let reversed = 0;
    for (let i = 0; i < n; i++) reversed = (reversed << 1) | ((code >> i) & 1);
    this.write(reversed, n);
  }
  finish(): Uint8Array {
    if (this.count > 0) this.out[this.at++] = this.bits & 0xff;
    return this.out.subarray(0, this.at);
  }
}

/** A raw deflate stream that inflates to `size` bytes of ASCII "0" (size >= 1). */
export function deflatedZeros(size: number): Uint8Array {
  const repeats = Math.floor((size - 1) / 258);
  let rest = size - 1 - repeats * 258;
  const w = new BitWriter(Math.ceil(((repeats + 4) * 13 + 64) / 8) + (rest > 0 ? rest * 2 : 0) + 16);
  w.write(1, 1); // final block
  w.write(1, 2); // fixed Huffman
  const literal = (byte: number) => w.writeCode(0x30 + byte, 8); // literals 0-143: 8 bits from 0x30
  literal(0x30);
  for (let i = 0; i < repeats; i++) {
    w.writeCode(0b11000101, 8); // length code 285 = 258
    w.writeCode(0, 5); // distance code 0 = 1
  }
  for (; rest > 0; rest--) literal(0x30);
  w.writeCode(0, 7); // end of block (256)
  return w.finish();
}

interface Part {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  declaredSize: number;
}

/** A zip of the parts (CRCs left at 0: the size check comes before any CRC check). */
export function buildZip(parts: Part[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = enc.encode(p.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, p.method, true);
    local.setUint32(18, p.data.length, true);
    local.setUint32(22, p.declaredSize, true);
    local.setUint16(26, name.length, true);
    const cen = new DataView(new ArrayBuffer(46));
    cen.setUint32(0, 0x02014b50, true);
    cen.setUint16(4, 20, true);
    cen.setUint16(6, 20, true);
    cen.setUint16(10, p.method, true);
    cen.setUint32(20, p.data.length, true);
    cen.setUint32(24, p.declaredSize, true);
    cen.setUint16(28, name.length, true);
    cen.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, p.data);
    central.push(new Uint8Array(cen.buffer), name);
    offset += 30 + name.length + p.data.length;
  }
  const cenSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, cenSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

/**
 * A .docx whose document.xml unpacks to `size` bytes. With `lie`, the
 * directory declares 1 KB instead, so only inflating can tell.
 */
export function zipBomb(size = 1024 ** 3, lie = false): Uint8Array {
  const types = new TextEncoder().encode(CONTENT_TYPES);
  return buildZip([
    { name: '[Content_Types].xml', data: types, method: 0, declaredSize: types.length },
    { name: 'word/document.xml', data: deflatedZeros(size), method: 8, declaredSize: lie ? 1024 : size },
  ]);
}
