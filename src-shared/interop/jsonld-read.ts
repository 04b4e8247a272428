// Reading annotation files other tools write: a W3C AnnotationCollection,
// AnnotationPage, one Annotation or a list of them, and Hypothesis's JSON
// (its API's `rows` or its export's `annotations`, each with `text`, `tags`
// and `target[].selector`). Everything is read defensively: one annotation
// that makes no sense is counted as unreadable, never a reason to drop the
// others.
import { ANNOTATION_COLORS, type AnnotationColor, type AnnotationStyle } from '../model';
import { AppError } from '../errors';
import { htmlToText } from './html-text';
import { PDF_FRAGMENT } from './jsonld-types';

/** One annotation as another tool described it, before it is placed in our text. */
export interface ForeignNote {
  /** Its id in the file (an IRI or Hypothesis's id), or null. */
  id: string | null;
  /** The document it is about (an IRI or URL), or null. */
  source: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  page: number | null;
  note: string;
  tags: string[];
  color: AnnotationColor | null;
  style: AnnotationStyle | null;
  created: string | null;
  modified: string | null;
}

export interface ReadResult {
  notes: ForeignNote[];
  /** Items that were not annotations we can read. */
  unreadable: number;
}

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function list(x: unknown): unknown[] {
  if (x === undefined || x === null) return [];
  return Array.isArray(x) ? x : [x];
}

function str(x: unknown): string | null {
  return typeof x === 'string' ? x : null;
}

function types(o: Obj): string[] {
  return list(o['type'] ?? o['@type']).filter((t): t is string => typeof t === 'string');
}

function hasType(o: Obj, t: string): boolean {
  return types(o).some((x) => x === t || x.endsWith(`#${t}`) || x.endsWith(`:${t}`));
}

/** The annotations a parsed file holds, whatever its shape. */
export function annotationItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObj(json)) return [];
  if (Array.isArray(json['rows'])) return json['rows'];
  if (Array.isArray(json['annotations'])) return json['annotations'];
  if (Array.isArray(json['items'])) return json['items'];
  const first = json['first'];
  if (isObj(first) && Array.isArray(first['items'])) return first['items'];
  if (hasType(json, 'Annotation') || 'target' in json) return [json];
  return [];
}

