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
import { ReadingService } from './reading';
import { seedSample } from './seed';
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
}

export interface Services {
  library: LibraryService;
  notes: NotesService;
  exports: ExportService;
  indicatorEdits: IndicatorEditsService;
  reading: ReadingService;
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
  const reading = await ReadingService.open(userDataDir, (id) => library.has(id), {
    ...(ops ? { ops } : {}),
    ...(now ? { now } : {}),
  });
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
    reading,
    pickFiles: options.pickFiles ?? (async () => []),
    log,
  });
  return {
    library,
    notes,
    exports,
    indicatorEdits,
    reading,
    dispatch,
    pendingWrites: () => library.pendingWrites() + notes.pendingWrites() + indicatorEdits.pendingWrites(),
    flush: async () => {
      await notes.flush();
      await indicatorEdits.flush();
      await reading.flush();
      await library.flush();
    },
  };
}
