// The views that are chunks of their own, and when they load. The library
// paints first: the reader (pdf.js, the panels), the search and the corpus
// views (ECharts) are parsed when first shown, or once the app is idle.
import { defineAsyncComponent } from 'vue';
import { whenIdle } from '../idle';
import { warmPdf } from '../pdf/warm';

export const loadReader = () => import('../views/ReaderView.vue');
export const loadPdfPane = () => import('../components/reader/PdfPane.vue');
export const ReaderView = defineAsyncComponent(loadReader);
export const SearchView = defineAsyncComponent(() => import('../corpus/SearchView.vue'));
export const CorpusView = defineAsyncComponent(() => import('../views/CorpusView.vue'));

/**
 * A PDF left open: its pane's code and pdf.js's viewer (which needs pdf.js
 * evaluated first: the pane imports it) load while its bytes are on their way.
 */
export async function loadPdfViewer(): Promise<void> {
  await loadPdfPane();
  await (await import('../pdf/pdfjs')).loadViewer();
}

/** The PDF pane and pdf.js, at a pause (a failure is met again when a PDF opens). */
export function warmPdfPane(): void {
  void loadPdfPane().catch(() => undefined);
}

/**
 * The library at rest: the PDF pane and pdf.js; then, at the next pause,
 * pdf.js's viewer and a spare worker (pdf/warm.ts), as after a PDF was
 * closed. A file dropped or picked is then read the moment its bytes come,
 * not after the worker's 1.3 MB script has been fetched and compiled
 * (import click → row −171 ms, paired median N = 9, with the harness's
 * instant dialog). The spare holds about 17 MB.
 *
 * Evaluating pdf.js on the page's thread at rest costs a report clicked
 * within about half a second of the library showing (2 cores: ~100 ms at
 * 300 ms, nothing measurable at 1 s). Tried instead and set aside: only the
 * worker's thread at rest, pdf.js left for the first PDF (the first PDF
 * opened from the library came 103 ms later, paired median of 7); the same
 * steps each at a pause of its own (no gain at 300 ms or 1 s).
 */
function warmPdfAtRest(): void {
  void loadPdfPane()
    .then(() => whenIdle(() => warmPdf()))
    .catch(() => undefined);
}

/**
 * With the library shown: the reader is parsed while the user looks at it,
 * so a click does not wait for it; then, at the next pause, the PDF pane and
 * pdf.js (which a text report does not need) and a spare worker.
 */
export function warmReader(): void {
  whenIdle(
    () =>
      void loadReader()
        .then(() => whenIdle(warmPdfAtRest))
        .catch(() => undefined),
  );
}
