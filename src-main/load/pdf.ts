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
import { OPEN_TIME_LIMIT_MS, PAGE_TIME_LIMIT_MS, withinTime } from '../../src-shared/time-limit';
import { readPdfPages, type SkippedPage } from '../../src-shared/pdf/read-pages';
import { startPdfThread } from './pdf-thread';

/** Largest image pdf.js will decode, in pixels. */
const MAX_IMAGE_PIXELS = 8192 * 8192;

// The app's limits hold here too: a hostile file can keep pdf.js busy for
// ever (4 KB of nested forms), and a script waits no longer than the app.
/** How long closing waits for pdf.js to stop work it was still doing. */
const CLOSE_WAIT_MS = 1000;

export interface LoadedPdf {
  model: TextModel;
  pages: number;
  /** Each page's text items (their geometry places PDF annotations on the text). */
  pageItems: PdfPageInput['items'][];
  /** The annotations other readers wrote into the file. */
  annotations: PdfAnnotationInput[];
  /** The title in the PDF's metadata, if any (preferred to one guessed from the text, as in the app). */
  title?: string;
  /** Pages whose text pdf.js could not give, or not within PAGE_TIME_LIMIT_MS (left empty). */
  skipped: SkippedPage[];
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

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDoc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

interface OpenedPdf {
  doc: PdfDoc;
  /** Lets go of the document and ends its thread (at once if pdf.js does not let go). */
  close(): Promise<void>;
}

/** The file opened by pdf.js in a thread of its own, given up after OPEN_TIME_LIMIT_MS. */
async function openPdf(pdfjs: PdfJs, bytes: Uint8Array): Promise<OpenedPdf> {
  const thread = startPdfThread();
  // pdf.js's types allow no port in Node; it takes any MessagePort-like object.
  const worker = new pdfjs.PDFWorker({ port: thread.port as never, verbosity: 0 });
  const task = pdfjs.getDocument({
    worker,
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
  const close = async () => {
    await withinTime(
      task.destroy().catch(() => undefined),
      CLOSE_WAIT_MS,
    );
    worker.destroy();
    await thread.end();
  };
  // No one to ask for a password on the command line.
  let locked = false;
  task.onPassword = () => {
    locked = true;
    void task.destroy().catch(() => undefined);
  };
  try {
    const opened = await withinTime(task.promise, OPEN_TIME_LIMIT_MS);
    if (opened === 'timeout')
      throw new AppError('pdf-invalid', `gave up opening it after ${OPEN_TIME_LIMIT_MS / 1000} s`);
    return { doc: opened, close };
  } catch (err) {
    await close();
    if (err instanceof AppError) throw err;
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException' || locked) throw new AppError('pdf-password');
    throw new AppError('pdf-invalid', err instanceof Error ? err.message : String(err));
  }
}

export async function loadPdf(bytes: Uint8Array): Promise<LoadedPdf> {
  polyfill();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let opened = await openPdf(pdfjs, bytes);
  try {
    // A file with links and fields only is not asked for its annotations (pdf.js parses every one).
    const notes = mayHoldNotes(bytes);
    const readPage = async (doc: PdfDoc, n: number) => {
      const page = await doc.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
      // Broken or circular annotation dictionaries cost their annotations, not the document.
      const raw: unknown[] = notes ? await page.getAnnotations().catch(() => []) : [];
      page.cleanup();
      const input: PdfPageInput = { width, height, items: content.items.filter(isTextItem) };
      return { input, annotations: raw.map((r) => fromPdfjsAnnotation(n, r)).filter((a) => a !== null) };
    };
    const numPages = opened.doc.numPages;
    // As the app's import: a page pdf.js cannot read or does not finish is skipped (src-shared/pdf/read-pages.ts).
    const read = await readPdfPages(opened, {
      numPages,
      read: readPage,
      // Kept current here too: whatever happens next, `finally` closes the one open.
      reopen: async () => (opened = await openPdf(pdfjs, bytes)),
    });
    opened = read.opened;
    const { stuck, skipped } = read;
    const inputs = read.pages.map((p): PdfPageInput => p?.input ?? { width: 0, height: 0, items: [] });
    const annotations = read.pages.flatMap((p) => p?.annotations ?? []);
    if (annotations.length > 0) {
      const names = await readAnnotationNames(bytes);
      for (const a of annotations) {
        const n = names.get(a.ref);
        a.name = n?.name ?? null;
        a.ours = n?.ours ?? false;
      }
    }
    const model = buildPdfTextModel(inputs);
    // The same outline and title as the app's import takes (not from a thread that was ended).
    if (!stuck) await withinTime(applyPdfBookmarks(model, opened.doc), PAGE_TIME_LIMIT_MS);
    const title = stuck ? 'timeout' : await withinTime(readPdfTitle(opened.doc), PAGE_TIME_LIMIT_MS);
    return {
      model,
      pages: numPages,
      pageItems: inputs.map((p) => p.items),
      annotations,
      skipped,
      ...(title && title !== 'timeout' ? { title } : {}),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Anything else pdf.js throws (its pages' failures are skipped above): the file is damaged.
    throw new AppError('pdf-invalid', err instanceof Error ? err.message : String(err));
  } finally {
    await opened.close();
  }
}
