// A PDF's text model in Node, for the CLI: pdf.js's legacy build (made for
// Node), the same text items as the reader's text layer, the same
// buildPdfTextModel. Never imported by the Electron main process, which does
// not parse untrusted files.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { AppError } from '../../src-shared/errors';
import type { TextModel } from '../../src-shared/model';
import { buildPdfTextModel, type PdfPageInput } from '../../src-shared/text';

/** Largest image pdf.js will decode, in pixels. */
const MAX_IMAGE_PIXELS = 8192 * 8192;

export interface LoadedPdf {
  model: TextModel;
  pages: number;
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
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
      inputs.push({ width, height, items: content.items.filter(isTextItem) });
      page.cleanup();
    }
    return { model: buildPdfTextModel(inputs), pages: doc.numPages };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A page pdf.js cannot read: the file is damaged.
    throw new AppError('pdf-invalid', err instanceof Error ? err.message : String(err));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
