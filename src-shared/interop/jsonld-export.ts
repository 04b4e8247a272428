// Notes as a W3C Web Annotation AnnotationCollection (JSON-LD): one page with
// every annotation of one document or of the whole library. Each annotation
// targets its document (`urn:sha256:<id>`, stable whatever the file is
// called) with a TextQuoteSelector (exact, prefix, suffix), a
// TextPositionSelector and, for PDFs, a FragmentSelector `page=N`; the note is
// a TextualBody in Markdown, each tag a TextualBody with purpose `tagging`;
// colour and style are CSS classes (`rl-yellow rl-underline`) of a stylesheet
// the collection carries, as the model provides.
import type { Annotation, AnnotationColor, AnnotationStyle } from '../model';
import { colorHex } from './colors';
import { uuidFromName } from './ids';
import {
  ANNO_CONTEXT,
  PDF_FRAGMENT,
  type AnnotationCollection,
  type Motivation,
  type Selector,
  type TextualBody,
  type WebAnnotation,
} from './jsonld-types';

export interface DocumentNotes {
  docId: string;
  annotations: readonly Annotation[];
}

export function documentIri(docId: string): string {
  return `urn:sha256:${docId}`;
}

export function annotationIri(id: string): string {
  return `urn:uuid:${id}`;
}

export const COLOR_CLASS = (c: AnnotationColor): string => `rl-${c}`;
export const UNDERLINE_CLASS = 'rl-underline';
export const HIGHLIGHT_CLASS = 'rl-highlight';

/** The CSS for one annotation's two classes (the model puts `stylesheet` on the annotation). */
export function stylesheetFor(color: AnnotationColor, style: AnnotationStyle): string {
  const hex = colorHex(color);
  return style === 'underline'
    ? `.${COLOR_CLASS(color)}.${UNDERLINE_CLASS} { text-decoration: underline 2px ${hex}; }`
    : `.${COLOR_CLASS(color)}.${HIGHLIGHT_CLASS} { background-color: ${hex}; }`;
}

function motivationOf(a: Annotation): Motivation {
  if (a.note.trim() !== '') return 'commenting';
  if (a.tags.length > 0 && a.target === null) return 'tagging';
  return a.target === null ? 'commenting' : 'highlighting';
}

function bodiesOf(a: Annotation): TextualBody[] {
  const bodies: TextualBody[] = [];
  if (a.note !== '')
    bodies.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of a.tags)
    bodies.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });
  return bodies;
}

export function toWebAnnotation(docId: string, a: Annotation): WebAnnotation {
  const source = documentIri(docId);
  const bodies = bodiesOf(a);
  const base = {
    id: annotationIri(a.id),
    type: 'Annotation' as const,
    motivation: motivationOf(a),
    created: a.createdAt,
    modified: a.updatedAt,
    ...(bodies.length > 0 ? { body: bodies } : {}),
  };
  if (a.target === null) return { ...base, target: source };
  const t = a.target;
  const selector: Selector[] = [
    { type: 'TextQuoteSelector', exact: t.quote, prefix: t.prefix, suffix: t.suffix },
    { type: 'TextPositionSelector', start: t.start, end: t.end },
  ];
  if (t.page !== undefined)
    selector.push({ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${t.page}` });
  const styleClass = `${COLOR_CLASS(a.color)} ${a.style === 'underline' ? UNDERLINE_CLASS : HIGHLIGHT_CLASS}`;
  return {
    ...base,
    stylesheet: { type: 'CssStylesheet', value: stylesheetFor(a.color, a.style) },
    target: { type: 'SpecificResource', source, selector, styleClass },
  };
}

export interface CollectionOptions {
  label: string;
}

/** The notes of one document or many as one collection of one page. */
export function toAnnotationCollection(
  docs: readonly DocumentNotes[],
  { label }: CollectionOptions,
): AnnotationCollection {
  const items = docs.flatMap((d) => d.annotations.map((a) => toWebAnnotation(d.docId, a)));
  // The same notes give the same collection id, so a re-export is recognisably the same thing.
  const id = annotationIri(uuidFromName(`collection:${items.map((i) => `${i.id}@${i.modified}`).join(',')}`));
  const page = `${id}#page1`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: page,
  };
}

export function collectionToJson(c: AnnotationCollection): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
