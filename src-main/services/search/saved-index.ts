// The search index as saved (search-index.json): FlexSearch's parts, and
// what they hold, to tell at the next start which documents changed since:
// each text's length and a stamp of each document's notes.
import * as v from 'valibot';
import type { Annotation } from '../../../src-shared/model';
import { noteText } from './corpus-index';
import type { NoteEntry } from './corpus-index';

export const SEARCH_INDEX_FILE = 'search-index.json';
export const INDEX_VERSION = 1;

/** A plain object of `value`s (valibot's record lets an array through). */
const table = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'not a table'),
    v.record(v.string(), value),
  );

export const SavedSchema = v.strictObject({
  version: v.literal(INDEX_VERSION),
  /** Document id -> characters of the text FlexSearch holds. */
  texts: table(v.number()),
  /** Document id -> a stamp of the notes FlexSearch holds. */
  notes: table(v.string()),
  flex: table(v.string()),
});

/** The notes and tags of a document that search finds (a bare highlight has none). */
export function toEntries(annotations: readonly Annotation[]): NoteEntry[] {
  return annotations
    .filter((a) => a.note.trim() !== '' || a.tags.length > 0)
    .map((a) => ({ annotationId: a.id, start: a.target?.start ?? null, text: a.note, tags: [...a.tags] }));
}

export function notesStamp(entries: readonly NoteEntry[]): string {
  return `${entries.length}:${hash(entries.map((e) => `${e.annotationId}\u0001${noteText(e)}`).join('\u0000'))}`;
}

/** A short, stable hash of a string (FNV-1a): enough to tell notes changed. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}
