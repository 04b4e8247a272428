// A hand-written check of AnnotationSchema (src-shared/api.ts) for reading
// thousands of stored annotations: valibot builds an output object and an
// issue list per field, which is most of the time it takes to open a document
// with 5,000 notes. The check only ever says "valid, exactly as it stands"
// (true) or "ask the schema" (false): a value it passes is one the schema
// accepts and returns unchanged, and anything unusual (a tag the schema would
// trim, an object that is not plain, a key set to undefined) goes to the
// schema, which decides and says why. Its agreement with the schema is tested
// (tests/unit/annotation-check.test.ts).
import type { Annotation } from './model';
import { ANNOTATION_COLORS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS } from './model';
import { MAX_PAGES, MAX_TEXT_CHARS } from './api';

// valibot's own patterns for v.uuid() and v.isoTimestamp().
const UUID = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;
const ISO_TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;

const COLORS: ReadonlySet<unknown> = new Set(ANNOTATION_COLORS);
const ANNOTATION_KEYS = 8;

function plain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** Own keys only, each one of `allowed`, and no more than `max` of them (inherited enumerable keys fail). */
function onlyKeys(o: Record<string, unknown>, allowed: ReadonlySet<string>, max: number): boolean {
  let n = 0;
  for (const key in o) {
    if (!Object.hasOwn(o, key) || !allowed.has(key) || o[key] === undefined) return false;
    n++;
  }
  return n <= max;
}

const TARGET_KEYS: ReadonlySet<string> = new Set(['start', 'end', 'quote', 'prefix', 'suffix', 'page']);
const KEYS: ReadonlySet<string> = new Set([
  'id',
  'target',
  'style',
  'color',
  'note',
  'tags',
  'createdAt',
  'updatedAt',
]);

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_TEXT_CHARS;
}

function isShort(x: unknown, max: number): x is string {
  return typeof x === 'string' && x.length <= max;
}

function isTarget(t: unknown): boolean {
  if (t === null) return true;
  if (!plain(t) || !onlyKeys(t, TARGET_KEYS, 6)) return false;
  const { start, end, quote, prefix, suffix, page } = t;
  return (
    isOffset(start) &&
    isOffset(end) &&
    typeof quote === 'string' &&
    quote.length >= 1 &&
    quote.length <= MAX_QUOTE_CHARS &&
    isShort(prefix, 64) &&
    isShort(suffix, 64) &&
    (!('page' in t) || (typeof page === 'number' && Number.isInteger(page) && page >= 1 && page <= MAX_PAGES))
  );
}

function isTags(tags: unknown): boolean {
  if (!Array.isArray(tags) || Object.getPrototypeOf(tags) !== Array.prototype || tags.length > MAX_TAGS)
    return false;
  for (let i = 0; i < tags.length; i++) {
    if (!(i in tags)) return false;
    const tag: unknown = tags[i];
    if (typeof tag !== 'string' || tag.length < 1 || tag.length > MAX_TAG_CHARS || tag.trim() !== tag)
      return false;
  }
  return true;
}

/** True when `a` passes AnnotationSchema and the schema would give it back unchanged; false: ask the schema. */
export function isPlainValidAnnotation(a: unknown): a is Annotation {
  if (!plain(a) || !onlyKeys(a, KEYS, ANNOTATION_KEYS)) return false;
  const { id, target, style, color, note, tags, createdAt, updatedAt } = a;
  return (
    typeof id === 'string' &&
    UUID.test(id) &&
    'target' in a &&
    isTarget(target) &&
    (style === 'highlight' || style === 'underline') &&
    COLORS.has(color) &&
    isShort(note, MAX_NOTE_CHARS) &&
    isTags(tags) &&
    typeof createdAt === 'string' &&
    ISO_TIMESTAMP.test(createdAt) &&
    typeof updatedAt === 'string' &&
    ISO_TIMESTAMP.test(updatedAt)
  );
}

/** A list of annotation ids as v.array(v.pipe(v.string(), v.uuid())) passes it unchanged. */
export function arePlainIds(list: unknown): list is string[] {
  if (!Array.isArray(list) || Object.getPrototypeOf(list) !== Array.prototype) return false;
  for (let i = 0; i < list.length; i++) {
    const id: unknown = list[i];
    if (!(i in list) || typeof id !== 'string' || !UUID.test(id)) return false;
  }
  return true;
}

/** True when every item of `list` passes isPlainValidAnnotation (a plain array, no holes). */
export function arePlainValidAnnotations(list: unknown): list is Annotation[] {
  if (!Array.isArray(list) || Object.getPrototypeOf(list) !== Array.prototype) return false;
  for (let i = 0; i < list.length; i++) if (!(i in list) || !isPlainValidAnnotation(list[i])) return false;
  return true;
}
