// The contract between the renderer and the main process: every call the
// renderer may make, the schema its argument must pass in the main process
// before any service sees it, and what it returns. One channel carries them
// all (`invoke(method, arg)`). The argument schemas themselves are in
// api-schemas.ts; this module names them for each method.
import * as v from 'valibot';
import type { Annotation, DocumentRecord, Settings, TextModel } from './model';
import { ANNOTATION_COLORS, MAX_TAG_CHARS, MAX_TAGS } from './model';
import type { Envelope, ErrorCode } from './errors';
import type { CompactList } from './anchoring/compact';
import type { MarkList } from './anchoring/marks';
import type { CorpusApiResults } from './corpus/api';
import { corpusSchemas } from './corpus/api';
import {
  offset,
  docId,
  shortText,
  bytes,
  none,
  idArg,
  ImportArgsSchema,
  MetaPatchSchema,
  SettingsPatchSchema,
  AnnotationSchema,
  IndicatorEditsSchema,
  NameLinksSchema,
  SaveXlsxSchema,
  ReadingPlaceSchema,
  MAX_TEXT_CHARS,
} from './api-schemas';
import type { IndicatorEdits, ReadingPlace } from './api-schemas';
export {
  MAX_TEXT_CHARS,
  MAX_PAGES,
  isPlainObject,
  BlockSchema,
  TextModelSchema,
  ImportArgsSchema,
  MetaPatchSchema,
  SettingsPatchSchema,
  TextTargetSchema,
  AnnotationSchema,
  INDICATOR_FIELDS,
  MAX_INDICATOR_EDITS,
  IndicatorFieldsSchema,
  IndicatorEditSchema,
  IndicatorEditsSchema,
  NameLinksSchema,
  MAX_XLSX_ROWS,
  CombinedRecordSchema,
  SaveXlsxSchema,
  ReadingPlaceSchema,
  type ImportCall,
  type ImportArgs,
  type IndicatorFields,
  type IndicatorEdit,
  type IndicatorEdits,
  type ReadingPlace,
} from './api-schemas';

/**
 * A file the user chose in a native dialog, read by the main process; `bytes`
 * is null when it was not read (too large, unreadable), with `error` saying why.
 */
export interface PickedFile {
  fileName: string;
  bytes: Uint8Array | null;
  error?: ErrorCode;
  /** Main keeps the bytes it read for a while: the import names them by this instead of sending them back. */
  token?: string;
}

/** What the main process has to tell the user once (e.g. a database restored from backup). */
export interface Notice {
  level: 'info' | 'warning' | 'error';
  /** An i18n key in the renderer's messages, with its parameters. */
  key: string;
  params?: Record<string, string | number>;
}

export interface ImportResult {
  record: DocumentRecord;
  /** The same bytes were imported before: nothing new was stored. */
  duplicate: boolean;
}

export interface OpenedDocument {
  record: DocumentRecord;
  model: TextModel;
}

export interface ReadingState {
  /** The document open when the app was left, reopened at launch. */
  current: string | null;
  /** Most recent first, with when each was last read. */
  places: Array<ReadingPlace & { at: string }>;
}

/** Every method: its argument schema and its result type. */
/** The longest library snapshot kept (some thousand rows); the app does not send a longer one. */
export const MAX_SNAPSHOT = 4_000_000;

const px = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
/** The PDF pane's box: its distance from each edge of the window, and the window's size then. */
export const PaneRectSchema = v.strictObject({
  top: px,
  left: px,
  right: px,
  bottom: px,
  width: v.pipe(px, v.minValue(1)),
  height: v.pipe(px, v.minValue(1)),
});
export type PaneRect = v.InferOutput<typeof PaneRectSchema>;

/** What the page served for a PDF left open carries: the document, and its pane's places by window size. */
export interface FirstPageData {
  id: string;
  panes: PaneRect[];
}

/** The library as last drawn, and the key of what it was drawn from. */
export interface LaunchSnapshot {
  key: string;
  html: string;
}

