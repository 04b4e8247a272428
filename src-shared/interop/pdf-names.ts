// Each annotation's /NM (its unique name), which pdf.js does not report,
// read with pdf-lib's parser, keyed by pdf.js's id for the same object
// (`612R`, or `612R1` for generation 1). A copy we wrote names each
// annotation with its note's id: reading the copy back finds the same notes.
// A file pdf-lib cannot parse just has no names.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';

const MAX_ANNOTS = 100_000;

/** The key our copies add to each annotation they write, so that it is known as ours. */
export const OURS_KEY = 'RLNote';

export interface AnnotationName {
  name: string;
  /** Written by ReportLens (the note's id is the name). */
  ours: boolean;
}

export async function readAnnotationNames(bytes: Uint8Array): Promise<Map<string, AnnotationName>> {
  const names = new Map<string, AnnotationName>();
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch {
    return names;
  }
  let pages: PDFPage[];
  try {
    pages = doc.getPages();
  } catch {
    // A page tree pdf-lib cannot walk (one that refers to itself overflows its stack).
    return names;
  }
  let count = 0;
  for (const page of pages) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size() && count < MAX_ANNOTS; i++, count++) {
      const ref = annots.get(i);
      if (!(ref instanceof PDFRef)) continue;
      const dict = doc.context.lookup(ref);
      if (!(dict instanceof PDFDict)) continue;
      const nm = dict.get(PDFName.of('NM'));
      if (nm instanceof PDFString || nm instanceof PDFHexString) {
        const key =
          ref.generationNumber === 0 ? `${ref.objectNumber}R` : `${ref.objectNumber}R${ref.generationNumber}`;
        names.set(key, { name: nm.decodeText(), ours: dict.has(PDFName.of(OURS_KEY)) });
      }
    }
  }
  return names;
}
