// `notes-import FILE_OR_DOC_ID ANNOTATIONS.json [--data DIR]`: a W3C Web
// Annotation or Hypothesis JSON file's annotations added to a document's
// notes, each placed by its quote (those that cannot be are kept as not
// found), none twice. Prints how many were placed and how many not found.
// A file refused (too large, not annotations) changes nothing.
import { readFile, stat } from 'node:fs/promises';
import { parseAnnotationFile, MAX_ANNOTATION_FILE_BYTES, tooBig } from '../../src-shared/interop/jsonld-read';
import { placeForeignNotes, type PlaceResult } from '../../src-shared/interop/place';
import { AppError } from '../../src-shared/errors';
import { createServices } from '../services/create-services';
import { documentId, libraryDir, readLibrary, type Environment } from './notes';
import { parseOptions, usageFail } from './options';

export const NOTES_IMPORT_USAGE = `usage: reportlens notes-import FILE_OR_DOC_ID ANNOTATIONS.json [--data DIR]

  FILE_OR_DOC_ID    a report in the library (found by its content) or its document id
  ANNOTATIONS.json  W3C Web Annotations (JSON-LD) or Hypothesis JSON`;

export interface NotesImportCommand {
  command: 'notes-import';
  target: string;
  file: string;
  data?: string;
}

export function parseNotesImportArgs(rest: readonly string[]): NotesImportCommand {
  const { positional, options } = parseOptions(rest, ['data'], NOTES_IMPORT_USAGE);
  if (positional.length !== 2)
    throw usageFail('give a document (file or id) and an annotations file', NOTES_IMPORT_USAGE);
  const data = options.get('data');
  return {
    command: 'notes-import',
    target: positional[0] ?? '',
    file: positional[1] ?? '',
    ...(data !== undefined ? { data } : {}),
  };
}

async function readAnnotationsText(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppError('not-found', file, { path: file });
  if (!info.isFile()) throw usageFail(`${file} is not a file`);
  // Checked before reading: a 50 MB file is refused without being loaded.
  if (info.size > MAX_ANNOTATION_FILE_BYTES) throw tooBig();
  return readFile(file, 'utf8');
}

export function describePlaced(r: PlaceResult): string {
  return [
    `placed: ${r.placed}`,
    `not found: ${r.notFound}`,
    `already there: ${r.duplicates}`,
    ...(r.otherDocuments ? [`for other documents: ${r.otherDocuments}`] : []),
    ...(r.unreadable ? [`unreadable: ${r.unreadable}`] : []),
  ].join('\n');
}

export async function runNotesImport(cmd: NotesImportCommand, environment?: Environment): Promise<string> {
  const dir = libraryDir(cmd.data, environment);
  const library = await readLibrary(dir);
  const id = await documentId(cmd.target);
  if (!library.documents.some((r) => r.id === id))
    throw usageFail(`${cmd.target} is not in the library: import it first`);
  // Everything is read and placed before the library is touched.
  const read = parseAnnotationFile(await readAnnotationsText(cmd.file));
  const services = await createServices(dir, { log: () => undefined });
  try {
    const { model } = await services.library.open({ id });
    const existing = new Set((await services.notes.list({ id })).map((a) => a.id));
    const result = placeForeignNotes({
      docId: id,
      text: model.text,
      ...(model.pages ? { pages: model.pages } : {}),
      existing,
      notes: read.notes,
      now: new Date().toISOString(),
    });
    result.unreadable += read.unreadable;
    if (result.annotations.length > 0)
      await services.notes.save({ id, upserts: result.annotations, deletes: [] });
    return `${describePlaced(result)}\n`;
  } finally {
    await services.flush();
  }
}
