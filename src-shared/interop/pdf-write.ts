// "Save a copy with my notes": a new PDF (the original is never touched)
// with each placed highlight or underline as a real annotation a reader can
// show and edit: QuadPoints from the text layer's geometry, an appearance
// stream (so poppler and Acrobat draw it as we do), the note as /Contents
// in UTF-16 (Chinese survives), the author as /T, our id as /NM (reading
// the copy back finds the same notes), the colour as /C. pdf-lib has no
// annotation API for this, so the dictionaries are built at its low level.
import {
  PDFArray,
  PDFBool,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  type PDFContext,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { anchor } from '../anchoring/anchor';
import { pageAt } from '../anchoring/describe';
import { AppError } from '../errors';
import type { Annotation, PageSpan, TextModel } from '../model';
import { COLOR_RGB } from './colors';
import { OURS_KEY } from './pdf-names';
import { quadsBox, rangeToQuads, type GlyphItem } from './pdf-geometry';

export interface PdfCopyInput {
  bytes: Uint8Array;
  model: TextModel;
  pageItems: ReadonlyArray<readonly GlyphItem[]>;
  annotations: readonly Annotation[];
  /** Shown by readers as the annotations' author. */
  author: string;
  /** Notes already in the file as its own annotations (imported from it): not written twice. */
  skip?: ReadonlySet<string>;
}

export interface PdfCopyResult {
  bytes: Uint8Array;
  written: number;
  /** Notes on the whole document, or whose passage is not found, or has no glyphs on the page. */
  notWritten: number;
}

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

function appearance(
  context: PDFContext,
  style: Annotation['style'],
  rgb: readonly number[],
  quads: readonly number[],
  box: readonly number[],
): PDFRef {
  const [r = 1, g = 1, b = 0] = rgb;
  const ops: string[] = ['/GS0 gs', `${fmt(r)} ${fmt(g)} ${fmt(b)} rg`];
  for (let i = 0; i + 8 <= quads.length; i += 8) {
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0, x4 = 0, y4 = 0] = quads.slice(i, i + 8);
    if (style === 'underline') {
      // A band along the bottom edge, a tenth of the line's height thick.
      const t = 0.1;
      const ux3 = x3 + (x1 - x3) * t;
      const uy3 = y3 + (y1 - y3) * t;
      const ux4 = x4 + (x2 - x4) * t;
      const uy4 = y4 + (y2 - y4) * t;
      ops.push(
        `${fmt(x3)} ${fmt(y3)} m ${fmt(x4)} ${fmt(y4)} l ${fmt(ux4)} ${fmt(uy4)} l ${fmt(ux3)} ${fmt(uy3)} l h f`,
      );
    } else {
      ops.push(
        `${fmt(x1)} ${fmt(y1)} m ${fmt(x2)} ${fmt(y2)} l ${fmt(x4)} ${fmt(y4)} l ${fmt(x3)} ${fmt(y3)} l h f`,
      );
    }
  }
  const stream = context.stream(ops.join('\n'), {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [...box],
    Resources: {
      ExtGState: {
        GS0: { Type: 'ExtGState', BM: style === 'underline' ? 'Normal' : 'Multiply', CA: 1, ca: 1 },
      },
    },
  });
  return context.register(stream);
}

/** The pages a range of the text runs over, 1-based. */
function pagesOf(pages: readonly PageSpan[], start: number, end: number): number[] {
  const first = pageAt(pages, start) ?? 1;
  const last = pageAt(pages, Math.max(start, end - 1)) ?? first;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

export async function writePdfCopy(input: PdfCopyInput): Promise<PdfCopyResult> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(input.bytes, { updateMetadata: false });
  } catch (err) {
    const encrypted = err instanceof Error && /encrypt/i.test(err.message);
    throw new AppError(
      encrypted ? 'pdf-password' : 'pdf-invalid',
      err instanceof Error ? err.message : String(err),
    );
  }
  const { context } = doc;
  let pdfPages: PDFPage[];
  try {
    pdfPages = doc.getPages();
  } catch (err) {
    // A page tree that refers to itself overflows pdf-lib's stack: damaged, said so, not a crash.
    throw new AppError('pdf-page-tree', err instanceof Error ? err.message : String(err));
  }
  const spans = input.model.pages ?? [];
  // pdf.js read the pages the notes are on; pdf-lib lists the pages it writes
  // to. On a damaged page tree they count differently (pdf-lib drops a kid
  // that is not a page), and page N of one is not page N of the other: a note
  // would land on the wrong page.
  if (spans.length > 0 && pdfPages.length !== spans.length)
    throw new AppError('pdf-page-tree', `pdf.js counts ${spans.length} pages, pdf-lib ${pdfPages.length}`);
  let written = 0;
  let notWritten = 0;
  for (const a of input.annotations) {
    if (input.skip?.has(a.id)) continue;
    const found = a.target ? anchor(input.model.text, a.target) : null;
    if (!found || found.status === 'orphan') {
      notWritten++;
      continue;
    }
    let wroteAny = false;
    for (const p of pagesOf(spans, found.start, found.end)) {
      const span = spans[p - 1];
      const page = pdfPages[p - 1];
      if (!span || !page) continue;
      const quads = rangeToQuads(span, input.pageItems[p - 1] ?? [], found.start, found.end);
      if (quads.length === 0) continue;
      const [x0, y0, x1, y1] = quadsBox(quads);
      const box = [x0 - 1, y0 - 1, x1 + 1, y1 + 1];
      const rgb = COLOR_RGB[a.color].map((c) => c / 255);
      const annot = context.obj({
        Type: 'Annot',
        Subtype: a.style === 'underline' ? 'Underline' : 'Highlight',
        Rect: box,
        QuadPoints: quads.map((n) => Math.round(n * 100) / 100),
        C: rgb,
        CA: 1,
        F: 4,
        AP: { N: appearance(context, a.style, rgb, quads, box) },
      });
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(a.note));
      annot.set(PDFName.of('T'), PDFHexString.fromText(input.author));
      // One note over two pages is two annotations; the second one's name says which part it is.
      annot.set(PDFName.of('NM'), PDFString.of(wroteAny ? `${a.id}#${p}` : a.id));
      annot.set(PDFName.of('M'), PDFString.fromDate(new Date(a.updatedAt)));
      annot.set(PDFName.of('CreationDate'), PDFString.fromDate(new Date(a.createdAt)));
      annot.set(PDFName.of('P'), page.ref);
      annot.set(PDFName.of(OURS_KEY), PDFBool.True);
      const ref = context.register(annot);
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      if (annots) annots.push(ref);
      else page.node.set(PDFName.of('Annots'), context.obj([ref]));
      wroteAny = true;
    }
    if (wroteAny) written++;
    else notWritten++;
  }
  return { bytes: await doc.save({ useObjectStreams: false }), written, notWritten };
}
