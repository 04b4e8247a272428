// A pdf.js PDFViewer made as the app wants it, and let go of entirely: the
// viewer keeps the document, its page views and listeners until it is given
// no document, and the worker keeps its copy until the document is destroyed.
import type { EventBus, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { pdfjs } from './pdfjs';
import type { loadViewer } from './pdfjs';
import type { OpenedPdf } from './pdfjs';
import type { PdfL10n } from './l10n';
import { warmPdfWhenIdle } from './warm';

/** How long a closed document waits for pdf.js to finish asking for its pages before it is destroyed. */
const PAGES_WAIT_MS = 2000;

export interface MadeViewer {
  viewer: PDFViewer;
  links: PDFLinkService;
  bus: EventBus;
}

/** `viewerModule`: pdf.js's viewer, loaded (`loadViewer`). */
export function makeViewer(
  viewerModule: Awaited<ReturnType<typeof loadViewer>>,
  container: HTMLDivElement,
  viewerEl: HTMLDivElement,
  l10n: PdfL10n,
): MadeViewer {
  const { EventBus, PDFLinkService, PDFViewer: Viewer } = viewerModule;
  const bus = new EventBus();
  const links = new PDFLinkService({ eventBus: bus });
  // Links inside a document open nothing in the app.
  links.externalLinkEnabled = false;
  const viewer = new Viewer({
    container,
    viewer: viewerEl,
    eventBus: bus,
    linkService: links,
    textLayerMode: 1,
    // The app draws its own highlights; pdf.js's editor would only keep a
    // window focus listener (and so the whole document) alive.
    annotationEditorMode: pdfjs.AnnotationEditorType.DISABLE,
    removePageBorders: false,
    maxCanvasPixels: 2 ** 25,
    // pdf.js's type is its own class; this is the same interface (l10n.ts).
    l10n: l10n as unknown as ConstructorParameters<typeof Viewer>[0]['l10n'],
  });
  links.setViewer(viewer);
  return { viewer, links, bus };
}

/**
 * Lets go of the viewer, its link service and the document. After page 1,
 * pdf.js asks the worker for every other page; a document destroyed before
 * they come logs an error for each. They come first (briefly: a long book's
 * are not waited for past PAGES_WAIT_MS). The next PDF opened finds a worker
 * ready.
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
    if (doc) void doc.close().catch(() => undefined);
  });
  warmPdfWhenIdle();
}
