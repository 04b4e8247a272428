// pdf.js for the sandboxed renderer: its worker, CMaps and standard fonts all
// come from the app itself; XFA, eval and scripting stay off.
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { AppError } from '@shared/errors';
import { settledWithin } from '../wait';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Largest image pdf.js will decode, in pixels: a hostile PDF cannot ask for gigabytes. */
const MAX_IMAGE_PIXELS = 8192 * 8192;

/**
 * How long closing a document waits for its worker to let it go before the
 * worker's thread is ended anyway: pdf.js waits for the worker's answer, and
 * a worker a hostile PDF keeps busy for ever would never give it.
 */
export const CLOSE_WAIT_MS = 1000;

export type PasswordReason = 'need' | 'wrong';
export type AskPassword = (reason: PasswordReason) => Promise<string | null>;

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  task: PDFDocumentLoadingTask;
  /** The password that opened it, if one was needed. */
  password: string | undefined;
  /** Destroys the document and its worker (pdf.js leaves a worker it was given alone). */
  close(): Promise<void>;
}

/** Ends a worker, and its thread: pdf.js leaves running a worker it was handed as a port. */
export function endPdfWorker(worker: PDFWorker): void {
  const port: unknown = worker.port;
  worker.destroy();
  if (typeof Worker !== 'undefined' && port instanceof Worker) port.terminate();
}

/** Destroys the loading task, then its worker: at once if the worker has not answered within CLOSE_WAIT_MS. */
async function destroy(task: PDFDocumentLoadingTask, worker: PDFWorker): Promise<void> {
  const letGo = task.destroy();
  letGo.catch(() => undefined);
  await settledWithin(letGo, CLOSE_WAIT_MS);
  endPdfWorker(worker);
}

/** `work`, or a rejection as soon as `signal` aborts (pdf.js's own promise may never settle). */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise((settle, fail) => {
    const abort = () => fail(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(settle, fail).finally(() => signal.removeEventListener('abort', abort));
  });
}

function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

export async function openPdf(
  bytes: Uint8Array,
  askPassword: AskPassword,
  password?: string,
  /** A worker started beforehand (pdf/warm.ts); this document's from now on. */
  started: PDFWorker | null = null,
  /** Gives up opening: the document and its worker are let go (a worker a hostile file keeps busy too). */
  signal?: AbortSignal,
): Promise<OpenedPdf> {
  // The document's own worker, which closing it ends (pdf.js would end one it
  // started itself only once that worker answered).
  const worker = started ?? new pdfjs.PDFWorker();
  // Embedded fonts go into the page as fonts (pdf.js's default). Drawing
  // them as paths instead (disableFontFace) was tried: after 20 opens and
  // closes of the sample report the renderer kept ~20 MB less, page 1 came
  // as soon, but scrolling through the 352-page book took 23% longer (12.4
  // -> 15.2 s, paired medians of 3).
  const task = pdfjs.getDocument({
    worker,
    // pdf.js transfers the buffer to its worker: give it a copy.
    data: bytes.slice(),
    cMapUrl: assetUrl('pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('pdfjs/standard_fonts/'),
    wasmUrl: assetUrl('pdfjs/wasm/'),
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    stopAtErrors: false,
    ...(password !== undefined ? { password } : {}),
  });
  let used = password;
  let cancelled = false;
  task.onPassword = (update: (pw: string) => void, reason: number) => {
    const why: PasswordReason = reason === pdfjs.PasswordResponses.INCORRECT_PASSWORD ? 'wrong' : 'need';
    void askPassword(why).then((pw) => {
      if (pw === null) {
        cancelled = true;
        void destroy(task, worker).catch(() => undefined);
      } else {
        used = pw;
        update(pw);
      }
    });
  };
  try {
    const doc = await unlessAborted(task.promise, signal);
    return { doc, task, password: used, close: () => destroy(task, worker) };
  } catch (err) {
    await destroy(task, worker).catch(() => undefined);
    if (signal?.aborted) throw new AppError('pdf-invalid', 'gave up opening it');
    if (cancelled) throw new AppError('pdf-password');
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new AppError('pdf-password');
    throw new AppError('pdf-invalid', err instanceof Error ? err.message : String(err));
  }
}

export { pdfjs };

// pdf.js's viewer module reads the library from this global when it loads.
(globalThis as unknown as { pdfjsLib: typeof pdfjs }).pdfjsLib = pdfjs;

export function loadViewer(): Promise<typeof import('pdfjs-dist/web/pdf_viewer.mjs')> {
  return import('pdfjs-dist/web/pdf_viewer.mjs');
}
