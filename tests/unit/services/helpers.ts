// Small builders shared by the services tests.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation, Block, DocumentMeta, TextModel } from '../../../src-shared/model';

/** A text model with one paragraph per line; the first line is the title. */
export function modelOf(text: string): TextModel {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    blocks.push({ start, end: start + line.length, kind: blocks.length === 0 ? 'title' : 'paragraph' });
    start += line.length + 1;
  }
  return { version: 1, text, blocks, outline: [] };
}

export const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

/** guessMeta stand-in: the first line is the title, no year or region. */
export function stubMeta(model: TextModel): DocumentMeta {
  const first = model.blocks[0];
  return { title: first ? model.text.slice(first.start, first.end) : '', year: 2021, region: 'Stub' };
}

export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A Uint8Array that says it is `size` bytes long without allocating them. */
export function claimsSize(size: number): Uint8Array {
  const bytes = new Uint8Array(1);
  Object.defineProperty(bytes, 'byteLength', { get: () => size });
  return bytes;
}

let serial = 0;

/** An annotation on `quote` with a fresh UUID; fields can be overridden. */
export function annotationOf(quote: string, fields: Partial<Annotation> = {}): Annotation {
  serial++;
  return {
    id: randomUUID(),
    target: { start: 0, end: quote.length, quote, prefix: '', suffix: '' },
    style: 'highlight',
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: new Date(Date.UTC(2024, 4, 1, 0, 0, 0, serial)).toISOString(),
    updatedAt: '2024-05-01T00:00:00.000Z',
    ...fields,
  };
}
