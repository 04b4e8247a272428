/** The meta tag the build puts in index.html naming pdf.js's chunk, for launch-early.ts to fetch it ahead. */
export const PDFJS_CHUNK_META = 'reportlens-pdfjs-chunk';
