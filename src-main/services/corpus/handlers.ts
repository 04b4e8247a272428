// The corpus methods of the dispatcher (issue 8), and the index kept in step
// with imports and note edits. Without a search service (some unit tests), the
// methods answer empty and nothing is indexed.
import type { ApiArgs, ApiResults, PickedFile } from '../../../src-shared/api';
import type { FolderPick } from '../../../src-shared/corpus/api';
import type { SearchService } from '../search/search-service';

export type CorpusSearch = Pick<
  SearchService,
  'query' | 'term' | 'documentAdded' | 'notesChanged' | 'notices'
> &
  Partial<Pick<SearchService, 'whenChecked'>>;

export interface CorpusServices {
  search?: CorpusSearch;
  /** The native folder dialog, listing the folder chosen; null when cancelled. */
  pickFolder?: () => Promise<FolderPick | null>;
  /** A report of the folder picked last, by its place in the list. */
  readFolderFile?: (arg: { index: number }) => Promise<PickedFile>;
}

type Log = (message: string, err?: unknown) => void;

export function corpusHandlers({ search, pickFolder, readFolderFile }: CorpusServices) {
  return {
    'library.pickFolder': (): Promise<ApiResults['library.pickFolder']> =>
      pickFolder?.() ?? Promise.resolve(null),
    'library.readFolderFile': (
      arg: ApiArgs['library.readFolderFile'],
    ): Promise<ApiResults['library.readFolderFile']> =>
      readFolderFile?.(arg) ?? Promise.resolve({ fileName: '', bytes: null, error: 'not-found' }),
    'search.query': async (arg: ApiArgs['search.query']): Promise<ApiResults['search.query']> =>
      search ? search.query(arg) : { query: arg.query, total: 0, documents: [] },
    'search.term': async (arg: ApiArgs['search.term']): Promise<ApiResults['search.term']> =>
      search ? search.term(arg) : [],
  };
}

/** Runs after a call that changed what is searched; an index failure never fails the user's call. */
export function keepIndexed(search: CorpusSearch | undefined, log: Log) {
  return {
    /** The import answers now; the text is indexed right after (a search waits for it). */
    imported<T extends { record: { id: string } }>(result: T, text: string): T {
      search?.documentAdded(result.record.id, text).catch((err: unknown) => log('indexing failed', err));
      return result;
    },
    async notesChanged<T>(id: string, result: T): Promise<T> {
      await search?.notesChanged(id).catch((err: unknown) => log('indexing notes failed', err));
      return result;
    },
  };
}
