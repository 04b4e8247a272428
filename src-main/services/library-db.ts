// library.json: the document records and the settings, version 2 (version 1
// plus a checksum). A record
// that does not match its shape makes the file "damaged" (restored from a
// backup); settings out of range fall back to their defaults instead.
import * as v from 'valibot';
import { CorpusMetaSchema } from '../../src-shared/corpus/schema';
import { DEFAULT_SETTINGS, LINE_HEIGHTS, READING_FONTS, THEMES } from '../../src-shared/model';
import type { DocumentRecord, Settings } from '../../src-shared/model';
import { salvageList } from './database-codec';
import type { DatabaseCodec } from './database-codec';
import { JsonStore } from './json-store';
import type { StoreOptions } from './json-store';
import type { LibraryPaths } from './paths';

export const LIBRARY_SCHEMA_VERSION = 2;

export interface LibraryData {
  schemaVersion: number;
  documents: DocumentRecord[];
  settings: Settings;
  /** The sample report was offered once; removing it must not bring it back. */
  seeded: boolean;
}

const RecordSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  type: v.picklist(['txt', 'pdf', 'docx']),
  fileName: v.string(),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  pages: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  chars: v.pipe(v.number(), v.integer(), v.minValue(0)),
  importedAt: v.string(),
  encoding: v.optional(v.string()),
  title: v.string(),
  year: v.nullable(v.number()),
  region: v.nullable(v.string()),
  corpus: v.optional(CorpusMetaSchema),
});

const SettingsSchema = v.object({
  locale: v.fallback(v.picklist(['zh-CN', 'en']), DEFAULT_SETTINGS.locale),
  theme: v.fallback(v.picklist(THEMES), DEFAULT_SETTINGS.theme),
  fontSize: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(12), v.maxValue(40)),
    DEFAULT_SETTINGS.fontSize,
  ),
  // Added with the reading settings (issue 11): older files have none and get the defaults.
  readingFont: v.fallback(v.picklist(READING_FONTS), DEFAULT_SETTINGS.readingFont),
  lineHeight: v.fallback(v.picklist(LINE_HEIGHTS), DEFAULT_SETTINGS.lineHeight),
});

export const LibrarySchema = v.strictObject({
  schemaVersion: v.literal(LIBRARY_SCHEMA_VERSION),
  documents: v.array(RecordSchema),
  settings: v.fallback(SettingsSchema, { ...DEFAULT_SETTINGS }),
  seeded: v.fallback(v.boolean(), false),
});

export function emptyLibrary(): LibraryData {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    documents: [],
    settings: { ...DEFAULT_SETTINGS },
    seeded: false,
  };
}

export const libraryCodec: DatabaseCodec<LibraryData> = {
  schemaVersion: LIBRARY_SCHEMA_VERSION,
  schema: LibrarySchema,
  // Version 2 only adds the checksum: a version 1 file reads as it is.
  migrate: (raw) => raw,
  checksumFrom: 2,
  salvage: (raw) => ({
    ...emptyLibrary(),
    documents: salvageList(raw['documents'], v.object(RecordSchema.entries)),
    settings: v.parse(v.fallback(SettingsSchema, { ...DEFAULT_SETTINGS }), raw['settings']),
    seeded: true,
  }),
};

export type LibraryStoreOptions = Partial<
  Pick<StoreOptions<LibraryData>, 'now' | 'ops' | 'log' | 'backupIntervalMs' | 'readOnly'>
>;

export function openLibraryDb(
  paths: LibraryPaths,
  options: LibraryStoreOptions = {},
): Promise<JsonStore<LibraryData>> {
  return JsonStore.open<LibraryData>({
    ...options,
    ...libraryCodec,
    file: paths.libraryFile,
    backupDir: paths.backupsDir,
    defaults: emptyLibrary,
  });
}
