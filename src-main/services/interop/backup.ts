// Library backup and restore (see backup-format.ts for the file). fflate
// reads the zip: pure JavaScript, no native code, and its unzip hands each
// entry's name and sizes to a filter before inflating anything, which is
// where names, sizes and ratios are checked; the hashes in the manifest then
// catch any size that lied. A restore adds what the library lacks (documents
// by their content id, notes by their id) through the same services the app
// writes with, so each write is atomic; a bad backup changes nothing.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import * as v from 'valibot';
import { TextModelSchema } from '../../../src-shared/api';
import { AppError } from '../../../src-shared/errors';
import type { TextModel } from '../../../src-shared/model';
import { writeFileAtomic } from '../atomic-write';
import type { Services } from '../create-services';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupIndicatorsSchema,
  BackupLibrarySchema,
  BackupNotesSchema,
  ManifestSchema,
  MAX_BACKUP_BYTES,
  MAX_FILES,
  MAX_RATIO,
  MAX_UNPACKED_BYTES,
  NAME_PATTERN,
  type BackupRecord,
  type Manifest,
  type RestoreSummary,
} from './backup-format';

type BackupServices = Pick<Services, 'library' | 'notes' | 'indicatorEdits' | 'flush'>;

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const json = (x: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(x));

function refuse(detail: string): AppError {
  return new AppError('invalid-argument', detail, { detail: `${detail}: nothing was changed` });
}

/** The whole library as one zip's bytes. */
export async function buildBackup(services: BackupServices, now = new Date()): Promise<Uint8Array> {
  await services.flush();
  const files: Record<string, Uint8Array> = {};
  const records = services.library.list();
  files['library.json'] = json({
    documents: records.map((r) => ({
      id: r.id,
      type: r.type,
      fileName: r.fileName,
      title: r.title,
      year: r.year,
      region: r.region,
      pages: r.pages,
      ...(r.encoding ? { encoding: r.encoding } : {}),
    })),
  });
  for (const r of records) {
    const dir = `docs/${r.id}`;
    files[`${dir}/source.${r.type}`] = await services.library.source({ id: r.id });
    files[`${dir}/text.json`] = json((await services.library.open({ id: r.id })).model);
    files[`${dir}/notes.json`] = json({ annotations: await services.notes.list({ id: r.id }) });
    files[`${dir}/indicators.json`] = json({ edits: await services.indicatorEdits.edits({ id: r.id }) });
  }
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    files: Object.entries(files).map(([name, data]) => ({ name, size: data.length, sha256: sha256(data) })),
  };
  const zip: Zippable = { 'manifest.json': json(manifest) };
  // Sources are already compressed (PDF, docx) or small: store them; compress the JSON.
  for (const [name, data] of Object.entries(files))
    zip[name] = [data, { level: name.includes('/source.') ? 0 : 6 }];
  return zipSync(zip);
}

export async function writeBackup(
  services: BackupServices,
  out: string,
): Promise<{ documents: number; bytes: number }> {
  const bytes = await buildBackup(services);
  await writeFileAtomic(out, bytes);
  return { documents: services.library.list().length, bytes: bytes.length };
}

/** The zip's files, every name, size and hash checked; throws before unpacking anything suspect. */
export function unpackBackup(zip: Uint8Array): Map<string, Uint8Array> {
  if (zip.length < 22 || zip[0] !== 0x50 || zip[1] !== 0x4b)
    throw refuse('this is not a ReportLens backup (not a zip file)');
  let total = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        if (!NAME_PATTERN.test(f.name))
          throw refuse(`the backup holds a file it should not (${f.name.slice(0, 100)})`);
        if (++count > MAX_FILES) throw refuse('the backup holds too many files');
        total += f.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw refuse('the backup would unpack to more than 8 GB');
        if (f.originalSize > 1024 * 1024 && f.originalSize > f.size * MAX_RATIO)
          throw refuse(
            `the backup's ${f.name} would unpack ${Math.round(f.originalSize / f.size)} times larger (a zip bomb?)`,
          );
        return true;
      },
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse('the backup is damaged (the zip cannot be read)');
  }
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) throw refuse('this is not a ReportLens backup (no manifest)');
  const manifest = parse(ManifestSchema, manifestBytes, 'manifest.json');
  const out = new Map<string, Uint8Array>();
  for (const entry of manifest.files) {
    const data = files[entry.name];
    if (!data) throw refuse(`the backup is incomplete (${entry.name} is missing)`);
    if (data.length !== entry.size || sha256(data) !== entry.sha256)
      throw refuse(`the backup is damaged (${entry.name} does not match its checksum)`);
    out.set(entry.name, data);
  }
  if (!out.has('library.json')) throw refuse('the backup is incomplete (library.json is missing)');
  return out;
}

