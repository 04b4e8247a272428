// The library: documents stored by the SHA-256 of their bytes, with the text
// model the renderer built for them. The main process stores bytes and
// receives text; it checks the text's offsets but never parses the file.
import { createHash } from 'node:crypto';
import type * as v from 'valibot';
import type { ImportArgs, ImportResult, MetaPatchSchema, Notice, OpenedDocument } from '../../src-shared/api';
import { AppError } from '../../src-shared/errors';
import { MAX_IMPORT_BYTES } from '../../src-shared/model';
import type { DocType, DocumentMeta, DocumentRecord, TextModel } from '../../src-shared/model';
import { cleanPdfTitle, guessMeta as realGuessMeta } from '../../src-shared/text';
import { applyCorpusPatch, corpusMetaFor } from './corpus-meta';
import { nodeWriteOps } from './atomic-write';
import type { WriteOps } from './atomic-write';
import { docFilesHealthy, readSource, readTextModel, removeDocFiles, writeDocFiles } from './doc-files';
import type { JsonStore } from './json-store';
import { KeyedLock } from './keyed-lock';
import { openLibraryDb } from './library-db';
import { rebuildRecords } from './library-rebuild';
import type { LibraryData, LibraryStoreOptions } from './library-db';
import { checkTextModel } from './model-check';
import { RecentRead } from './recent-read';
import { libraryPaths } from './paths';
import type { LibraryPaths } from './paths';
import { SettingsService } from './settings';

/** How long one read of a text model serves further calls for it. */
const MODEL_REUSE_MS = 2000;

export type GuessMeta = (model: TextModel, fileName: string) => DocumentMeta;
export type MetaPatch = v.InferOutput<typeof MetaPatchSchema>;

export interface LibraryOptions extends LibraryStoreOptions {
  /** Title, year and region from the text (default: src-shared/text's guessMeta). */
  guessMeta?: GuessMeta;
}

const TYPES: Record<string, DocType> = { txt: 'txt', pdf: 'pdf', docx: 'docx' };

/** The type a file name's extension stands for. */
export function docTypeOf(fileName: string): DocType {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = TYPES[ext];
  if (!type) throw new AppError('unsupported-type', `.${ext} files cannot be imported`, { fileName });
  return type;
}

/** The file's own name, without any folders a caller may have sent along. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

/** Runs before a removed document's files go (e.g. to close its notes database). */
export type RemoveHook = (id: string) => Promise<void>;

export class LibraryService {
  readonly settings: SettingsService;
  private readonly lock = new KeyedLock();
  private readonly removeHooks: RemoveHook[] = [];
  private gathered: Notice[] = [];
  /** The reader's open and its notes read the text model once (annotations.marks, listCompact). */
  private readonly models = new RecentRead<TextModel>(MODEL_REUSE_MS);

  private constructor(
    readonly paths: LibraryPaths,
    private readonly store: JsonStore<LibraryData>,
    private readonly options: LibraryOptions,
  ) {
    this.settings = new SettingsService(store);
  }

  static async open(userData: string, options: LibraryOptions = {}): Promise<LibraryService> {
    const paths = libraryPaths(userData);
    const service = new LibraryService(paths, await openLibraryDb(paths, options), options);
    await service.rebuildIfLost();
    return service;
  }

  /** Why nothing may be written (the app was opened read-only, or library.json is a newer version's), or null. */
  get readOnly(): 'read-only' | 'newer-version' | null {
    return this.store.readOnly;
  }

  /** library.json damaged with no usable backup, or missing beside a docs folder: find the documents again. */
  private async rebuildIfLost(): Promise<void> {
    const state = this.store.state;
    if (state !== 'lost' && state !== 'created') return;
    const records = await rebuildRecords(
      this.paths,
      (m, f) => this.meta(m, f),
      (m, e) => this.log(m, e),
    );
    if (records.length === 0) return;
    const notices = this.store.drainNotices();
    const lost = notices.find((n) => n.key === 'notices.lostDatabase');
    this.gathered.push(...notices.filter((n) => n !== lost), {
      level: 'warning',
      key: lost ? 'notices.libraryRebuilt' : 'notices.libraryFound',
      params: { count: records.length, damaged: String(lost?.params?.['damaged'] ?? '') },
    });
    const apply = (data: LibraryData) => {
      data.documents = records;
      // The sample was offered before: these are the user's documents.
      data.seeded = true;
    };
    if (this.store.readOnly) return apply(this.store.data);
    await this.store.update(apply).catch((err: unknown) => {
      // Shown from memory; the next change that can be written keeps it.
      this.log('could not write the rebuilt library', err);
      apply(this.store.data);
    });
  }

  list(): DocumentRecord[] {
    return this.store.data.documents.map((r) => ({ ...r }));
  }

  has(id: string): boolean {
    return this.find(id) !== undefined;
  }

  /** The document's record; AppError('not-found') when it is not in the library. */
  record(id: string): DocumentRecord {
    return { ...this.require(id) };
  }

  onRemove(hook: RemoveHook): void {
    this.removeHooks.push(hook);
  }

  /** What opening the library found (a restored or lost database); each notice is handed out once. */
  notices(): Notice[] {
    const out = [...this.gathered, ...this.store.drainNotices()];
    this.gathered = [];
    return out;
  }

