// A pdf.js PDFViewer let go of entirely (make-viewer.ts makes it): the
// viewer keeps the document, its page views and listeners until it is given
// no document, and the worker keeps its copy until the document is destroyed.
import type { PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { OpenedPdf } from './pdfjs';
import { flushGlyphsSoon } from './glyph-cache';
import { warmPdfWhenIdle } from './warm';

/** How long a closed document waits for pdf.js to finish asking for its pages before it is destroyed. */
const PAGES_WAIT_MS = 2000;

/**
 * Lets go of the viewer, its link service and the document. After page 1,
 * pdf.js asks the worker for every other page; a document destroyed before
 * they come logs an error for each. They come first (briefly: a long book's
 * are not waited for past PAGES_WAIT_MS). Once closed, its glyphs are pushed
 * out of Chromium's glyph cache, where they would keep its fonts
 * (glyph-cache.ts). The next PDF opened finds a worker ready.
 */
export function releaseViewer(
  viewer: PDFViewer | null,
  links: PDFLinkService | null,
  doc: OpenedPdf | null,
): void {
  const pages = viewer?.pagesPromise ?? null;
  const settled = pages ? Promise.race([pages, new Promise((r) => setTimeout(r, PAGES_WAIT_MS))]) : null;
  void (settled ?? Promise.resolve()).then(() => {
    if (viewer) {
      viewer.cleanup();
      viewer.setDocument(null);
    }
    links?.setDocument(null);
    if (doc)
      void doc
        .close()
        .catch(() => undefined)
        .then(flushGlyphsSoon);
  });
  warmPdfWhenIdle();
}