function parse<T extends v.GenericSchema>(schema: T, data: Uint8Array, name: string): v.InferOutput<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    throw refuse(`the backup is damaged (${name} is not JSON)`);
  }
  const result = v.safeParse(schema, raw);
  if (!result.success)
    throw refuse(`the backup is damaged (${name}: ${result.issues[0]?.message ?? 'invalid'})`);
  return result.output;
}

interface RestoredDoc {
  record: BackupRecord;
  source: Uint8Array;
  model: TextModel;
  notes: v.InferOutput<typeof BackupNotesSchema>['annotations'];
  edits: v.InferOutput<typeof BackupIndicatorsSchema>['edits'];
}

/** Every document of the backup, checked whole; throws (with nothing changed) on the first problem. */
export function readBackup(files: Map<string, Uint8Array>): RestoredDoc[] {
  const library = parse(BackupLibrarySchema, files.get('library.json') ?? new Uint8Array(), 'library.json');
  return library.documents.map((record) => {
    const dir = `docs/${record.id}`;
    const get = (name: string): Uint8Array => {
      const data = files.get(`${dir}/${name}`);
      if (!data) throw refuse(`the backup is incomplete (${dir}/${name} is missing)`);
      return data;
    };
    const source = get(`source.${record.type}`);
    if (sha256(source) !== record.id)
      throw refuse(`the backup is damaged (${record.fileName} is not the file it names)`);
    return {
      record,
      source,
      model: parse(TextModelSchema, get('text.json'), `${dir}/text.json`) as TextModel,
      notes: parse(BackupNotesSchema, get('notes.json'), `${dir}/notes.json`).annotations,
      edits: parse(BackupIndicatorsSchema, get('indicators.json'), `${dir}/indicators.json`).edits,
    };
  });
}

/** Adds the backup's documents, notes and indicator edits that the library lacks. */
export async function restoreBackup(services: BackupServices, zip: Uint8Array): Promise<RestoreSummary> {
  const docs = readBackup(unpackBackup(zip));
  const summary: RestoreSummary = {
    documentsAdded: 0,
    documentsThere: 0,
    notesAdded: 0,
    notesThere: 0,
    indicatorEditsRestored: 0,
  };
  for (const d of docs) {
    const { record, source, model } = d;
    if (services.library.has(record.id)) summary.documentsThere++;
    else {
      await services.library.import({
        fileName: record.fileName,
        bytes: source,
        model,
        ...(record.encoding ? { encoding: record.encoding } : {}),
        ...(record.pages !== null ? { pages: record.pages } : {}),
      });
      await services.library.update({
        id: record.id,
        patch: {
          ...(record.title.trim() ? { title: record.title.trim() } : {}),
          year: record.year,
          region: record.region,
        },
      });
      summary.documentsAdded++;
    }
    const have = new Set((await services.notes.list({ id: record.id })).map((a) => a.id));
    const upserts = d.notes.filter((a) => !have.has(a.id));
    summary.notesThere += d.notes.length - upserts.length;
    for (let i = 0; i < upserts.length; i += 20_000)
      await services.notes.save({ id: record.id, upserts: upserts.slice(i, i + 20_000), deletes: [] });
    summary.notesAdded += upserts.length;
    if (d.edits.length > 0 && (await services.indicatorEdits.edits({ id: record.id })).length === 0) {
      await services.indicatorEdits.saveEdits({ id: record.id, edits: d.edits });
      summary.indicatorEditsRestored++;
    }
  }
  await services.flush();
  return summary;
}

export async function restoreBackupFile(services: BackupServices, file: string): Promise<RestoreSummary> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AppError('not-found', file, { path: file });
  if (info.size > MAX_BACKUP_BYTES) throw refuse('the backup is larger than 4 GB');
  return restoreBackup(services, new Uint8Array(await readFile(file)));
}
