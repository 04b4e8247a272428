// The search index as saved (search-index.json): FlexSearch's parts, and
// what they hold, to tell at the next start which documents changed since:
// each text's length and a stamp of each document's notes. A file that cannot
// be read back is moved aside (never deleted) and the index built afresh.
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import type { Notice } from '../../../src-shared/api';
import type { Annotation } from '../../../src-shared/model';
import { noteText } from './corpus-index';
import type { CorpusIndex, NoteEntry } from './corpus-index';
import { setAside } from '../set-aside';

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

export type SavedIndex = v.InferOutput<typeof SavedSchema>;

/**
 * Reads `file` into `index` (FlexSearch's parts). Null when there is none, or
 * it is damaged: then it is moved aside, and the notice says so. A missing
 * file is news only when the library had documents to index (`hadDocuments`).
 */
export async function readSavedIndex(
  file: string,
  index: Pick<CorpusIndex, 'importFlex' | 'clearFlex'>,
  options: { hadDocuments: boolean; readOnly: boolean; log: (message: string, err: unknown) => void },
): Promise<{ saved: SavedIndex | null; notice: Notice | null }> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    const notice: Notice | null = options.hadDocuments
      ? { level: 'info', key: 'corpus.notices.indexBuilt' }
      : null;
    return { saved: null, notice };
  }
  try {
    const parsed = v.parse(SavedSchema, JSON.parse(raw));
    // A file FlexSearch cannot read is as damaged as one JSON cannot (read once, into the index itself).
    index.importFlex(parsed.flex);
    return { saved: parsed, notice: null };
  } catch (err) {
    index.clearFlex();
    options.log('search index damaged; rebuilding', err);
    if (!options.readOnly) await setAside(file);
    return {
      saved: null,
      notice: { level: 'warning', key: 'corpus.notices.indexRebuilt', params: { file: SEARCH_INDEX_FILE } },
    };
  }
}

/** The file's text for what `index` holds now, with each document's notes stamp. */
export async function savedIndexBody(
  index: Pick<CorpusIndex, 'documentIds' | 'textOf' | 'exportFlex'>,
  noteStamps: ReadonlyMap<string, string>,
): Promise<string> {
  const texts: Record<string, number> = {};
  for (const id of index.documentIds) texts[id] = index.textOf(id)?.length ?? 0;
  return JSON.stringify({
    version: INDEX_VERSION,
    texts,
    notes: Object.fromEntries(noteStamps),
    flex: await index.exportFlex(),
  });
}

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
