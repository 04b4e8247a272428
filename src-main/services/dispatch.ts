// The one entry point for calls from the renderer (over IPC in the app, over
// Playwright in the end-to-end harness): the method must exist, its argument
// must pass the contract's schema before any service runs, and every outcome
// comes back as an envelope, since errors lose their fields across processes.
import * as v from 'valibot';
import { isMethod, schemas } from '../../src-shared/api';
import type { ApiArgs, ApiResults, Method, PickedFile } from '../../src-shared/api';
import { AppError, toEnvelopeError } from '../../src-shared/errors';
import type { Envelope } from '../../src-shared/errors';
import type { ExportService } from './export';
import type { IndicatorEditsService } from './indicator-edits';
import type { LibraryService } from './library';
import type { NotesService } from './notes';
import type { ReadingService } from './reading';

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
  exports: Pick<ExportService, 'notesMarkdown' | 'saveText'>;
  indicatorEdits: Pick<IndicatorEditsService, 'edits' | 'saveEdits' | 'notices'>;
  reading: Pick<ReadingService, 'get' | 'save' | 'leave'>;
  /** The native open dialog (Electron), or a fake in tests and the harness. */
  pickFiles: () => Promise<PickedFile[]>;
  log?: (message: string, err?: unknown) => void;
}

export function createHandlers({
  library,
  notes,
  exports,
  indicatorEdits,
  reading,
  pickFiles,
}: DispatchServices): Handlers {
  return {
    'app.notices': () => [...library.notices(), ...notes.notices(), ...indicatorEdits.notices()],
    'library.list': () => library.list(),
    'library.import': (arg) => library.import(arg),
    'library.update': (arg) => library.update(arg),
    'library.remove': (arg) => library.remove(arg),
    'library.pickFiles': () => pickFiles(),
    'document.open': (arg) => {
      // The reader asks for the notes next: start reading them now.
      notes.prefetch?.(arg.id);
      return library.open(arg);
    },
    'document.source': (arg) => library.source(arg),
    'settings.get': () => library.settings.get(),
    'settings.set': (arg) => library.settings.set(arg),
    'annotations.list': (arg) => notes.list(arg),
    'annotations.save': (arg) => notes.save(arg),
    'annotations.copyFrom': (arg) => notes.copyFrom(arg),
    'annotations.tags': () => notes.tags(),
    'export.notesMarkdown': (arg) => exports.notesMarkdown(arg),
    'export.saveText': (arg) => exports.saveText(arg),
    'indicators.edits': (arg) => indicatorEdits.edits(arg),
    'indicators.saveEdits': (arg) => indicatorEdits.saveEdits(arg),
    'reading.get': () => reading.get(),
    'reading.save': (arg) => reading.save(arg),
    'reading.leave': () => reading.leave(),
  };
}

const MAX_ISSUES_SHOWN = 3;

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
