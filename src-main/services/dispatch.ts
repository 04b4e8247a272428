// The one entry point for calls from the renderer (over IPC in the app, over
// Playwright in the end-to-end harness): the method must exist, its argument
// must pass the contract's schema before any service runs, and every outcome
// comes back as an envelope, since errors lose their fields across processes.
import * as v from 'valibot';
import { isMethod, isPlainObject, schemas } from '../../src-shared/api';
import type { ApiArgs, ApiResults, AppStatus, Method, PickedFile } from '../../src-shared/api';
import { AppError, toEnvelopeError } from '../../src-shared/errors';
import type { Annotation } from '../../src-shared/model';
import { marksOf } from '../../src-shared/anchoring/marks';
import { compactAnnotations } from '../../src-shared/anchoring/compact';
import type { Envelope } from '../../src-shared/errors';
import type { ExportService } from './export';
import type { IndicatorEditsService } from './indicator-edits';
import type { LibraryService } from './library';
import type { NotesService } from './notes';
import { corpusHandlers, keepIndexed } from './corpus/handlers';
import type { CorpusServices } from './corpus/handlers';
import type { NameLinksService } from './compare-links';
import type { ReadingService } from './reading';
import type { LaunchSnapshotService } from './launch-snapshot';
import { PickedBytes } from './picked';

export type Dispatch = (method: unknown, arg: unknown) => Promise<Envelope<unknown>>;

/** One handler per method: leaving one out is a compile error. */
export type Handlers = { [M in Method]: (arg: ApiArgs[M]) => Promise<ApiResults[M]> | ApiResults[M] };

export interface DispatchServices {
  library: Pick<
    LibraryService,
    'list' | 'import' | 'update' | 'remove' | 'open' | 'source' | 'notices' | 'settings'
  >;
  notes: Pick<NotesService, 'list' | 'save' | 'copyFrom' | 'tags' | 'notices'> &
    Partial<Pick<NotesService, 'prefetch'>>;
  exports: Pick<ExportService, 'notesMarkdown' | 'saveText' | 'saveBytes' | 'notesCited' | 'saveXlsx'>;
  nameLinks: Pick<NameLinksService, 'links' | 'saveLinks' | 'notices'>;
  indicatorEdits: Pick<IndicatorEditsService, 'edits' | 'saveEdits' | 'notices'>;
  reading: Pick<ReadingService, 'get' | 'save' | 'leave'>;
  /** The library as last drawn, for the next launch (default: none kept). */
  launchSnapshot?: Pick<LaunchSnapshotService, 'save' | 'savePane'>;
  /** The native open dialog (Electron), or a fake in tests and the harness. */
  pickFiles: () => Promise<PickedFile[]>;
  /** Read-only mode and the renderer's flush before quitting (default: writable, nobody waiting). */
  app?: { status(): AppStatus; flushed(): void };
  log?: (message: string, err?: unknown) => void;
  /** Writes a refused import to the app's log file (main.ts); absent in the CLI and tests. */
  importRefused?: (arg: ApiArgs['app.logImportRefusal']) => void;
  /** Search and folder import (issue 8). */
  corpus?: CorpusServices;
  /** The bytes of files picked lately, which an import names by token. */
  picked?: PickedBytes;
}

