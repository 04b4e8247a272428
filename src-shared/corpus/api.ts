// The corpus part of the contract (issue 8): importing a folder, searching the
// whole library and counting a phrase across reports. Spread into api.ts.
import * as v from 'valibot';
import type { PickedFile } from '../api';

export const MAX_QUERY_CHARS = 200;
const query = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_QUERY_CHARS));

export const corpusSchemas = {
  /** The native folder dialog; main walks the folder and reads the reports in it. */
  'library.pickFolder': v.optional(v.undefined()),
  /** One report of the folder picked last, by its place in `listed` (read one at a time). */
  'library.readFolderFile': v.strictObject({
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  }),
  /** Every document's text, notes and tags. */
  'search.query': v.strictObject({
    query,
    /** Hits with their sentence kept per document (all are counted). */
    perDocument: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
  }),
  /** How often a phrase occurs in each report. */
  'search.term': v.strictObject({ query }),
} as const;

/** Why a file in a picked folder was left out. */
export type SkipReason =
  'not-a-report' | 'too-large' | 'empty' | 'hidden' | 'unreadable' | 'too-deep' | 'too-many';

export interface FolderPick {
  /** The folder's name, for the summary. */
  folder: string;
  /** Files read already (a folder dropped on the window). */
  files: PickedFile[];
  /** Reports listed by the main process (the folder dialog), read with library.readFolderFile. */
  listed?: string[];
  /** Files left out, counted by reason, with a few names each. */
  skipped: Array<{ reason: SkipReason; count: number; examples: string[] }>;
}

export interface SearchHit {
  /** Offsets of the match in the document's text. */
  start: number;
  end: number;
  /** The n-th match of the query in this document, as find-in-document counts them. */
  index: number;
  /** The sentence around the match, cut in three. */
  before: string;
  match: string;
  after: string;
}

export interface NoteHit {
  annotationId: string;
  /** Where the annotation is (null for a note on the whole document). */
  start: number | null;
  /** The note and tags with the match, shortened around it. */
  before: string;
  match: string;
  after: string;
  tags: string[];
}

export interface SearchDocResult {
  id: string;
  title: string;
  region: string | null;
  year: number | null;
  /** Matches in the document's text (all of them, not only those in `hits`). */
  count: number;
  hits: SearchHit[];
  notes: NoteHit[];
}

export interface SearchResults {
  query: string;
  /** Matches in every text and note. */
  total: number;
  documents: SearchDocResult[];
}

export interface TermCount {
  id: string;
  title: string;
  region: string | null;
  year: number | null;
  count: number;
  /** Characters of the text, to show a rate per 10,000 characters. */
  chars: number;
}

export interface CorpusApiResults {
  'library.pickFolder': FolderPick | null;
  'library.readFolderFile': PickedFile;
  'search.query': SearchResults;
  'search.term': TermCount[];
}
