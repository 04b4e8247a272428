// Notes in and out of other tools: W3C Web Annotations, Hypothesis, PDF annotations.
export * from './colors';
export * from './ids';
export * from './jsonld-export';
export * from './jsonld-read';
export * from './place';
export * from './pdf-geometry';
export * from './pdf-annotations';
export * from './pdfjs-read';