export function createHandlers({
  library,
  notes,
  exports,
  indicatorEdits,
  nameLinks,
  reading,
  launchSnapshot = { save: async () => null, savePane: async () => null },
  pickFiles,
  app = { status: () => ({ readOnly: null }), flushed: () => undefined },
  importRefused,
  corpus = {},
  log = console.error,
  picked = new PickedBytes(),
}: DispatchServices): Handlers {
  const indexed = keepIndexed(corpus.search, log);
  const read = corpus.readFolderFile;
  /** A document's notes as the reader gets them: the reader asked for its text a moment ago, so the text is read once for both. */
  const notesBesideText = async <T>(
    arg: { id: string },
    shape: (text: string, list: Annotation[]) => T,
  ): Promise<T> => {
    const [list, opened] = await Promise.all([notes.list(arg), library.open(arg)]);
    return shape(opened.model.text, list);
  };
  return {
    'app.status': () => app.status(),
    'app.flushed': () => {
      app.flushed();
      return null;
    },
    'app.notices': async () => {
      // A damaged search index is told at the launch's call, not only once it is rebuilt.
      await corpus.search?.whenChecked?.();
      return [
        ...library.notices(),
        ...notes.notices(),
        ...indicatorEdits.notices(),
        ...(corpus.search?.notices() ?? []),
        ...nameLinks.notices(),
      ];
    },
    'library.list': () => library.list(),
    'library.import': async ({ bytes, picked: token, ...arg }) => {
      // Bytes main read itself and kept (picked.ts), else the ones sent; one or the other.
      if (token !== undefined && bytes !== undefined)
        throw new AppError('invalid-argument', 'bytes or picked');
      const found = token !== undefined ? picked.take(token) : bytes;
      if (!found) throw new AppError(token !== undefined ? 'picked-gone' : 'invalid-argument', 'no bytes');
      return indexed.imported(await library.import({ ...arg, bytes: found }), arg.model.text);
    },
    'library.update': (arg) => library.update(arg),
    'library.remove': (arg) => library.remove(arg),
    'library.pickFiles': async () => picked.keep(await pickFiles()),
    'document.open': (arg) => {
      // The reader asks for the notes next: start reading them now.
      notes.prefetch?.(arg.id);
      return library.open(arg);
    },
    'document.source': (arg) => library.source(arg),
    'settings.get': () => library.settings.get(),
    'settings.set': (arg) => library.settings.set(arg),
    'annotations.list': (arg) => notes.list(arg),
    'annotations.listCompact': (arg) => notesBesideText(arg, compactAnnotations),
    'annotations.marks': (arg) => notesBesideText(arg, marksOf),
    'annotations.save': async (arg) => indexed.notesChanged(arg.id, await notes.save(arg)),
    'annotations.copyFrom': async (arg) => indexed.notesChanged(arg.id, await notes.copyFrom(arg)),
    'annotations.tags': () => notes.tags(),
    'export.notesMarkdown': (arg) => exports.notesMarkdown(arg),
    'export.saveText': (arg) => exports.saveText(arg),
    'export.saveBytes': (arg) => exports.saveBytes(arg),
    'export.notesCited': (arg) => exports.notesCited(arg),
    'indicators.edits': (arg) => indicatorEdits.edits(arg),
    'indicators.saveEdits': (arg) => indicatorEdits.saveEdits(arg),
    'app.logImportRefusal': (arg) => {
      importRefused?.(arg);
      return null;
    },
    ...corpusHandlers({
      ...corpus,
      ...(read ? { readFolderFile: async (arg) => picked.keepOne(await read(arg)) } : {}),
    }),
    'compare.links': () => nameLinks.links(),
    'compare.saveLinks': (arg) => nameLinks.saveLinks(arg),
    'export.saveXlsx': (arg) => exports.saveXlsx(arg),
    'reading.get': () => reading.get(),
    'reading.save': (arg) => reading.save(arg),
    'reading.leave': () => reading.leave(),
    'launch.saveSnapshot': (arg) => launchSnapshot.save(arg),
    'launch.savePane': (arg) => launchSnapshot.savePane(arg),
  };
}

const MAX_ISSUES_SHOWN = 3;
const MAX_DEPTH = 16;

/**
 * The path of the first value that is neither a primitive, a plain object, a
 * plain array nor bytes (a Date, a Map, a null-prototype object…), or null.
 * IPC's structured clone makes only these; anything else was crafted.
 */
export function unplainPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return null;
  if (depth > MAX_DEPTH) return path || '(argument)';
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return path || '(argument)';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Arrays of numbers (offsets) are long: skip primitives without a call.
      if (typeof item !== 'object' || item === null) continue;
      const bad = unplainPath(item, `${path}.${i}`, depth + 1);
      if (bad !== null) return bad;
    }
    return null;
  }
  if (!isPlainObject(value)) return path || '(argument)';
  for (const key of Object.keys(value)) {
    const bad = unplainPath(value[key], path ? `${path}.${key}` : key, depth + 1);
    if (bad !== null) return bad;
  }
  return null;
}

function describeIssues(method: Method, issues: readonly v.BaseIssue<unknown>[]): AppError {
  const parts = issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((issue) => `${v.getDotPath(issue) ?? '(argument)'}: ${issue.message}`);
  if (issues.length > MAX_ISSUES_SHOWN) parts.push(`and ${issues.length - MAX_ISSUES_SHOWN} more`);
  const first = issues[0];
  return new AppError('invalid-argument', `invalid argument to ${method}: ${parts.join('; ')}`, {
    method,
    path: (first && v.getDotPath(first)) ?? '',
  });
}

export function createDispatcher(services: DispatchServices): Dispatch {
  const handlers = createHandlers(services);
  const log = services.log ?? console.error;
  return async (method, arg) => {
    if (!isMethod(method)) {
      return toEnvelopeError(
        new AppError('invalid-argument', `unknown method ${String(method).slice(0, 100)}`),
      );
    }
    const unplain = unplainPath(arg);
    if (unplain !== null) {
      return toEnvelopeError(
        new AppError('invalid-argument', `invalid argument to ${method}: ${unplain}: not a plain object`, {
          method,
          path: unplain,
        }),
      );
    }
    const parsed = v.safeParse(schemas[method] as v.GenericSchema, arg);
    if (!parsed.success) return toEnvelopeError(describeIssues(method, parsed.issues));
    try {
      // The schema for `method` has just produced this argument; the table is keyed by the same method.
      const handler = handlers[method] as (arg: unknown) => unknown;
      return { ok: true, value: await handler(parsed.output) };
    } catch (err) {
      if (err instanceof AppError) return toEnvelopeError(err);
      log(`${method} failed`, err);
      return { ok: false, error: { code: 'internal', message: 'internal error' } };
    }
  };
}
