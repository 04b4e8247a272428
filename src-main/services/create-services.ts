// Everything the main process serves, built with one call, so the Electron
// app, the CLI and the end-to-end harness run the same thing.
import type { PickedFile } from '../../src-shared/api';
import { notesToMarkdown } from '../../src-shared/export/markdown';
import { createDispatcher } from './dispatch';
import type { Dispatch } from './dispatch';
import { ExportService } from './export';
import type { NotesToMarkdown, SaveFile } from './export';
import { IndicatorEditsService } from './indicator-edits';
import { LibraryService } from './library';
import type { LibraryOptions } from './library';
import { NotesService } from './notes';
import { seedSample } from './seed';
import type { FolderPick } from '../../src-shared/corpus/api';
import { SearchService } from './search/search-service';
import type { SampleParsers } from './seed';

export interface ServiceOptions extends LibraryOptions {
  /** The bundled sample report, imported into a new library once. */
  samplePath?: string;
  sampleParsers?: SampleParsers;
  /** The native open dialog; without one, picking returns no files. */
  pickFiles?: () => Promise<PickedFile[]>;
  /** The native save dialog, writing the text where the user chose; without one, saving is cancelled. */
  saveFile?: SaveFile;
  /** The Markdown renderer for notes (default: src-shared/export/markdown's notesToMarkdown). */
  notesToMarkdown?: NotesToMarkdown;
  /** The native folder dialog, walking the chosen folder (issue 8); without one, picking returns null. */
  pickFolder?: () => Promise<FolderPick | null>;
}

export interface Services {
  library: LibraryService;
  notes: NotesService;
  exports: ExportService;
  indicatorEdits: IndicatorEditsService;
  search: SearchService;
  dispatch: Dispatch;
  /** Changes not yet on disk (the app waits for them before quitting). */
  pendingWrites(): number;
  flush(): Promise<void>;
}

export async function createServices(userDataDir: string, options: ServiceOptions = {}): Promise<Services> {
  const log = options.log ?? console.warn;
  const library = await LibraryService.open(userDataDir, options);
  if (options.samplePath !== undefined)
    await seedSample(library, options.samplePath, options.sampleParsers, log);
  const { now, ops, backupIntervalMs } = options;
  const notes = new NotesService(library, { now, ops, backupIntervalMs, log });
  const indicatorEdits = new IndicatorEditsService(library, { now, ops, backupIntervalMs, log });
  const search = new SearchService(library, notes, library.paths.root, { ops, log });
  const exports = new ExportService({
    library,
    notes,
    notesToMarkdown: options.notesToMarkdown ?? notesToMarkdown,
    saveFile: options.saveFile ?? (async () => null),
  });
  const dispatch = createDispatcher({
    library,
    notes,
    exports,
    indicatorEdits,
    pickFiles: options.pickFiles ?? (async () => []),
    log,
    corpus: { search, pickFolder: options.pickFolder ?? (async () => null) },
  });
  return {
    library,
    notes,
    exports,
    indicatorEdits,
    search,
    dispatch,
    // The search index is not counted: it is rebuilt from the documents if a quit leaves it behind.
    pendingWrites: () => library.pendingWrites() + notes.pendingWrites() + indicatorEdits.pendingWrites(),
    flush: async () => {
      await search.flush();
      await notes.flush();
      await indicatorEdits.flush();
      await library.flush();
    },
  };
}
