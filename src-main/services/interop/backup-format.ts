// The backup file: one zip holding the library as documents, not as the
// databases' own files (so a backup restores into any later version):
//   manifest.json                  format, version, date, each file's size and SHA-256
//   library.json                   the document records
//   docs/<id>/source.<ext>         the imported file (its SHA-256 is <id>)
//   docs/<id>/text.json            its text model
//   docs/<id>/notes.json           { annotations }
//   docs/<id>/indicators.json      { edits }
// Reading checks every name, size and hash before anything is unpacked into
// memory, and every file against the contract's schemas before anything is
// written to the library.
import * as v from 'valibot';
import { AnnotationSchema, IndicatorEditsSchema } from '../../../src-shared/api';
import { MAX_IMPORT_BYTES } from '../../../src-shared/model';

export const BACKUP_FORMAT = 'reportlens-backup';
export const BACKUP_VERSION = 1;

/** A backup larger than this is refused before it is read. */
export const MAX_BACKUP_BYTES = 4 * 1024 * 1024 * 1024;
/** What a backup may unpack to, in all. */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024 * 1024;
/** A file that claims to grow more than this many times when unpacked is a zip bomb. */
export const MAX_RATIO = 200;
export const MAX_FILES = 200_000;

const ID = '[0-9a-f]{64}';
export const NAME_PATTERN = new RegExp(
  `^(manifest\\.json|library\\.json|docs/${ID}/(source\\.(txt|pdf|docx)|text\\.json|notes\\.json|indicators\\.json))$`,
);

export const ManifestSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  createdAt: v.string(),
  files: v.pipe(
    v.array(
      v.strictObject({
        name: v.pipe(v.string(), v.regex(NAME_PATTERN)),
        size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_IMPORT_BYTES * 2)),
        sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
      }),
    ),
    v.maxLength(MAX_FILES),
  ),
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

export const BackupRecordSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  type: v.picklist(['txt', 'pdf', 'docx']),
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  title: v.pipe(v.string(), v.maxLength(500)),
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200))),
  region: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  encoding: v.optional(v.pipe(v.string(), v.maxLength(40))),
  pages: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type BackupRecord = v.InferOutput<typeof BackupRecordSchema>;

export const BackupLibrarySchema = v.object({ documents: v.array(BackupRecordSchema) });
export const BackupNotesSchema = v.object({
  annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(1_000_000)),
});
export const BackupIndicatorsSchema = v.object({ edits: IndicatorEditsSchema });

export interface RestoreSummary {
  documentsAdded: number;
  documentsThere: number;
  notesAdded: number;
  notesThere: number;
  /** Documents whose indicator edits came from the backup (those with edits of their own keep them). */
  indicatorEditsRestored: number;
}
