// A PDF's text model in Node, for the CLI: pdf.js's legacy build (made for
// Node), the same text items as the reader's text layer, the same
// buildPdfTextModel. Never imported by the Electron main process, which does
// not parse untrusted files.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { AppError } from '../../src-shared/errors';
import type { TextModel } from '../../src-shared/model';
import { buildPdfTextModel, readPdfTitle, applyPdfBookmarks, type PdfPageInput } from '../../src-shared/text';
import type { PdfAnnotationInput } from '../../src-shared/interop/pdf-annotations';
import { readAnnotationNames } from '../../src-shared/interop/pdf-names';
import { fromPdfjsAnnotation } from '../../src-shared/interop/pdfjs-read';
import { mayHoldNotes } from '../../src-shared/interop/pdf-notes-scan';

/** Largest image pdf.js will decode, in pixels. */
const MAX_IMAGE_PIXELS = 8192 * 8192;

export interface LoadedPdf {
  model: TextModel;
  pages: number;
  /** Each page's text items (their geometry places PDF annotations on the text). */
  pageItems: PdfPageInput['items'][];
  /** The annotations other readers wrote into the file. */
  annotations: PdfAnnotationInput[];
  /** The title in the PDF's metadata, if any (preferred to one guessed from the text, as in the app). */
  title?: string;
}

function assetDir(name: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), name) + '/';
}

function polyfill(): void {
  // pdf.js 5+ uses Promise.withResolvers, which Node gained in 22.
  const P = Promise as unknown as { withResolvers?: unknown };
  if (!P.withResolvers) {
    P.withResolvers = function withResolvers<T>() {
      let resolve!: (v: T | PromiseLike<T>) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    };
  }
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

export async function loadPdf(bytes: Uint8Array): Promise<LoadedPdf> {
  polyfill();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js may transfer the buffer: give it a copy.
    data: bytes.slice(),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDir('standard_fonts'),
    // pdf.js 6 has no isEvalSupported any more: it never evaluates code from a document.
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    stopAtErrors: false,
    verbosity: 0,
  });
  // No one to ask for a password on the command line.
  task.onPassword = () => {
    void task.destroy();
  };
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const name = err instanceof Error ? err.name : '';
      if (name === 'PasswordException' || task.destroyed) throw new AppError('pdf-password');
      throw new AppError('pdf-invalid', err instanceof Error ? err.message : String(err));
    }
    const inputs: PdfPageInput[] = [];
    const annotations: PdfAnnotationInput[] = [];
    // A file with links and fields only is not asked for its annotations (pdf.js parses every one).
    const notes = mayHoldNotes(bytes);
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
      inputs.push({ width, height, items: content.items.filter(isTextItem) });
      // Broken or circular annotation dictionaries cost their annotations, not the document.
      const raw: unknown[] = notes ? await page.getAnnotations().catch(() => []) : [];
      for (const r of raw) {
        const a = fromPdfjsAnnotation(n, r);
        if (a) annotations.push(a);
      }
      page.cleanup();
    }
    if (annotations.length > 0) {
      const names = await readAnnotationNames(bytes);
      for (const a of annotations) {
        const n = names.get(a.ref);
        a.name = n?.name ?? null;
        a.ours = n?.ours ?? false;
      }
    }
    const model = buildPdfTextModel(inputs);
    // The same outline as the app's import makes.
    await applyPdfBookmarks(model, doc);
    const title = await readPdfTitle(doc);
    return {
      model,
      pages: doc.numPages,
      pageItems: inputs.map((p) => p.items),
      annotations,
      ...(title ? { title } : {}),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A page pdf.js cannot read: the file is damaged.
    throw new AppError('pdf-invalid', err instanceof Error ? err.message : String(err));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
