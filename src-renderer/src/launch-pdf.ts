// At a launch on a PDF left open, page 1 (or the page the user was on) is
// drawn before the app's bundle has even been evaluated: the main process
// served the page with the app's script held back and the place the reader's
// pane had last time (src-main/services/launch-snapshot.ts), and the early
// script (launch-early.ts) loads this script, then the app once the page is
// drawn. The page's thread, from the bundle's evaluation to page 1, had been
// the app's and pdf.js's at once. Measured beside a bare pdf.js page (paired
// launches, N = 7, launch-early.ts has the rest): page 1 of the 352-page book
// at x1.26 before, x1.05-1.10 with this; of the 17-page report, x1.13-1.20
// before, x0.98-1.03 with this.
//
// The page is drawn where the pane will be, at the zoom it will have, in a
// layer of its own over the window that takes no input; the app's pane takes
// the document (not a second copy: the worker has parsed it once) and removes
// the layer once it has drawn its own page (PdfPane.vue). This script imports
// only pdf.js and the app's few modules around it (none of the app's bundle).
import 'pdfjs-dist/web/pdf_viewer.css';
import type { PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { PaneRect } from '@shared/api';
import { loadViewer, openPdf, pdfjs } from './pdf/pdfjs';
import type { OpenedPdf } from './pdf/pdfjs';
import { makeViewer } from './pdf/make-viewer';
import { createPdfL10n } from './pdf/l10n';

// pdf.js's viewer, on its way as soon as this script runs (the document's bytes are still coming).
const viewerModule = loadViewer();
viewerModule.catch(() => undefined);

export interface FirstPageInput {
  id: string;
  bytes: Uint8Array;
  /** pdf.js's worker thread, started by the early script (null: pdf.js starts one). */
  port: Worker | null;
  /** The page and zoom the document was left at. */
  page?: number | undefined;
  zoom?: number | undefined;
  pane: PaneRect;
  /** The layer's id (page-ids.ts's FIRST_PAGE_ID: passed, so that the early script shares no chunk with this one). */
  layerId: string;
  /** How long it may take to draw before it is given up (a slow or hostile file): the app is loaded then. */
  waitMs: number;
}

export interface FirstPage {
  id: string;
  /** The document, now the reader's to keep (and to close). */
  opened: OpenedPdf;
  /** Takes the layer away and lets go of its viewer (not of the document). */
  remove(): void;
}

function layerAt(
  pane: PaneRect,
  id: string,
): { layer: HTMLDivElement; container: HTMLDivElement; viewerEl: HTMLDivElement } {
  const layer = document.createElement('div');
  layer.id = id;
  layer.setAttribute('aria-hidden', 'true');
  // pdf.js asks its container to be absolutely placed; the layer takes no input (nothing can be done on it).
  layer.style.cssText =
    `position:fixed;top:${pane.top}px;left:${pane.left}px;right:${pane.right}px;bottom:${pane.bottom}px;` +
    'z-index:50;pointer-events:none;overflow:hidden';
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0;overflow:auto;background:var(--desk, #e8e8e8)';
  const viewerEl = document.createElement('div');
  viewerEl.className = 'pdfViewer';
  container.append(viewerEl);
  layer.append(container);
  return { layer, container, viewerEl };
}

/**
 * Draws the document's page in a layer where the reader's pane will be.
 * Resolves once it is drawn, or with null when it could not be (the file
 * needs a password, pdf.js failed, `waitMs` passed): nothing is
 * left behind then, and the reader opens the document as usual.
 */
export async function drawFirstPage(input: FirstPageInput): Promise<FirstPage | null> {
  const giveUp = new AbortController();
  const timer = setTimeout(() => giveUp.abort(), input.waitMs);
  const given = new Promise<never>((_, fail) =>
    giveUp.signal.addEventListener('abort', () => fail(new Error('not drawn in time')), { once: true }),
  );
  given.catch(() => undefined);
  let opened: OpenedPdf | null = null;
  let viewer: PDFViewer | null = null;
  const { layer, container, viewerEl } = layerAt(input.pane, input.layerId);
  const remove = () => {
    viewer?.setDocument(null);
    viewer = null;
    layer.remove();
  };
  try {
    const port = input.port;
    const worker = port ? pdfjs.PDFWorker.create({ port }) : null;
    const [module, doc] = await Promise.all([
      viewerModule,
      // No password can be asked before the app is there: the reader asks.
      openPdf(input.bytes, async () => null, undefined, worker, giveUp.signal),
    ]);
    opened = doc;
    // The viewer starts from page 1: a first page pdf.js cannot read is the reader's to report, not this layer's.
    await Promise.race([doc.doc.getPage(1), given]);
    document.body.append(layer);
    const lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
    const made = makeViewer(
      module,
      container,
      viewerEl,
      createPdfL10n(() => lang),
    );
    viewer = made.viewer;
    const v = made.viewer;
    const page = Math.min(Math.max(1, input.page ?? 1), doc.doc.numPages);
    const drawn = new Promise<void>((settle) => {
      made.bus.on('pagesinit', () => {
        if (input.zoom) v.currentScale = input.zoom;
        else v.currentScaleValue = 'page-width';
        if (page > 1) v.currentPageNumber = page;
      });
      made.bus.on('pagerendered', () => settle());
    });
    v.setDocument(doc.doc);
    made.links.setDocument(doc.doc);
    await Promise.race([drawn, given]);
    return { id: input.id, opened: doc, remove };
  } catch {
    remove();
    void opened?.close().catch(() => undefined);
    return null;
  } finally {
    clearTimeout(timer);
  }
}
