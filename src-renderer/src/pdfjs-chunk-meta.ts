/** The meta tag the build puts in index.html naming pdf.js's chunk, for launch-early.ts to fetch it ahead. */
export const PDFJS_CHUNK_META = 'reportlens-pdfjs-chunk';

/** The meta tag naming pdf.js's worker script, which launch-early.ts starts while the bundle is evaluated. */
export const PDFJS_WORKER_META = 'reportlens-pdfjs-worker';
