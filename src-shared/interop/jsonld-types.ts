// The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
// that we write. Reading is looser (see jsonld-read.ts): other tools write
// many shapes the model allows.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** RFC 3778's fragment syntax for PDF: `page=N`. */
export const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: string;
  value: string;
}

export type Selector = TextQuoteSelector | TextPositionSelector | FragmentSelector;

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/markdown' | 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface SpecificResource {
  type: 'SpecificResource';
  source: string;
  selector: Selector[];
  styleClass: string;
}

export type Motivation = 'highlighting' | 'commenting' | 'tagging';

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  body?: TextualBody[];
  /** Our colour and style as CSS classes, which the target names in `styleClass`. */
  stylesheet?: { type: 'CssStylesheet'; value: string };
  /** A note on the whole document targets the document itself. */
  target: SpecificResource | string;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: AnnotationPage;
  last: string;
}
