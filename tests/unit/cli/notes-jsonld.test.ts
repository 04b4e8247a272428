// `notes --format jsonld|csv` and `notes-import`: a document's notes out as
// W3C Web Annotations, into another library's copy of the document, once.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import { annotationOf, bytesOf, modelOf, stubMeta, tempDir } from '../services/helpers';
import { cli, snapshot } from './cli-run';

const TEXT = '2021年某市政府工作报告\n一、过去一年的工作\n全年地区生产总值增长6.5%。\n粮食产量稳定。';

let base: string;
let cleanup: () => Promise<void>;
let full: string;
let empty: string;
let docId: string;

async function libraryWith(dir: string, notes: boolean): Promise<string> {
  const services = await createServices(dir, { guessMeta: stubMeta, log: () => undefined });
  const { record } = await services.library.import({
    fileName: 'r.txt',
    bytes: bytesOf(TEXT),
    model: modelOf(TEXT),
  });
  if (notes) {
    const at = TEXT.indexOf('地区生产总值');
    await services.notes.save({
      id: record.id,
      upserts: [
        annotationOf('地区生产总值增长6.5%', {
          target: { start: at, end: at + 12, quote: '地区生产总值增长6.5%', prefix: '全年', suffix: '。' },
          note: '比上年**高**',
          tags: ['经济'],
          color: 'blue',
          style: 'underline',
        }),
        annotationOf('已删去的一句', { note: '旧版' }),
      ],
      deletes: [],
    });
  }
  await services.flush();
  return record.id;
}

beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir('rl-cli-jsonld-'));
  full = join(base, 'full');
  empty = join(base, 'empty');
  docId = await libraryWith(full, true);
  await libraryWith(empty, false);
});
afterAll(async () => cleanup());

describe('notes as JSON-LD and CSV, and back', () => {
  it('exports, imports into an empty library (placed / not found), and a second import adds nothing', async () => {
    const out = await cli(['notes', docId, '--format', 'jsonld', '--data', full]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as { type: string; total: number };
    expect(json).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    const file = join(base, 'notes.jsonld');
    await writeFile(file, out.stdout);

    const first = await cli(['notes-import', docId, file, '--data', empty]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toBe('placed: 1\nnot found: 1\nalready there: 0\n');
    const again = await cli(['notes-import', docId, file, '--data', empty]);
    expect(again.stdout).toBe('placed: 0\nnot found: 0\nalready there: 2\n');

    const a = await cli(['notes', docId, '--format', 'jsonld', '--data', full]);
    const b = await cli(['notes', docId, '--format', 'jsonld', '--data', empty]);
    expect(b.stdout).toBe(a.stdout);
  }, 180_000);

  it('exports the whole library as one collection with --all', async () => {
    const out = await cli(['notes', '--all', '--format', 'jsonld', '--data', full]);
    expect(JSON.parse(out.stdout)).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    expect((await cli(['notes', '--all', '--data', full])).stderr).toContain(
      '--all takes no document and needs --format jsonld',
    );
  }, 180_000);

  it('exports CSV with the quote, section and status', async () => {
    const out = await cli(['notes', docId, '--format=csv', '--data', full]);
    expect(out.code).toBe(0);
    const lines = out.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('id,status,quote,page,section,color,style,note,tags,created,updated');
    expect(lines[1]).toContain(',placed,地区生产总值增长6.5%,,,blue,underline,比上年**高**,经济,');
    expect(lines[2]).toContain(',not found,已删去的一句,');
  }, 180_000);

  it('refuses a 50 MB file and a file of no annotations, and changes nothing', async () => {
    const before = await snapshot(empty);
    const big = join(base, 'big.json');
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const r1 = await cli(['notes-import', docId, big, '--data', empty]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toBe('reportlens: this annotation file is larger than 20 MB: nothing was imported\n');
    const junk = join(base, 'junk.json');
    await writeFile(junk, '{"hello": "world"}');
    const r2 = await cli(['notes-import', docId, junk, '--data', empty]);
    expect(r2.stderr).toContain('no annotations in this file');
    expect(await snapshot(empty)).toEqual(before);
  }, 180_000);
});