  async import(args: ImportArgs): Promise<ImportResult> {
    this.refuseIfReadOnly();
    const fileName = baseName(args.fileName);
    const type = docTypeOf(fileName);
    if (args.bytes.byteLength === 0) throw new AppError('empty-file', 'the file is empty', { fileName });
    if (args.bytes.byteLength > MAX_IMPORT_BYTES)
      throw new AppError('too-large', 'the file is too large', { fileName });
    checkTextModel(args.model);
    const id = createHash('sha256').update(args.bytes).digest('hex');
    return this.lock.run(id, async () => {
      const existing = this.find(id);
      if (existing) {
        // Importing the same file again repairs a document whose files were damaged.
        if (!(await docFilesHealthy(this.paths, id, existing.type, existing.size))) {
          await writeDocFiles(this.paths, id, existing.type, args.bytes, args.model, this.ops);
          // A model read before the repair is not the one on disk now.
          this.models.forget(id);
        }
        return { record: { ...existing }, duplicate: true };
      }
      await writeDocFiles(this.paths, id, type, args.bytes, args.model, this.ops);
      const record = this.newRecord(id, type, fileName, args);
      try {
        await this.store.update((data) => data.documents.push(record));
      } catch (err) {
        await removeDocFiles(this.paths, id).catch(() => undefined);
        throw err;
      }
      return { record: { ...record }, duplicate: false };
    });
  }

  async update({ id, patch }: { id: string; patch: MetaPatch }): Promise<DocumentRecord> {
    this.refuseIfReadOnly();
    this.require(id);
    await this.store.update((data) => {
      const record = data.documents.find((r) => r.id === id);
      if (!record) return;
      if (patch.title !== undefined) record.title = patch.title;
      if (patch.year !== undefined) record.year = patch.year;
      if (patch.region !== undefined) record.region = patch.region || null;
      applyCorpusPatch(record, patch);
    });
    return { ...this.require(id) };
  }

  async remove({ id }: { id: string }): Promise<null> {
    this.refuseIfReadOnly();
    return this.lock.run(id, async () => {
      this.require(id);
      // The record goes first: a crash before the files go leaves an unseen folder, not half a document.
      await this.store.update((data) => {
        data.documents = data.documents.filter((r) => r.id !== id);
      });
      this.models.forget(id);
      for (const hook of this.removeHooks) {
        await hook(id).catch((err: unknown) => this.log(`could not close docs/${id}`, err));
      }
      await removeDocFiles(this.paths, id).catch((err: unknown) =>
        this.log(`could not remove docs/${id}`, err),
      );
      return null;
    });
  }

  /**
   * The document's record and text model. `keep` false: a read that others
   * need not share (the search index going through every document) uses a
   * recent read but does not replace it.
   */
  async open({ id }: { id: string }, keep = true): Promise<OpenedDocument> {
    const record = this.require(id);
    return {
      record: { ...record },
      model: await this.models.get(id, () => readTextModel(this.paths, id), keep),
    };
  }

  async source({ id }: { id: string }): Promise<Uint8Array> {
    const record = this.require(id);
    return readSource(this.paths, id, record.type);
  }

  /** Whether the sample report was offered already (see seed.ts). */
  get seeded(): boolean {
    return this.store.data.seeded;
  }

  markSeeded(): Promise<void> {
    return this.store.update((data) => {
      data.seeded = true;
    });
  }

  pendingWrites(): number {
    return this.store.pendingWrites();
  }

  flush(): Promise<void> {
    return this.store.flush();
  }

  private get ops(): WriteOps {
    return this.options.ops ?? nodeWriteOps;
  }

  /** Read-only mode: nothing is written, not even a document's files before its record. */
  private refuseIfReadOnly(): void {
    const why = this.store.readOnly;
    if (why)
      throw new AppError('storage', 'the library is open read-only', { file: 'library.json', reason: why });
  }

  private find(id: string): DocumentRecord | undefined {
    return this.store.data.documents.find((r) => r.id === id);
  }

  private require(id: string): DocumentRecord {
    const record = this.find(id);
    if (!record) throw new AppError('not-found', 'no such document in the library', { id });
    return record;
  }

  private meta(model: TextModel, fileName: string, named?: string): DocumentMeta {
    try {
      // Only these three fields: anything more would not pass library.json's shape check.
      const { title, year, region } = (this.options.guessMeta ?? realGuessMeta)(model, fileName);
      return { title: cleanPdfTitle(named) ?? title, year, region };
    } catch (err) {
      this.log('guessMeta failed', err);
      return { title: fileName.replace(/\.[^.]+$/, ''), year: null, region: null };
    }
  }

  private newRecord(id: string, type: DocType, fileName: string, args: ImportArgs): DocumentRecord {
    const record: DocumentRecord = {
      id,
      type,
      fileName,
      size: args.bytes.byteLength,
      pages: type === 'pdf' ? (args.pages ?? args.model.pages?.length ?? null) : null,
      chars: args.model.text.length,
      importedAt: (this.options.now?.() ?? new Date()).toISOString(),
      ...corpusMetaFor(this.meta(args.model, fileName, args.title), args.model),
    };
    if (args.encoding !== undefined && type === 'txt') record.encoding = args.encoding;
    return record;
  }

  private log(message: string, err?: unknown): void {
    (this.options.log ?? console.warn)(message, err);
  }
}
