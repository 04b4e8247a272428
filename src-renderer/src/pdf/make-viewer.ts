// A pdf.js PDFViewer made as the app wants it: by the reader's pane, and at
// launch by the first page drawn before the app's bundle (launch-pdf.ts), which
// is why this module imports nothing of the app's but pdf.js (pdfjs.ts).
import type { EventBus, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { pdfjs } from './pdfjs';
import type { loadViewer } from './pdfjs';
import type { PdfL10n } from './l10n';

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
