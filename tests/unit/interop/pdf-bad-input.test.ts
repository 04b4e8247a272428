// Broken annotation data: damaged PDFs give what they can and never throw;
// absurd quads, colours and dates are read as nothing rather than as garbage.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../../src-main/load/pdf';
import { pdfAnnotationsToNotes } from '../../../src-shared/interop/pdf-annotations';
import { fromPdfjsAnnotation } from '../../../src-shared/interop/pdfjs-read';
import { readAnnotationNames } from '../../../src-shared/interop/pdf-names';
import { makeTestPdf } from './make-pdf';

describe('broken PDF annotations', () => {
  it.each([
    'poppler-937-0-fuzzed.pdf',
    'Pages-tree-refs.pdf',
    'annotation-text-without-popup.pdf',
    'issue3371.pdf',
  ])(
    '%s: loads, and its annotations map without throwing',
    async (name) => {
      const bytes = new Uint8Array(await readFile(`tests/fixtures/pdf/${name}`));
      const pdf = await loadPdf(bytes).catch((err: unknown) =>
        err instanceof Error ? err : new Error(String(err)),
      );
      if (pdf instanceof Error) {
        // A file pdf.js cannot open at all (damaged, or locked) is refused with its reason.
        expect(['pdf-invalid', 'pdf-password']).toContain((pdf as { code?: string }).code);
        return;
      }
      const r = pdfAnnotationsToNotes({
        model: pdf.model,
        pageItems: pdf.pageItems,
        annotations: pdf.annotations,
        existing: new Set(),
        now: '2025-01-01T00:00:00.000Z',
      });
      expect(Array.isArray(r.annotations)).toBe(true);
      expect(await readAnnotationNames(bytes)).toBeInstanceOf(Map);
    },
    60_000,
  );

  it('reads hostile annotation data as nothing', async () => {
    expect(fromPdfjsAnnotation(1, null)).toBeNull();
    expect(fromPdfjsAnnotation(1, { subtype: 42 })).toBeNull();
    const odd = fromPdfjsAnnotation(1, {
      subtype: 'Highlight',
      id: '1R',
      quadPoints: [1, 2, 3, Number.NaN, 5, 6, 7, 8],
      rect: 'x',
      color: [1e9, -5, 'z'],
      contentsObj: { str: 42 },
      titleObj: null,
      creationDate: 'D:99999999',
    });
    expect(odd).toMatchObject({ quads: null, rect: [0, 0, 0, 0], color: null, contents: '', author: '' });
    const pdf = await loadPdf(await makeTestPdf());
    const far = {
      ...odd,
      subtype: 'Highlight',
      quads: [1e12, 1e12, 2e12, 1e12, 1e12, -1e12, 2e12, -1e12],
      page: 1,
    } as NonNullable<typeof odd>;
    const missingPage = { ...far, page: 999 };
    const r = pdfAnnotationsToNotes({
      model: pdf.model,
      pageItems: pdf.pageItems,
      annotations: [far, missingPage],
      existing: new Set(),
      now: '2025-01-01T00:00:00.000Z',
    });
    expect(r.annotations).toEqual([]);
    expect(r.unplaced).toHaveLength(2);
  }, 60_000);
});
