// A copy with our notes: real annotations pdf.js reads back as the same
// notes (their /NM), poppler draws, Chinese in /Contents intact; the
// original bytes untouched.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFHexString, PDFName, PDFArray, PDFDict } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdf, type LoadedPdf } from '../../../src-main/load/pdf';
import { describeRange } from '../../../src-shared/anchoring/describe';
import type { Annotation } from '../../../src-shared/model';
import { pdfAnnotationsToNotes } from '../../../src-shared/interop/pdf-annotations';
import { writePdfCopy } from '../../../src-shared/interop/pdf-write';
import { makeBrokenTreePdf, makeTestPdf } from './make-pdf';

let pdf: LoadedPdf;
let original: Uint8Array;
let dir: string;

function note(phrase: string, fields: Partial<Annotation>, page: number, model = pdf.model): Annotation {
  const start = model.text.indexOf(phrase);
  return {
    id: crypto.randomUUID(),
    target: describeRange(model.text, start, start + phrase.length, page),
    style: 'highlight',
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-02T08:00:00.000Z',
    ...fields,
  };
}

beforeAll(async () => {
  original = await makeTestPdf();
  pdf = await loadPdf(original);
  dir = await mkdtemp(join(tmpdir(), 'rl-pdfcopy-'));
}, 60_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('writePdfCopy', () => {
  it('writes highlights and underlines that read back as the same notes, once', async () => {
    const notes = [
      note('growth targets', { note: '增长目标：中文笔记 ✓', color: 'green' }, 1),
      note('a sentence that runs', { style: 'underline', color: 'red' }, 1),
      note('upwards', { color: 'blue' }, 2),
      { ...note('three', {}, 1), target: { start: 0, end: 5, quote: '不在文中', prefix: '', suffix: '' } },
      { ...note('three', {}, 1), target: null, note: 'document note' },
    ];
    const before = original.slice();
    const copy = await writePdfCopy({
      bytes: original,
      model: pdf.model,
      pageItems: pdf.pageItems,
      annotations: notes,
      author: '读者',
    });
    expect(copy).toMatchObject({ written: 3, notWritten: 2 });
    expect(original).toEqual(before);

    // pdf-lib sees UTF-16 contents, the author and our id.
    const doc = await PDFDocument.load(copy.bytes);
    const annots = doc.getPages()[0]?.node.lookup(PDFName.of('Annots'), PDFArray);
    const first = annots && doc.context.lookup(annots.get(0), PDFDict);
    expect((first?.get(PDFName.of('Contents')) as PDFHexString).decodeText()).toBe('增长目标：中文笔记 ✓');
    expect((first?.get(PDFName.of('T')) as PDFHexString).decodeText()).toBe('读者');
    expect(first?.get(PDFName.of('NM'))?.toString()).toBe(`(${notes[0]?.id})`);

    // pdf.js reads them back as the same notes: same ids, quotes, colours, styles.
    const back = await loadPdf(copy.bytes);
    const read = pdfAnnotationsToNotes({
      model: back.model,
      pageItems: back.pageItems,
      annotations: back.annotations,
      existing: new Set(),
      now: '2025-01-01T00:00:00.000Z',
    });
    const summary = (a: Annotation) => [a.id, a.target?.quote, a.color, a.style, a.note.split('\n')[0]];
    expect(read.annotations.map(summary)).toEqual(notes.slice(0, 3).map(summary));
    const again = pdfAnnotationsToNotes({
      model: back.model,
      pageItems: back.pageItems,
      annotations: back.annotations,
      existing: new Set(notes.map((n) => n.id)),
      now: '2025-01-01T00:00:00.000Z',
    });
    expect(again.annotations).toEqual([]);

    // poppler renders the copy; the highlight's green is on the page.
    const file = join(dir, 'copy.pdf');
    await writeFile(file, copy.bytes);
    await promisify(execFile)('pdftoppm', [
      '-r',
      '50',
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      file,
      join(dir, 'page'),
    ]);
    const png = await readFile(join(dir, 'page-1.png'));
    expect(png.length).toBeGreaterThan(1000);
  }, 60_000);

  it('refuses bytes that are not a PDF', async () => {
    await expect(
      writePdfCopy({
        bytes: new TextEncoder().encode('not a pdf'),
        model: pdf.model,
        pageItems: [],
        annotations: [],
        author: '',
      }),
    ).rejects.toMatchObject({ code: 'pdf-invalid' });
  });

  it('refuses a PDF whose page tree refers to itself (pdf-lib overflowed its stack)', async () => {
    const bytes = new Uint8Array(await readFile('tests/fixtures/pdf/Pages-tree-refs.pdf'));
    await expect(
      writePdfCopy({ bytes, model: pdf.model, pageItems: [], annotations: [], author: '' }),
    ).rejects.toMatchObject({ code: 'pdf-page-tree' });
  });

  it('refuses a PDF whose pages pdf.js and pdf-lib count differently, rather than put a note on the wrong page', async () => {
    // Page 2 is not a page: pdf.js reads 1, 3, 4 and 5; pdf-lib lists four pages, so its third is page 4.
    const bytes = makeBrokenTreePdf(5, 2);
    const broken = await loadPdf(bytes);
    expect(broken.skipped).toEqual([{ page: 2, why: 'failed' }]);
    expect(broken.model.text).toContain('Page 3 delta here');
    const onPage3 = note('Page 3 delta here', {}, 3, broken.model);
    await expect(
      writePdfCopy({
        bytes,
        model: broken.model,
        pageItems: broken.pageItems,
        annotations: [onPage3],
        author: '',
      }),
    ).rejects.toMatchObject({ code: 'pdf-page-tree' });
  }, 30_000);
});
