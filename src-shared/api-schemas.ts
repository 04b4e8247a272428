// The argument schemas of the contract (api.ts): the text model, imports,
// notes, indicator edits, the combined table's export and reading places, and
// the small validators they share. Every call's argument passes one of these
// in the main process before any service sees it.
import * as v from 'valibot';
import {
  ANNOTATION_COLORS,
  ANNOTATION_STYLES,
  MAX_IMPORT_BYTES,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
} from './model';
import { LINE_HEIGHTS, READING_FONTS, THEMES } from './model';
import { CorpusPatchSchema } from './corpus/schema';

/** Longest text model the main process accepts (characters). */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;
const MAX_BLOCKS = 2_000_000;
export const MAX_PAGES = 100_000;

/** The small validators the method table (api.ts) uses too: an offset into a text, a document id, text of at most `max`. */
export const offset = v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(MAX_TEXT_CHARS));
export const docId = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'not a document id'));
export const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

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

/** A file's bytes, at most MAX_IMPORT_BYTES. */
export const bytes = v.pipe(
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
  style: v.picklist(ANNOTATION_STYLES),
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

/** A method that takes no argument, and one that takes a document's id. */
export const none = v.optional(v.undefined());
export const idArg = v.strictObject({ id: docId });

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

// ---- Reading places (issue 11) ----
/** Where the reader is in a document: the text offset at the top, the PDF page and zoom. */
export const ReadingPlaceSchema = v.strictObject({
  id: docId,
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  zoom: v.optional(v.pipe(v.number(), v.minValue(0.1), v.maxValue(10))),
});
export type ReadingPlace = v.InferOutput<typeof ReadingPlaceSchema>;
