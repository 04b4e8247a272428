// The contract between the renderer and the main process: every call the
// renderer may make, the schema its argument must pass in the main process
// before any service sees it, and what it returns. One channel carries them
// all (`invoke(method, arg)`).
import * as v from 'valibot';
import type { Annotation, DocumentRecord, Settings, TextModel } from './model';
import {
  ANNOTATION_COLORS,
  MAX_IMPORT_BYTES,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
} from './model';
import { LINE_HEIGHTS, READING_FONTS, THEMES } from './model';
import type { Envelope, ErrorCode } from './errors';
import type { CompactList } from './anchoring/compact';
import { CorpusPatchSchema } from './corpus/schema';
import type { CorpusApiResults } from './corpus/api';
import { corpusSchemas } from './corpus/api';

/** Longest text model the main process accepts (characters). */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;
const MAX_BLOCKS = 2_000_000;
export const MAX_PAGES = 100_000;

const offset = v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(MAX_TEXT_CHARS));
const docId = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'not a document id'));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * An object as structured clone (IPC) or JSON makes it. An array, a Date, a
 * Map or a null-prototype object would pass a schema whose fields are all
 * optional and be stored as `{}`.
 */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** strictObject for plain objects only (see isPlainObject). */
function plainObject<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'not a plain object'),
    v.strictObject(entries),
  );
}

export const BlockSchema = v.strictObject({
  start: offset,
  end: offset,
  kind: v.picklist(['title', 'heading', 'paragraph']),
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))),
});

export const TextModelSchema = v.strictObject({
  version: v.literal(1),
  text: shortText(MAX_TEXT_CHARS),
  blocks: v.pipe(v.array(BlockSchema), v.maxLength(MAX_BLOCKS)),
  pages: v.optional(
    v.pipe(
      v.array(v.strictObject({ start: offset, end: offset, items: v.array(offset) })),
      v.maxLength(MAX_PAGES),
    ),
  ),
  outline: v.pipe(
    v.array(
      v.strictObject({
        title: shortText(1000),
        level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
        start: offset,
        end: offset,
      }),
    ),
    v.maxLength(MAX_BLOCKS),
  ),
});

const bytes = v.pipe(
  v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'not bytes'),
  v.check((b) => b.byteLength <= MAX_IMPORT_BYTES, 'file too large'),
);

export const ImportArgsSchema = v.strictObject({
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  /** The file's bytes, or (`picked`) the token of a file main read and kept (PickedFile.token). */
  bytes: v.optional(bytes),
  picked: v.optional(v.pipe(v.string(), v.uuid())),
  model: TextModelSchema,
  /** Encoding a .txt file was decoded from. */
  encoding: v.optional(shortText(40)),
  /** Pages of a PDF. */
  pages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PAGES))),
  /** The title the file names itself (a PDF's metadata), preferred to one guessed from the text. */
  title: v.optional(shortText(500)),
});
export type ImportCall = v.InferOutput<typeof ImportArgsSchema>;
/** An import as the library stores it: the bytes found, whichever way they came. */
export type ImportArgs = Omit<ImportCall, 'bytes' | 'picked'> & { bytes: Uint8Array };

export const MetaPatchSchema = plainObject({
  title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500))),
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200)))),
  region: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(100)))),
  /** Level and years (issue 8); the level follows the region unless given. */
  corpus: v.optional(CorpusPatchSchema),
});

export const SettingsPatchSchema = plainObject({
  locale: v.optional(v.picklist(['zh-CN', 'en'])),
  theme: v.optional(v.picklist(THEMES)),
  fontSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(12), v.maxValue(40))),
  readingFont: v.optional(v.picklist(READING_FONTS)),
  lineHeight: v.optional(v.picklist(LINE_HEIGHTS)),
});

const isoDate = v.pipe(v.string(), v.isoTimestamp());

export const TextTargetSchema = v.strictObject({
  start: v.pipe(offset, v.minValue(0)),
  end: v.pipe(offset, v.minValue(0)),
  quote: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_CHARS)),
  prefix: shortText(64),
  suffix: shortText(64),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PAGES))),
});

export const AnnotationSchema = v.strictObject({
  id: v.pipe(v.string(), v.uuid()),
  target: v.nullable(TextTargetSchema),
  style: v.picklist(['highlight', 'underline']),
  color: v.picklist(ANNOTATION_COLORS),
  note: shortText(MAX_NOTE_CHARS),
  tags: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_TAG_CHARS))),
    v.maxLength(MAX_TAGS),
  ),
  createdAt: isoDate,
  updatedAt: isoDate,
});

