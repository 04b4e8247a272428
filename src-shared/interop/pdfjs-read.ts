// pdf.js's annotation data (page.getAnnotations()) read defensively into
// PdfAnnotationInput: a broken or hostile annotation dictionary yields odd
// fields, never a crash, and is skipped when it has nothing usable.
import type { PdfAnnotationInput } from './pdf-annotations';

type Obj = Record<string, unknown>;

const MAX_QUADS = 8 * 2000;

function text(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x && typeof x === 'object' && typeof (x as Obj)['str'] === 'string') return (x as Obj)['str'] as string;
  return '';
}

function numbers(x: unknown, max: number): number[] | null {
  if (!x || typeof x !== 'object' || !('length' in x)) return null;
  const arr = Array.from(x as ArrayLike<unknown>).slice(0, max);
  return arr.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (arr as number[]) : null;
}

export function fromPdfjsAnnotation(page: number, raw: unknown): PdfAnnotationInput | null {
  if (!raw || typeof raw !== 'object') return null;
  const a = raw as Obj;
  const subtype = typeof a['subtype'] === 'string' ? a['subtype'] : '';
  // Links and form fields are the file's machinery, never notes: dropped here, so an
  // ordinary PDF costs nothing more at import.
  if (!subtype || subtype === 'Link' || subtype === 'Widget') return null;
  const quads = numbers(a['quadPoints'], MAX_QUADS);
  return {
    page,
    subtype,
    ref: typeof a['id'] === 'string' ? a['id'] : '',
    name: null,
    quads: quads && quads.length >= 8 ? quads.slice(0, quads.length - (quads.length % 8)) : null,
    rect: numbers(a['rect'], 4) ?? [0, 0, 0, 0],
    color: numbers(a['color'], 3),
    contents: text(a['contentsObj'] ?? a['contents']).slice(0, 100_000),
    author: text(a['titleObj'] ?? a['title']).slice(0, 200),
    created: typeof a['creationDate'] === 'string' ? a['creationDate'] : null,
    modified: typeof a['modificationDate'] === 'string' ? a['modificationDate'] : null,
    inReplyTo: typeof a['inReplyTo'] === 'string' ? a['inReplyTo'] : null,
    popupRef: typeof a['popupRef'] === 'string' ? a['popupRef'] : null,
  };
}
