// `notes FILE_OR_DOC_ID --format md`: a document's notes as Markdown, read
// from the app's library without writing to it (the app may have it open):
// the library and notes files are checked as the app checks them, but a
// damaged one is left for the app to restore from its backups.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { posix, resolve, win32 } from 'node:path';
import { AppError } from '../../src-shared/errors';
import { notesToMarkdown } from '../../src-shared/export/markdown';
import { collectionToJson, toAnnotationCollection } from '../../src-shared/interop/jsonld-export';
import { notesToCsv } from '../../src-shared/interop/notes-csv';
import type { Annotation, DocumentRecord, TextModel } from '../../src-shared/model';
import type { Locale } from '../../src-shared/model';
import { errnoCode } from '../services/atomic-write';
import { DamagedDatabaseError, decodeDatabase } from '../services/database-codec';
import { REIMPORT_REASON, readTextModel } from '../services/doc-files';
import { libraryCodec } from '../services/library-db';
import type { LibraryData } from '../services/library-db';
import { readNotes } from '../services/notes-db';
import { isDocId, libraryPaths } from '../services/paths';

export const NOTES_FORMATS = ['md', 'jsonld', 'csv'] as const;
export type NotesFormat = (typeof NOTES_FORMATS)[number];

export interface NotesCommand {
  command: 'notes';
  /** A report file (found by its SHA-256) or a document id. */
  target: string;
  format: NotesFormat;
  /** The library folder given with --data. */
  data?: string;
  /** --all: every document's notes (JSON-LD only), `target` is then empty. */
  all?: boolean;
}

export const NOTES_USAGE = `usage: reportlens notes FILE_OR_DOC_ID [--format md|jsonld|csv] [--data DIR]
       reportlens notes --all --format jsonld [--data DIR]   (the whole library)

  FILE_OR_DOC_ID  a report imported in the app (found by its content) or its document id
  --format        md (default): Markdown, as the app exports it; jsonld: W3C Web Annotations;
                  csv: one row a note (UTF-8 with BOM)
  --data          the library folder (default: $REPORTLENS_DATA, else the app's own)`;

/** An error whose one line is `message` (the CLI prints an invalid-argument's detail). */
function fail(message: string, usage = false): AppError {
  return new AppError('invalid-argument', message, {
    detail: usage ? `${message}\n${NOTES_USAGE}` : message,
  });
}

function optionValue(arg: string, rest: readonly string[], i: number): [string | undefined, number] {
  const eq = arg.indexOf('=');
  return eq >= 0 ? [arg.slice(eq + 1), i] : [rest[i + 1], i + 1];
}

/** The arguments after `notes`. */
export function parseNotesArgs(rest: readonly string[]): NotesCommand {
  let format: NotesFormat = 'md';
  let data: string | undefined;
  let all = false;
  const targets: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const [value, next] = optionValue(arg, rest, i);
      i = next;
      const known = NOTES_FORMATS.find((f) => f === value);
      if (!known) throw fail(`unknown format: ${value ?? '(none)'} (md, jsonld or csv)`, true);
      format = known;
    } else if (arg === '--all') {
      all = true;
    } else if (arg === '--data' || arg.startsWith('--data=')) {
      const [value, next] = optionValue(arg, rest, i);
      i = next;
      if (!value) throw fail('--data needs a folder', true);
      data = value;
    } else if (arg.startsWith('--')) {
      throw fail(`unknown option: ${arg}`, true);
    } else {
      targets.push(arg);
    }
  }
  if (all) {
    if (targets.length > 0 || format !== 'jsonld')
      throw fail('--all takes no document and needs --format jsonld', true);
    return { command: 'notes', target: '', format, all: true, ...(data !== undefined ? { data } : {}) };
  }
  if (targets.length !== 1)
    throw fail(targets.length === 0 ? 'no file or document id given' : 'give one file or document id', true);
  return { command: 'notes', target: targets[0] ?? '', format, ...(data !== undefined ? { data } : {}) };
}

export interface Environment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