/**
 * The user's corrections to the extracted indicators of one document, kept
 * apart from the extraction so they survive running it again: each edit names
 * the extracted indicator it is about by the value's quote with its context
 * (re-anchored like an annotation) and the name the extractor gave it, since
 * a list sharing one value (`均在10%以上`) yields several rows on one span.
 */
export const INDICATOR_FIELDS = [
  'name',
  'value',
  'valueMax',
  'unit',
  'kind',
  'qualifier',
  'status',
  'period',
] as const;
export const MAX_INDICATOR_EDITS = 50_000;

const finite = v.pipe(v.number(), v.finite());
export const IndicatorFieldsSchema = plainObject({
  name: v.optional(shortText(200)),
  value: v.optional(finite),
  valueMax: v.optional(v.nullable(finite)),
  unit: v.optional(shortText(40)),
  kind: v.optional(v.picklist(['level', 'change', 'share', 'count'])),
  qualifier: v.optional(v.picklist(['exact', 'approx', 'above', 'below'])),
  status: v.optional(v.picklist(['actual', 'target'])),
  period: v.optional(v.nullable(shortText(40))),
});
export type IndicatorFields = v.InferOutput<typeof IndicatorFieldsSchema>;

export const IndicatorEditSchema = v.strictObject({
  /** `change` overrides fields of an extracted one; `delete` hides it; `add` is the user's own. */
  op: v.picklist(['change', 'delete', 'add']),
  /** The value's place: for `change` and `delete` the extracted value, for `add` the user's selection. */
  target: v.strictObject({
    start: v.pipe(offset, v.minValue(0)),
    end: v.pipe(offset, v.minValue(0)),
    quote: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
    prefix: shortText(64),
    suffix: shortText(64),
    page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PAGES))),
  }),
  /** The name the extractor gave it (empty for `add`). */
  extractedName: shortText(200),
  /** For `change`, the fields the user set; for `add`, all of them. */
  fields: IndicatorFieldsSchema,
  /** The user checked the row. */
  confirmed: v.boolean(),
  updatedAt: isoDate,
});
export type IndicatorEdit = v.InferOutput<typeof IndicatorEditSchema>;

export const IndicatorEditsSchema = v.pipe(v.array(IndicatorEditSchema), v.maxLength(MAX_INDICATOR_EDITS));
export type IndicatorEdits = IndicatorEdit[];

const none = v.optional(v.undefined());
const idArg = v.strictObject({ id: docId });

// ---- Comparing reports (src-shared/compare) ----------------------------------
const indicatorName = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const namePairs = v.pipe(v.array(v.tuple([indicatorName, indicatorName])), v.maxLength(10_000));
/** The user's links and unlinks between indicator names (src-shared/compare/unify.ts). */
export const NameLinksSchema = v.strictObject({ links: namePairs, unlinks: namePairs });
/** Most rows a workbook export takes (the combined table of a few hundred reports). */
export const MAX_XLSX_ROWS = 500_000;
const cell = v.nullable(v.union([v.pipe(v.string(), v.maxLength(5000)), finite]));
export const CombinedRecordSchema = v.strictObject({
  report: cell,
  region: cell,
  year: cell,
  indicator: cell,
  name: cell,
  value: cell,
  valueMax: cell,
  unit: cell,
  kind: cell,
  qualifier: cell,
  status: cell,
  period: cell,
  section: cell,
  page: cell,
  sentence: cell,
});
export const SaveXlsxSchema = v.strictObject({
  suggestedName: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  records: v.pipe(v.array(CombinedRecordSchema), v.maxLength(MAX_XLSX_ROWS)),
  /** Header labels by field, in the user's language. */
  headers: v.optional(
    v.record(
      v.picklist(Object.keys(CombinedRecordSchema.entries) as [string, ...string[]]),
      v.pipe(v.string(), v.maxLength(100)),
    ),
  ),
  sheetName: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

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

// ---- Reading places (issue 11) ----
/** Where the reader is in a document: the text offset at the top, the PDF page and zoom. */
export const ReadingPlaceSchema = v.strictObject({
  id: docId,
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  zoom: v.optional(v.pipe(v.number(), v.minValue(0.1), v.maxValue(10))),
});
export type ReadingPlace = v.InferOutput<typeof ReadingPlaceSchema>;
export interface ReadingState {
  /** The document open when the app was left, reopened at launch. */
  current: string | null;
  /** Most recent first, with when each was last read. */
  places: Array<ReadingPlace & { at: string }>;
}

/** Every method: its argument schema and its result type. */
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
