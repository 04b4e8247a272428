// Seeded mutations of PDF files, for the fault run (tests/e2e/pdf-mutants.e2e.ts):
// the same seed always gives the same mutants, so a failure can be replayed.

/** mulberry32: a small, fast PRNG good enough for choosing mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (b: Uint8Array, r: () => number) => Uint8Array;
const int = (r: () => number, n: number) => Math.floor(r() * n);

const MUTATIONS: Record<string, Mutation> & { flipBits: Mutation } = {
  flipBits(b, r) {
    const out = b.slice();
    for (let i = 0, n = 1 + int(r, 20); i < n; i++) {
      const at = int(r, out.length);
      out[at] = (out[at] ?? 0) ^ (1 << int(r, 8));
    }
    return out;
  },
  randomRange(b, r) {
    const out = b.slice();
    const at = int(r, out.length);
    for (let i = at; i < Math.min(out.length, at + 1 + int(r, 64)); i++) out[i] = int(r, 256);
    return out;
  },
  truncate(b, r) {
    return b.slice(0, Math.max(1, int(r, b.length)));
  },
  deleteRange(b, r) {
    const at = int(r, b.length);
    const len = 1 + int(r, Math.min(4096, b.length - at));
    return new Uint8Array([...b.subarray(0, at), ...b.subarray(at + len)]);
  },
  duplicateRange(b, r) {
    const at = int(r, b.length);
    const len = 1 + int(r, Math.min(4096, b.length - at));
    return new Uint8Array([...b.subarray(0, at + len), ...b.subarray(at, at + len), ...b.subarray(at + len)]);
  },
  /** Numbers carry the structure (xref offsets, lengths, object numbers, counts): change one. */
  changeNumber(b, r) {
    const text = new TextDecoder('latin1').decode(b);
    const numbers = [...text.matchAll(/\d+/g)];
    const m = numbers[int(r, numbers.length)];
    if (!m || m.index === undefined) return b;
    const choices = [
      '0',
      '-1',
      '1',
      '99999999',
      String(Number(m[0]) + 1),
      String(Number(m[0]) * 1000),
      '4294967296',
    ];
    const next = choices[int(r, choices.length)] ?? '0';
    const enc = new TextEncoder();
    return new Uint8Array([
      ...b.subarray(0, m.index),
      ...enc.encode(next),
      ...b.subarray(m.index + m[0].length),
    ]);
  },
  /** Removes a keyword the parser leans on. */
  dropKeyword(b, r) {
    const text = new TextDecoder('latin1').decode(b);
    const keywords = [
      'endobj',
      'endstream',
      'stream',
      'xref',
      'trailer',
      'startxref',
      '/Length',
      '/Root',
      '/Pages',
      '>>',
    ];
    const word = keywords[int(r, keywords.length)] ?? 'xref';
    const hits = [...text.matchAll(new RegExp(word.replace(/[/]/g, '\\/'), 'g'))];
    const m = hits[int(r, hits.length)];
    if (!m || m.index === undefined) return b;
    return new Uint8Array([...b.subarray(0, m.index), ...b.subarray(m.index + word.length)]);
  },
};

export interface Mutant {
  name: string;
  source: string;
  mutations: string[];
  bytes: Uint8Array;
}

/** `count` distinct mutants of the sources, each with 1-3 mutations. */
export function mutants(
  sources: Array<{ name: string; bytes: Uint8Array }>,
  count: number,
  seed: number,
): Mutant[] {
  const r = rng(seed);
  const names = Object.keys(MUTATIONS);
  const seen = new Set<string>();
  const out: Mutant[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const source = sources[int(r, sources.length)];
    if (!source) break;
    let bytes = source.bytes;
    const applied: string[] = [];
    for (let i = 0, n = 1 + int(r, 3); i < n; i++) {
      const name = names[int(r, names.length)] ?? 'flipBits';
      bytes = (MUTATIONS[name] ?? MUTATIONS.flipBits)(bytes, r);
      applied.push(name);
    }
    const key = `${bytes.length}:${Array.from(bytes.subarray(0, 64)).join(',')}:${bytes.reduce((h, x) => (h * 31 + x) >>> 0, 7)}`;
    if (seen.has(key) || bytes.length === 0) continue;
    seen.add(key);
    const index = String(out.length).padStart(4, '0');
    out.push({ name: `m${index}-${source.name}`, source: source.name, mutations: applied, bytes });
  }
  return out;
}
