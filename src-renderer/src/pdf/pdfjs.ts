// pdf.js for the sandboxed renderer: its worker, CMaps and standard fonts all
// come from the app itself; XFA, eval and scripting stay off.
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { AppError } from '@shared/errors';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** Largest image pdf.js will decode, in pixels: a hostile PDF cannot ask for gigabytes. */
const MAX_IMAGE_PIXELS = 8192 * 8192;

export type PasswordReason = 'need' | 'wrong';
export type AskPassword = (reason: PasswordReason) => Promise<string | null>;

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  task: PDFDocumentLoadingTask;
  /** The password that opened it, if one was needed. */
  password: string | undefined;
}

function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

export async function openPdf(
  bytes: Uint8Array,
  askPassword: AskPassword,
  password?: string,
): Promise<OpenedPdf> {
  const task = pdfjs.getDocument({
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
        void task.destroy();
      } else {
        used = pw;
        update(pw);
      }
    });
  };
  try {
    const doc = await task.promise;
    return { doc, task, password: used };
  } catch (err) {
    await task.destroy().catch(() => undefined);
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
