// Quads <-> offsets: on highlights.pdf (6 highlights made by other readers,
// 2 ink drawings), and on a two-column page and a rotated page made here.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdf, type LoadedPdf } from '../../../src-main/load/pdf';
import { pdfAnnotationsToNotes, IMPORTED_TAG, pdfDate } from '../../../src-shared/interop/pdf-annotations';
import { quadsToRange, rangeToQuads } from '../../../src-shared/interop/pdf-geometry';
import { LEFT, makeTestPdf, RIGHT, TURNED } from './make-pdf';

const NOW = '2025-01-01T00:00:00.000Z';

describe('highlights.pdf', () => {
  let pdf: LoadedPdf;
  beforeAll(async () => {
    pdf = await loadPdf(new Uint8Array(await readFile('tests/fixtures/pdf/highlights.pdf')));
  }, 60_000);

  it('gives its 6 highlights as notes with their quotes, colours, authors and dates; lists the ink', () => {
    const r = pdfAnnotationsToNotes({
      model: pdf.model,
      pageItems: pdf.pageItems,
      annotations: pdf.annotations,
      existing: new Set(),
      now: NOW,
    });
    expect(r.annotations).toHaveLength(6);
    const [title, abstract, intro, , , authors] = r.annotations;
    expect(title?.target?.quote).toBe('Trace-based Just-in-Time');
    expect(title?.color).toBe('yellow');
    expect(abstract?.target?.quote).toMatch(
      /^a dynamic compiler for JavaScript[\s\S]*just-in-time compilation,$/,
    );
    expect(abstract?.note).toBe('— Calixte Denizet');
    expect(abstract?.color).toBe('red');
    expect(intro?.target?.quote.startsWith('1. Introduction\nDynamic languages')).toBe(true);
    expect(intro?.color).toBe('green');
    expect(authors?.target?.quote).toContain('Mike Shaver');
    expect(r.annotations.map((a) => a.color)).toEqual(['yellow', 'red', 'green', 'blue', 'red', 'green']);
    expect(r.annotations.every((a) => a.tags.includes(IMPORTED_TAG) && a.target?.page === 1)).toBe(true);
    expect(abstract?.createdAt).toBe('2024-05-21T16:29:06.000Z');
    expect(r.others).toEqual([
      { page: 1, subtype: 'Ink' },
      { page: 1, subtype: 'Ink' },
    ]);
  });

  it('adds nothing the second time', () => {
    const input = { model: pdf.model, pageItems: pdf.pageItems, annotations: pdf.annotations, now: NOW };
    const first = pdfAnnotationsToNotes({ ...input, existing: new Set() });
    const again = pdfAnnotationsToNotes({ ...input, existing: new Set(first.annotations.map((a) => a.id)) });
    expect(again.annotations).toEqual([]);
    expect(again.duplicates).toBe(6);
  });
});

describe('quads <-> offsets on pages made with pdf-lib', () => {
  let pdf: LoadedPdf;
  beforeAll(async () => {
    pdf = await loadPdf(await makeTestPdf());
  }, 60_000);

  const phrases = ['three', 'column has its own', 'growth targets', 'upwards', 'ninety', 'The first column'];
  it.each(phrases)('finds "%s" again from its quads', (phrase) => {
    const text = pdf.model.text;
    const start = text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const page = TURNED.some((l) => l.includes(phrase)) ? 1 : 0;
    const span = pdf.model.pages?.[page];
    if (!span) throw new Error('no page');
    const quads = rangeToQuads(span, pdf.pageItems[page] ?? [], start, start + phrase.length);
    expect(quads.length).toBe(8);
    expect(quadsToRange(span, pdf.pageItems[page] ?? [], quads)).toEqual({
      start,
      end: start + phrase.length,
    });
  });

  it("keeps columns apart: a quad on one column's line takes nothing of the other", () => {
    const text = pdf.model.text;
    const span = pdf.model.pages?.[0];
    if (!span) throw new Error('no page');
    // The whole first line of the left column, drawn by hand a little wide.
    const quads = [48, 714, 260, 714, 48, 697, 260, 697];
    const r = quadsToRange(span, pdf.pageItems[0] ?? [], quads);
    expect(r && text.slice(r.start, r.end)).toBe(LEFT[0]);
    expect(RIGHT.length).toBe(3);
  });

  it('runs along rotated text: the quad of a line at 90 degrees is tall and narrow', () => {
    const span = pdf.model.pages?.[1];
    const text = pdf.model.text;
    if (!span) throw new Error('no page');
    const start = text.indexOf(TURNED[0] ?? '');
    const q = rangeToQuads(span, pdf.pageItems[1] ?? [], start, start + (TURNED[0]?.length ?? 0));
    const xs = [q[0], q[2], q[4], q[6]] as number[];
    const ys = [q[1], q[3], q[5], q[7]] as number[];
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(100);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(15);
  });

  it('reads PDF dates', () => {
    expect(pdfDate("D:20240521182906+02'00'")).toBe('2024-05-21T16:29:06.000Z');
    expect(pdfDate('D:20240521163715')).toBe('2024-05-21T16:37:15.000Z');
    expect(pdfDate('garbage')).toBeNull();
  });
});