const here: Environment = { env: process.env, platform: process.platform, home: homedir() };

/**
 * Where Electron keeps the app's userData: `<appData>/<name>`, the name being
 * package.json's (`reportlens`; a `productName` there would take its place).
 */
export function defaultLibraryDir({ env, platform, home }: Environment): string {
  const name = 'reportlens';
  if (platform === 'win32') return win32.join(env['APPDATA'] || win32.join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', name);
  const config = env['XDG_CONFIG_HOME'];
  return posix.join(config && posix.isAbsolute(config) ? config : posix.join(home, '.config'), name);
}

/** --data, else $REPORTLENS_DATA, else the app's own folder. */
export function libraryDir(data: string | undefined, environment: Environment = here): string {
  return resolve(data || environment.env['REPORTLENS_DATA'] || defaultLibraryDir(environment));
}

export async function readLibrary(dir: string): Promise<LibraryData> {
  const file = libraryPaths(dir).libraryFile;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR')
      throw fail(`no ReportLens library in ${dir}: open the app once, or give the folder with --data DIR`);
    throw err;
  }
  try {
    return decodeDatabase(text, libraryCodec, 'library.json');
  } catch (err) {
    if (err instanceof DamagedDatabaseError)
      throw fail(`the library in ${dir} is damaged: open ReportLens to restore it from its backup`);
    if (err instanceof AppError)
      throw fail(`the library in ${dir} was written by a newer version of ReportLens`);
    throw err;
  }
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A file names its document by its content; anything else must be a document id. */
export async function documentId(target: string): Promise<string> {
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return sha256(target);
  if (isDocId(target.toLowerCase())) return target.toLowerCase();
  if (info) throw fail(`${target} is not a file`);
  throw new AppError('not-found', `no such file: ${target}`, { path: target });
}

export interface LoadedNotes {
  record: DocumentRecord;
  model: TextModel;
  annotations: Annotation[];
  locale: Locale;
}

/** The document `target` stands for, with its text and notes, from the library in `dir`. */
export async function loadNotes(target: string, dir: string): Promise<LoadedNotes> {
  const library = await readLibrary(dir);
  const id = await documentId(target);
  const record = library.documents.find((r) => r.id === id);
  if (!record) throw fail(`${target} is not in the library: import it in the app first`);
  const paths = libraryPaths(dir);
  let model: TextModel;
  try {
    model = await readTextModel(paths, id);
  } catch (err) {
    if (err instanceof AppError && err.params?.['reason'] === REIMPORT_REASON)
      throw fail(`the text of ${record.title} is damaged: import the file again in the app`);
    throw err;
  }
  let annotations: Annotation[];
  try {
    annotations = await readNotes(paths, id);
  } catch (err) {
    if (err instanceof DamagedDatabaseError || err instanceof AppError)
      throw fail(
        `the notes of ${record.title} cannot be read: open the document in ReportLens to restore them`,
      );
    throw err;
  }
  return { record, model, annotations, locale: library.settings.locale };
}

/** Every document's notes in one W3C AnnotationCollection. */
async function libraryJsonld(dir: string): Promise<string> {
  const library = await readLibrary(dir);
  const docs = [];
  for (const r of library.documents)
    docs.push({ docId: r.id, annotations: (await loadNotes(r.id, dir)).annotations });
  return collectionToJson(toAnnotationCollection(docs, { label: 'ReportLens library' }));
}

export async function runNotes(cmd: NotesCommand, environment: Environment = here): Promise<string> {
  if (cmd.all) return libraryJsonld(libraryDir(cmd.data, environment));
  const loaded = await loadNotes(cmd.target, libraryDir(cmd.data, environment));
  switch (cmd.format) {
    case 'md':
      return notesToMarkdown(loaded);
    case 'jsonld':
      return collectionToJson(
        toAnnotationCollection([{ docId: loaded.record.id, annotations: loaded.annotations }], {
          label: loaded.record.title,
        }),
      );
    case 'csv':
      return notesToCsv(loaded.model, loaded.annotations);
  }
}