const PURPOSE_TAG = /(^|[#:])tagging$/;

function readBody(body: unknown, out: { notes: string[]; tags: string[] }): void {
  if (typeof body === 'string') {
    // A body that is only an IRI: its content lives elsewhere and is never fetched.
    if (body.trim()) out.notes.push(body.trim());
    return;
  }
  if (!isObj(body)) return;
  if (hasType(body, 'Choice')) {
    readBody(list(body['items'])[0], out);
    return;
  }
  const value = str(body['value']) ?? str(body['chars']);
  if (value === null) {
    const id = str(body['id']);
    if (id) out.notes.push(id);
    return;
  }
  const purposes = list(body['purpose']).filter((p): p is string => typeof p === 'string');
  if (purposes.some((p) => PURPOSE_TAG.test(p))) {
    if (value.trim()) out.tags.push(value.trim());
    return;
  }
  const format = str(body['format']) ?? '';
  out.notes.push(/html/i.test(format) ? htmlToText(value) : value);
}

function int(x: unknown): number | null {
  return typeof x === 'number' && Number.isSafeInteger(x) ? x : null;
}

interface Selected {
  quote: ForeignNote['quote'];
  position: ForeignNote['position'];
  page: number | null;
}

function readSelector(sel: unknown, found: Selected): void {
  if (!isObj(sel)) return;
  if (hasType(sel, 'TextQuoteSelector')) {
    const exact = str(sel['exact']);
    if (exact && !found.quote)
      found.quote = { exact, prefix: str(sel['prefix']) ?? '', suffix: str(sel['suffix']) ?? '' };
  } else if (hasType(sel, 'TextPositionSelector')) {
    const start = int(sel['start']);
    const end = int(sel['end']);
    if (start !== null && end !== null && !found.position) found.position = { start, end };
  } else if (hasType(sel, 'FragmentSelector')) {
    const value = str(sel['value']) ?? '';
    const conforms = str(sel['conformsTo']) ?? PDF_FRAGMENT;
    const m = /(?:^|&)page=(\d{1,6})/.exec(value);
    if (m && conforms.includes('3778') && found.page === null) found.page = Number(m[1]);
  }
  // A selector refined by another (`refinedBy`) narrows it: read that one too.
  for (const r of list(sel['refinedBy'])) readSelector(r, found);
}

function styleFrom(classes: string): { color: AnnotationColor | null; style: AnnotationStyle | null } {
  const names = classes.split(/\s+/);
  const color = ANNOTATION_COLORS.find((c) => names.includes(`rl-${c}`)) ?? null;
  const style = names.includes('rl-underline')
    ? 'underline'
    : names.includes('rl-highlight')
      ? 'highlight'
      : null;
  return { color, style };
}

function date(x: unknown): string | null {
  const s = str(x);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** One item as a ForeignNote, or null when it is not an annotation we can read. */
export function readAnnotation(item: unknown): ForeignNote | null {
  if (!isObj(item)) return null;
  const bodies = { notes: [] as string[], tags: [] as string[] };
  for (const b of list(item['body'])) readBody(b, bodies);
  const bodyValue = str(item['bodyValue']);
  if (bodyValue) bodies.notes.push(bodyValue);
  // Hypothesis.
  const text = str(item['text']);
  if (text) bodies.notes.push(text);
  for (const t of list(item['tags'])) if (typeof t === 'string' && t.trim()) bodies.tags.push(t.trim());

  const targets = list(item['target']);
  if (targets.length === 0 && !('uri' in item)) return null;
  const found: Selected = { quote: null, position: null, page: null };
  let source: string | null = str(item['uri']);
  let classes = '';
  for (const target of targets) {
    if (typeof target === 'string') {
      source ??= target;
      continue;
    }
    if (!isObj(target)) continue;
    source ??= str(target['source']) ?? str(target['id']);
    classes ||= str(target['styleClass']) ?? '';
    for (const sel of list(target['selector'])) readSelector(sel, found);
  }
  const id = str(item['id']) ?? str(item['@id']);
  return {
    id: id && id.length <= 2000 ? id : null,
    source,
    ...found,
    note: bodies.notes.join('\n\n'),
    tags: bodies.tags,
    ...styleFrom(classes),
    created: date(item['created']),
    modified: date(item['modified'] ?? item['updated']),
  };
}

/** Every annotation in a parsed file. */
export function readAnnotations(json: unknown): ReadResult {
  const notes: ForeignNote[] = [];
  let unreadable = 0;
  for (const item of annotationItems(json)) {
    const note = readAnnotation(item);
    if (note) notes.push(note);
    else unreadable++;
  }
  return { notes, unreadable };
}

/** Larger annotation files are refused before they are read. */
export const MAX_ANNOTATION_FILE_BYTES = 20 * 1024 * 1024;
/** More annotations than this in one file are refused (one save takes at most this many). */
export const MAX_IMPORTED_NOTES = 20_000;

/** A file's text as annotations; AppError('invalid-argument') with a message a user can act on. */
export function parseAnnotationFile(text: string): ReadResult {
  if (text.length > MAX_ANNOTATION_FILE_BYTES) throw tooBig();
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw refuse('this is not a JSON file of annotations (W3C Web Annotation or Hypothesis)');
  }
  const items = annotationItems(json);
  if (items.length === 0) throw refuse('no annotations in this file (W3C Web Annotation or Hypothesis JSON)');
  if (items.length > MAX_IMPORTED_NOTES)
    throw refuse(
      `this file holds ${items.length} annotations; at most ${MAX_IMPORTED_NOTES} can be imported at once: nothing was imported`,
    );
  return readAnnotations(json);
}

export function tooBig(): AppError {
  return refuse(
    `this annotation file is larger than ${MAX_ANNOTATION_FILE_BYTES / 1024 / 1024} MB: nothing was imported`,
  );
}

function refuse(detail: string): AppError {
  return new AppError('invalid-argument', detail, { detail });
}
