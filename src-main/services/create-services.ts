// Everything the main process serves, built with one call, so the Electron
// app, the CLI and the end-to-end harness run the same thing.
import type { AppStatus, PickedFile } from '../../src-shared/api';
import { notesToMarkdown } from '../../src-shared/export/markdown';
import { createDispatcher } from './dispatch';
import type { Dispatch, DispatchServices } from './dispatch';
import { ExportService } from './export';
import type { NotesToMarkdown, SaveBytes, SaveFile } from './export';
import { NameLinksService } from './compare-links';
import { IndicatorEditsService } from './indicator-edits';
import { LibraryService } from './library';
import type { LibraryOptions } from './library';
import { NotesService } from './notes';
import { ReadingService } from './reading';
import { LaunchSnapshotService } from './launch-snapshot';
import { WindowPlaceService } from './window-place';
import { seedSample } from './seed';
import { trimTornTails } from './journal-repair';
import { beginSession, endSession } from './session';
import { FolderPicker } from './corpus/folder';
import type { FolderListing } from './corpus/folder';
import { SearchService } from './search/search-service';
import { PickedBytes } from './picked';
import type { SampleParsers } from './seed';

export interface ServiceOptions extends LibraryOptions {
  /** The bundled sample report, imported into a new library once. */
  samplePath?: string;
  sampleParsers?: SampleParsers;
  /** The native open dialog; without one, picking returns no files. */
  pickFiles?: () => Promise<PickedFile[]>;
  /** The native save dialog, writing the text where the user chose; without one, saving is cancelled. */
  saveFile?: SaveFile;
  /** The native save dialog for binary files (workbooks); without one, saving is cancelled. */
  saveBytes?: SaveBytes;
  /** The Markdown renderer for notes (default: src-shared/export/markdown's notesToMarkdown). */
  notesToMarkdown?: NotesToMarkdown;
  /** Writes a refused import to the app's log file (the Electron app only). */
  importRefused?: DispatchServices['importRefused'];
  /** The native folder dialog, listing the chosen folder (issue 8); without one, picking returns null. */
  pickFolder?: () => Promise<FolderListing | null>;
}

export interface Services {
  /** Why nothing can be saved this session, or null. */
  readOnly: AppStatus['readOnly'];
  /** Ask the renderer to send what it holds (`ask`), and wait for it at most `timeoutMs`. */
  waitForRenderer(ask: () => void, timeoutMs: number): Promise<void>;
  /** Flush, then mark the session closed cleanly (see session.ts). */
  close(): Promise<void>;
  library: LibraryService;
  notes: NotesService;
  exports: ExportService;
  indicatorEdits: IndicatorEditsService;
  search: SearchService;
  nameLinks: NameLinksService;
  reading: ReadingService;
  /** The library as last drawn, put in the page served at launch. */
  launchSnapshot: LaunchSnapshotService;
  /** Where the main window was, to open it there at the next launch. */
  windowPlace: WindowPlaceService;
  /** Files picked lately (the menu's dialog and the OS hand theirs to it too). */
  picked: PickedBytes;
  dispatch: Dispatch;
  /** Changes not yet on disk (the app waits for them before quitting). */
  pendingWrites(): number;
  flush(): Promise<void>;
}

export async function createServices(userDataDir: string, options: ServiceOptions = {}): Promise<Services> {
  const log = options.log ?? console.warn;
  const library = await LibraryService.open(userDataDir, options);
  const readOnly = library.readOnly;
  // Whether the last session ended cleanly decides what an unfinished journal line means.
  const session = readOnly ? { closedCleanly: false } : await beginSession(library.paths, log);
  if (!readOnly && !session.closedCleanly) await trimTornTails(library.paths, log);
  if (options.samplePath !== undefined && !readOnly)
    await seedSample(library, options.samplePath, options.sampleParsers, log);
  const { now, ops, backupIntervalMs } = options;
  const shared = { now, ops, backupIntervalMs, log, readOnly: readOnly !== null };
  const notes = new NotesService(library, { ...shared, tornTailIsDamage: session.closedCleanly });
  const indicatorEdits = new IndicatorEditsService(library, shared);
  const waiting: Array<() => void> = [];
  const folders = new FolderPicker(options.pickFolder ?? (async () => null));
  const search = new SearchService(library, notes, library.paths.root, {
    ops,
    log,
    readOnly: readOnly !== null,
  });
  const reading = await ReadingService.open(userDataDir, (id) => library.has(id), {
    ...(ops ? { ops } : {}),
    ...(now ? { now } : {}),
    readOnly: readOnly !== null,
  });
  // The document left open is read now, while the window is being made: the
  // reader's first call finds its text read (library.ts's RecentRead; the
  // search index, reading every document meanwhile, does not push it out).
  const left = reading.get().current;
  if (left && library.has(left)) void library.open({ id: left }).catch(() => undefined);
  const launchSnapshot = new LaunchSnapshotService(
    userDataDir,
    { rows: () => library.list(), settings: () => library.settings.get(), reading: () => reading.get() },
    { ...(ops ? { ops } : {}), readOnly: readOnly !== null },
  );
  const windowPlace = new WindowPlaceService(userDataDir, {
    ...(ops ? { ops } : {}),
    readOnly: readOnly !== null,
  });
  const exports = new ExportService({
    library,
    notes,
    notesToMarkdown: options.notesToMarkdown ?? notesToMarkdown,
    saveFile: options.saveFile ?? (async () => null),
    ...(options.saveBytes ? { saveBytes: options.saveBytes } : {}),
  });
  const nameLinks = new NameLinksService(library.paths, shared);
  const picked = new PickedBytes();
  const dispatch = createDispatcher({
    library,
    notes,
    exports,
    indicatorEdits,
    nameLinks,
    reading,
    launchSnapshot,
    pickFiles: options.pickFiles ?? (async () => []),
    picked,
    log,
    app: { status: () => ({ readOnly }), flushed: () => waiting.splice(0).forEach((done) => done()) },
    ...(options.importRefused ? { importRefused: options.importRefused } : {}),
    corpus: {
      search,
      pickFolder: () => folders.pick(),
      readFolderFile: (arg) => folders.read(arg),
    },
  });
  const flush = async () => {
    await search.flush();
    await notes.flush();
    await indicatorEdits.flush();
    await nameLinks.flush();
    await reading.flush();
    await launchSnapshot.flush();
    await windowPlace.flush();
    await library.flush();
  };
  return {
    library,
    notes,
    exports,
    indicatorEdits,
    search,
    nameLinks,
    reading,
    launchSnapshot,
    windowPlace,
    picked,
    dispatch,
    // The search index is not counted: it is rebuilt from the documents if a quit leaves it behind.
    pendingWrites: () =>
      library.pendingWrites() +
      notes.pendingWrites() +
      indicatorEdits.pendingWrites() +
      nameLinks.pendingWrites(),
    flush,
    readOnly,
    waitForRenderer: (ask, timeoutMs) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
        ask();
      }),
    close: async () => {
      await flush();
      if (!readOnly) await endSession(library.paths, log);
    },
  };
}
