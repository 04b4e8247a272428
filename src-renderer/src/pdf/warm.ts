// pdf.js's worker and viewer, got ready before a PDF is opened: the worker's
// 1.3 MB script is fetched and compiled in its own thread while the document's
// bytes are still on their way, instead of after. One spare worker at most;
// each document still gets a worker of its own (taken here, destroyed with
// the document), so a hostile PDF that hangs its worker hangs no other.
// pdf.js itself is imported here only when wanted: the launch into the
// library does not evaluate it. At a launch on a PDF the worker's thread was
// started before pdf.js was evaluated (launch-early.ts): the spare is made
// from it (pdf.js takes a worker as a port), so taking one may wait for it.
import type { PDFWorker } from 'pdfjs-dist';
import { whenIdle } from '../idle';

/** The spare worker, ready (or being got ready); null if none. */
let spare: Promise<PDFWorker | null> | null = null;
let dropped = 0;

/**
 * Starts a spare worker (if none is waiting) and loads the viewer's module.
 * `started` is a worker thread the launch started before pdf.js was even
 * evaluated (launch-early.ts): the spare is made from it, and it ends with it.
 */
export function warmPdf(started: Promise<Worker | null> | null = null): void {
  const generation = dropped;
  const letGo = () => void started?.then((w) => w?.terminate());
  void import('./pdfjs')
    .then(({ loadViewer, pdfjs }) => {
      void loadViewer().catch(() => undefined);
      // Let go (dropPdfWorker) while pdf.js was on its way: no worker after all.
      if (spare || generation !== dropped || typeof Worker === 'undefined') return letGo();
      spare = (started ?? Promise.resolve(null)).then((port) => {
        if (generation !== dropped) {
          port?.terminate();
          return null;
        }
        const worker = port ? pdfjs.PDFWorker.create({ port }) : new pdfjs.PDFWorker();
        // Dropped before it was ready (the document was not a PDF after all): not an error.
        worker.promise.catch(() => undefined);
        return worker;
      });
    })
    // pdf.js failed to load: the pane that needs it reports that itself.
    .catch(letGo);
}

/** The spare worker, now the caller's to end (pdfjs.ts's endPdfWorker); null if none was started. */
export async function takePdfWorker(): Promise<PDFWorker | null> {
  const waiting = spare;
  spare = null;
  const w = await waiting;
  return w && !w.destroyed ? w : null;
}

/** Lets the spare go (the document opened at launch was not a PDF after all). */
export function dropPdfWorker(): void {
  dropped++;
  const waiting = spare;
  spare = null;
  if (waiting)
    void Promise.all([waiting, import('./pdfjs')])
      .then(([w, { endPdfWorker }]) => w && endPdfWorker(w))
      .catch(() => undefined);
}

/**
 * Starts a spare worker while `picking` (a file dialog) runs, so a PDF's text
 * is read the moment its bytes come; lets it go again if nothing picked needs
 * it (a spare that was already waiting stays).
 */
export async function warmWhile<T>(picking: Promise<T>, needed: (picked: T) => boolean): Promise<T> {
  const waiting = spare !== null;
  warmPdf();
  try {
    const picked = await picking;
    if (!waiting && !needed(picked)) dropPdfWorker();
    return picked;
  } catch (err) {
    if (!waiting) dropPdfWorker();
    throw err;
  }
}

/** Warms up when the page is idle (after a PDF was closed: the next one opens faster). */
export function warmPdfWhenIdle(): void {
  whenIdle(warmPdf, 2000);
}