export const schemas = {
  'app.notices': none,
  'library.list': none,
  'library.import': ImportArgsSchema,
  'library.update': v.strictObject({ id: docId, patch: MetaPatchSchema }),
  'library.remove': idArg,
  'library.pickFiles': none,
  'document.open': idArg,
  'document.source': idArg,
  'settings.get': none,
  'settings.set': SettingsPatchSchema,
  /** The document's annotations, in no particular order. */
  'annotations.list': idArg,
  /** The same, for the reader: targets its copy of the text describes exactly travel as offsets (anchoring/compact.ts). */
  'annotations.listCompact': idArg,
  /** Their highlights alone (where, style, colour), for the reader's first frame (anchoring/marks.ts). */
  'annotations.marks': idArg,
  /** Writes a batch of changes to one document's notes at once. */
  'annotations.save': v.strictObject({
    id: docId,
    upserts: v.pipe(v.array(AnnotationSchema), v.maxLength(20_000)),
    deletes: v.pipe(v.array(v.pipe(v.string(), v.uuid())), v.maxLength(20_000)),
  }),
  /** Copies another document's annotations (e.g. an earlier edition of the same report) into this one. */
  'annotations.copyFrom': v.strictObject({ id: docId, from: docId }),
  /** Every tag used in any document, most used first (for autocomplete). */
  'annotations.tags': none,
  /** The document's notes as Markdown (title, source, annotations by section). */
  'export.notesMarkdown': idArg,
  /** Asks where to save (a native dialog) and writes the text there; null when cancelled. */
  'export.saveText': v.strictObject({
    suggestedName: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    text: shortText(MAX_TEXT_CHARS),
  }),
  /** Asks where to save (a native dialog) and writes the bytes there (a PDF copy with notes); null when cancelled. */
  'export.saveBytes': v.strictObject({
    suggestedName: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    bytes,
  }),
  /** The notes as Markdown for citing (front matter, section paths, reportlens:// links), some or all. */
  'export.notesCited': v.strictObject({
    id: docId,
    colors: v.optional(v.pipe(v.array(v.picklist(ANNOTATION_COLORS)), v.maxLength(5))),
    tags: v.optional(v.pipe(v.array(shortText(MAX_TAG_CHARS)), v.maxLength(MAX_TAGS))),
    section: v.optional(v.pipe(offset, v.minValue(0))),
  }),
  /** The user's edits to the document's indicator table (empty when none). */
  'indicators.edits': idArg,
  /** Replaces the document's indicator edits with these, in one write. */
  'indicators.saveEdits': v.strictObject({ id: docId, edits: IndicatorEditsSchema }),
  /** Whether anything can be saved (read-only mode, a newer version's library). */
  'app.status': none,
  /** The renderer has sent every edit it held (the app asked before quitting). */
  'app.flushed': none,
  /** The renderer refused a file (parsing happens there): main writes the kind and code to its log, no name. */
  'app.logImportRefusal': v.strictObject({
    type: v.picklist(['txt', 'pdf', 'docx', 'other']),
    code: v.pipe(v.string(), v.regex(/^[a-z][a-z-]{0,39}$/)),
  }),
  ...corpusSchemas,
  /** The library's links and unlinks between indicator names. */
  'compare.links': none,
  'compare.saveLinks': NameLinksSchema,
  /** Builds the combined indicator table as a workbook, asks where to save it and writes it; null when cancelled. */
  'export.saveXlsx': SaveXlsxSchema,
  /** Reading places and the document open when the app was left. */
  'reading.get': none,
  /** Remembers the place in a document, which becomes the open one. */
  'reading.save': ReadingPlaceSchema,
  /** Back in the library: the next launch starts there. */
  'reading.leave': none,
  /** Keeps the library as drawn, for the next launch to show until the app has drawn it: `key` says what from (src-shared/launch/snapshot-key.ts). */
  'launch.saveSnapshot': v.strictObject({
    key: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,16}-[0-9a-z]{1,16}$/)),
    html: v.pipe(v.string(), v.maxLength(MAX_SNAPSHOT)),
  }),
  /** Where the reader's PDF pane is in the window (sizes in CSS pixels), for the next launch to draw page 1 there first. */
  'launch.savePane': PaneRectSchema,
} as const;

/** Why nothing can be saved this session: opened read-only, or the library is a newer version's. */
export interface AppStatus {
  readOnly: 'read-only' | 'newer-version' | null;
}

export interface ApiResults extends CorpusApiResults {
  'app.notices': Notice[];
  'library.list': DocumentRecord[];
  'library.import': ImportResult;
  'library.update': DocumentRecord;
  'library.remove': null;
  'library.pickFiles': PickedFile[];
  'document.open': OpenedDocument;
  'document.source': Uint8Array;
  'settings.get': Settings;
  'settings.set': Settings;
  'annotations.list': Annotation[];
  'annotations.listCompact': CompactList;
  'annotations.marks': MarkList;
  'annotations.save': null;
  'annotations.copyFrom': { copied: number };
  'annotations.tags': string[];
  'export.notesMarkdown': string;
  'export.saveText': { path: string } | null;
  'export.saveBytes': { path: string } | null;
  'export.notesCited': string;
  'indicators.edits': IndicatorEdits;
  'indicators.saveEdits': null;
  'app.status': AppStatus;
  'app.flushed': null;
  'app.logImportRefusal': null;
  'compare.links': v.InferOutput<typeof NameLinksSchema>;
  'compare.saveLinks': null;
  'export.saveXlsx': { path: string } | null;
  'reading.get': ReadingState;
  'reading.save': null;
  'reading.leave': null;
  'launch.saveSnapshot': null;
  'launch.savePane': null;
}

export type Method = keyof typeof schemas;
export type ApiArgs = { [M in Method]: v.InferOutput<(typeof schemas)[M]> };

/** The typed client the renderer's code uses (src-renderer/src/api.ts). */
export interface ApiClient {
  invoke<M extends Method>(method: M, arg: ApiArgs[M]): Promise<ApiResults[M]>;
  /** Subscribe to an event from the main process; returns an unsubscribe function. */
  on<E extends keyof ApiEvents>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/**
 * The raw transport the preload exposes as `window.api` (the end-to-end
 * harness exposes the same shape over Playwright): results come back as
 * envelopes, since errors lose their fields when they cross a process.
 */
export interface Bridge {
  invoke(method: string, arg: unknown): Promise<Envelope<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** Events the main process sends to the renderer. */
export interface ApiEvents {
  /** Files chosen with File > Open, to be parsed and imported by the renderer. */
  'files-picked': PickedFile[];
  /** A menu command the renderer carries out. */
  command: MenuCommand;
  /** A reportlens:// link was opened: show this document at this passage (null: its start). */
  'open-passage': { id: string; start: number | null; end: number | null };
}

export type MenuCommand =
  'find' | 'library' | 'zoom-in' | 'zoom-out' | 'toggle-theme' | 'flush' | 'import-folder' | 'search';

/** A failure a service reports to the user: `key` is an i18n message key. */

export { IPC_CHANNEL, IPC_EVENT_CHANNEL } from './ipc-channels';

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(schemas, name);
}
