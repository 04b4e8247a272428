// docs/<id>/notes.json: one document's annotations, a lowdb database of its
// own (version 2: version 1 plus a checksum), so a write costs one document and a damaged file costs one
// document's notes until it is restored from its backups (`notes-<id>.*`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { AnnotationSchema } from '../../src-shared/api';
import { arePlainValidAnnotations } from '../../src-shared/annotation-check';
import { AppError } from '../../src-shared/errors';
import type { Annotation } from '../../src-shared/model';
import { errnoCode } from './atomic-write';
import { decodeDatabase, salvageList } from './database-codec';
import type { DatabaseCodec } from './database-codec';
import { JsonStore } from './json-store';
import type { StoreOptions } from './json-store';
import { applyChange, parseJournal } from './notes-journal';
import { docDir, JOURNAL_FILE, NOTES_FILE, resolveDocFile } from './paths';
import type { DocFile, LibraryPaths } from './paths';

export const NOTES_SCHEMA_VERSION = 2;

export interface NotesData {
  schemaVersion: number;
  annotations: Annotation[];
}

export const NotesSchema = v.strictObject({
  schemaVersion: v.literal(NOTES_SCHEMA_VERSION),
  annotations: v.array(AnnotationSchema),
});

/** NotesSchema's check, fast for thousands of annotations (see annotation-check.ts). */
function isPlainNotes(raw: Record<string, unknown>): raw is Record<string, unknown> & NotesData {
  let keys = 0;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key) || (key !== 'schemaVersion' && key !== 'annotations')) return false;
    keys++;
  }
  return (
    keys === 2 &&
    raw['schemaVersion'] === NOTES_SCHEMA_VERSION &&
    arePlainValidAnnotations(raw['annotations'])
  );
}

export const notesCodec: DatabaseCodec<NotesData> = {
  schemaVersion: NOTES_SCHEMA_VERSION,
  schema: NotesSchema,
  check: isPlainNotes,
  // Version 2 only adds the checksum: a version 1 file reads as it is.
  migrate: (raw) => raw,
  checksumFrom: 2,
  salvage: (raw) => ({
    schemaVersion: NOTES_SCHEMA_VERSION,
    annotations: salvageList(raw['annotations'], v.object(AnnotationSchema.entries)),
  }),
};

export function emptyNotes(): NotesData {
  return { schemaVersion: NOTES_SCHEMA_VERSION, annotations: [] };
}

/** The name its backups go by in `<userData>/backups/`: one set per document. */
export function notesBackupName(id: string): string {
  return `notes-${id}`;
}

export function notesFile(paths: LibraryPaths, id: string): string {
  return join(docDir(paths, id), NOTES_FILE);
}

export function journalFile(paths: LibraryPaths, id: string): string {
  return join(docDir(paths, id), JOURNAL_FILE);
}

export type NotesStoreOptions = Partial<
  Pick<StoreOptions<NotesData>, 'now' | 'ops' | 'log' | 'backupIntervalMs' | 'keepBackups' | 'readOnly'>
>;

export function openNotesDb(
  paths: LibraryPaths,
  id: string,
  options: NotesStoreOptions = {},
): Promise<JsonStore<NotesData>> {
  return JsonStore.open<NotesData>({
    ...options,
    ...notesCodec,
    file: notesFile(paths, id),
    backupDir: paths.backupsDir,
    backupName: notesBackupName(id),
    defaults: emptyNotes,
  });
}

async function readText(paths: LibraryPaths, id: string, file: DocFile): Promise<string | null> {
  try {
    return await readFile(await resolveDocFile(paths, id, file), 'utf8');
  } catch (err) {
    if ((err instanceof AppError && err.code === 'not-found') || errnoCode(err) === 'ENOENT') return null;
    throw err;
  }
}

/**
 * The texts of a document's notes.json and journal without opening them as a
 * database (no backup, no recovery, nothing written); null where there is none.
 */
export async function readNotesTexts(
  paths: LibraryPaths,
  id: string,
): Promise<{ snapshot: string | null; journal: string | null }> {
  const [snapshot, journal] = await Promise.all([
    readText(paths, id, NOTES_FILE),
    readText(paths, id, JOURNAL_FILE),
  ]);
  return { snapshot, journal };
}

/**
 * A document's annotations, read-only, checked and replayed as the app does
 * (for the CLI, which must not write into a library the app may have open).
 * DamagedDatabaseError when notes.json is damaged.
 */
export async function readNotes(paths: LibraryPaths, id: string): Promise<Annotation[]> {
  const { snapshot, journal } = await readNotesTexts(paths, id);
  const list = snapshot === null ? [] : decodeDatabase(snapshot, notesCodec, NOTES_FILE).annotations;
  for (const change of parseJournal(journal ?? '').changes) applyChange(list, change);
  return list;
}
