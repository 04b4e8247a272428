// A PDF's own annotations as notes, here in the sandboxed renderer that
// parsed the file: placed on the text with the shared mapping, then sent to
// the main process through the validated annotations.save. Also the copy
// with the user's notes written into the PDF (pdf-lib, loaded on demand).
import type { Annotation, TextModel } from '@shared/model';
import type { PdfAnnotationInput, PdfNotesResult } from '@shared/interop/pdf-annotations';
import { pdfAnnotationsToNotes } from '@shared/interop/pdf-annotations';
import type { GlyphItem } from '@shared/interop/pdf-geometry';
import { api } from '../api';
import { knownPassword } from '../pdf/passwords';

export interface PdfParts {
  pageItems: ReadonlyArray<readonly GlyphItem[]>;
  annotations: PdfAnnotationInput[];
}

/** /NM names (pdf.js does not read them): only when there are annotations, pdf-lib is loaded. */
async function withNames(bytes: Uint8Array, annotations: PdfAnnotationInput[]): Promise<void> {
  if (annotations.length === 0) return;
  const { readAnnotationNames } = await import('@shared/interop/pdf-names');
  const names = await readAnnotationNames(bytes);
  for (const a of annotations) {
    const n = names.get(a.ref);
    a.name = n?.name ?? null;
    a.ours = n?.ours ?? false;
  }
}

/** Adds the PDF's annotations to document `id`'s notes, skipping those already there. */
export async function savePdfNotes(
  id: string,
  model: TextModel,
  bytes: Uint8Array,
  parts: PdfParts,
): Promise<PdfNotesResult> {
  await withNames(bytes, parts.annotations);
  const existing = new Set((await api.invoke('annotations.list', { id })).map((a) => a.id));
  const result = pdfAnnotationsToNotes({
    model,
    pageItems: parts.pageItems,
    annotations: parts.annotations,
    existing,
    now: new Date().toISOString(),
  });
  if (result.annotations.length > 0)
    await api.invoke('annotations.save', { id, upserts: result.annotations, deletes: [] });
  return result;
}

const noPassword = async (): Promise<string | null> => null;

/** The document's stored PDF, parsed again for its geometry and annotations. */
async function reparse(id: string): Promise<{ bytes: Uint8Array; parts: PdfParts }> {
  const bytes = await api.invoke('document.source', { id });
  const password = knownPassword(id);
  // pdf.js is loaded on demand (the library, which imports this, paints without it).
  const { extractPdf } = await import('../import/extract-pdf');
  const pdf = await extractPdf(bytes, {
    onProgress: () => undefined,
    askPassword: async () => password ?? (await noPassword()),
  });
  return { bytes, parts: { pageItems: pdf.pageItems, annotations: pdf.annotations } };
}

/** "Read the PDF's annotations" on demand. */
export async function readPdfNotesAgain(id: string, model: TextModel): Promise<PdfNotesResult> {
  const { bytes, parts } = await reparse(id);
  return savePdfNotes(id, model, bytes, parts);
}

/** "Save a copy with my notes": the copy's bytes and how many notes went in. */
export async function pdfCopyWithNotes(
  id: string,
  model: TextModel,
  annotations: readonly Annotation[],
  author: string,
): Promise<{ bytes: Uint8Array; written: number; notWritten: number }> {
  const { bytes, parts } = await reparse(id);
  await withNames(bytes, parts.annotations);
  const own = pdfAnnotationsToNotes({ model, ...parts, existing: new Set(), now: new Date().toISOString() });
  const { writePdfCopy } = await import('@shared/interop/pdf-write');
  return writePdfCopy({
    bytes,
    model,
    pageItems: parts.pageItems,
    annotations,
    author,
    skip: new Set(own.annotations.map((a) => a.id)),
  });
}
