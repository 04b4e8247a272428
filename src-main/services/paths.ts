// The library's layout on disk, and the one way to turn a document id into a
// path: the id must look like a SHA-256 and the real path must stay inside
// the library, so neither a crafted id nor a planted symlink can reach out.
import { realpath } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { AppError } from '../../src-shared/errors';
import type { DocType } from '../../src-shared/model';
import { errnoCode } from './atomic-write';

export interface LibraryPaths {
  root: string;
  /** Documents and settings (lowdb). */
  libraryFile: string;
  /** One folder per document, named by its id. */
  docsDir: string;
  backupsDir: string;
}

export function libraryPaths(userData: string): LibraryPaths {
  return {
    root: userData,
    libraryFile: join(userData, 'library.json'),
    docsDir: join(userData, 'docs'),
    backupsDir: join(userData, 'backups'),
  };
}

export type DocFile = `source.${DocType}` | 'text.json' | 'notes.json' | 'notes.journal';

export const TEXT_FILE: DocFile = 'text.json';
/** The document's annotations (a lowdb database of its own). */
export const NOTES_FILE: DocFile = 'notes.json';
/** The changes to notes.json since it was last written, one line each. */
export const JOURNAL_FILE: DocFile = 'notes.journal';

export function sourceFile(type: DocType): DocFile {
  return `source.${type}`;
}

export function isDocId(id: unknown): id is string {
  return typeof id === 'string' && /^[0-9a-f]{64}$/.test(id);
}

/** The folder of a document, checked only for the id's form (for writing it). */
export function docDir(paths: LibraryPaths, id: string): string {
  if (!isDocId(id)) throw new AppError('invalid-argument', 'not a document id');
  return join(paths.docsDir, id);
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The real path of one of a document's files, for reading. AppError
 * 'invalid-argument' for a malformed id, 'not-found' when the file is missing,
 * 'forbidden' when a symlink leads outside the library's docs folder.
 */
export async function resolveDocFile(paths: LibraryPaths, id: string, file: DocFile): Promise<string> {
  const candidate = join(docDir(paths, id), file);
  let real: string;
  let docsReal: string;
  try {
    docsReal = await realpath(paths.docsDir);
    real = await realpath(candidate);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') throw new AppError('not-found', `${file} of the document is missing`);
    throw new AppError('storage', `could not read ${file}`, { reason: errnoCode(err) ?? 'unknown' });
  }
  if (!inside(docsReal, real)) throw new AppError('forbidden', 'the file lies outside the library');
  return real;
}
