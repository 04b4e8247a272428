// Everything the main process serves, built with one call, so the Electron
// app, the CLI and the end-to-end harness run the same thing.
import type { PickedFile } from '../../src-shared/api';
import { createDispatcher } from './dispatch';
import type { Dispatch } from './dispatch';
import { LibraryService } from './library';
import type { LibraryOptions } from './library';
import { seedSample } from './seed';
import type { SampleParsers } from './seed';

export interface ServiceOptions extends LibraryOptions {
  /** The bundled sample report, imported into a new library once. */
  samplePath?: string;
  sampleParsers?: SampleParsers;
  /** The native open dialog; without one, picking returns no files. */
  pickFiles?: () => Promise<PickedFile[]>;
}

export interface Services {
  library: LibraryService;
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
  const dispatch = createDispatcher({ library, pickFiles: options.pickFiles ?? (async () => []), log });
  return {
    library,
    dispatch,
    pendingWrites: () => library.pendingWrites(),
    flush: () => library.flush(),
  };
}
