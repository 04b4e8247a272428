// Annotations, one lowdb database per document (docs/<id>/notes.json), opened
// on first use and kept open. A save touches only its own document's file,
// in one write, however many documents have notes; the tag counts for
// autocomplete are built once from all files and then kept up to date.
import { randomUUID } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../../src-shared/api';
import { AppError } from '../../src-shared/errors';
import type { Annotation } from '../../src-shared/model';
import { listBackups } from './backups';
import type { JsonStore } from './json-store';
import type { LibraryService } from './library';
import { notesBackupName, openNotesDb, readNotesText } from './notes-db';
import type { NotesData, NotesStoreOptions } from './notes-db';
import { TagCounts } from './tag-counts';

export type NotesLibrary = Pick<LibraryService, 'paths' | 'has' | 'record' | 'list' | 'onRemove'>;

export interface SaveArgs {
  id: string;
  upserts: readonly Annotation[];
  deletes: readonly string[];
}

/** How many notes files the tag scan reads at once. */
const SCAN_CONCURRENCY = 8;

export function copyAnnotation(a: Annotation): Annotation {
  return { ...a, target: a.target && { ...a.target }, tags: [...a.tags] };
}

/** What makes two annotations the same note, whatever their ids (see copyFrom). */
function sameNoteKey(a: Annotation): string {
  return JSON.stringify([a.target?.quote ?? null, a.note, a.createdAt]);
}

/** Tags in a notes file's text, read loosely: autocomplete must not fail on one bad file. */
function tagsInText(text: string): Array<{ tags: string[] }> {
  const raw: unknown = JSON.parse(text);
  const list = (raw as { annotations?: unknown } | null)?.annotations;
  if (!Array.isArray(list)) throw new Error('no annotations');
  return list.map((a: unknown) => {
    const tags = (a as { tags?: unknown } | null)?.tags;
    return { tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [] };
  });
}

export class NotesService {
  /** Every store opened or opening, by document id. */
  private readonly stores = new Map<string, Promise<JsonStore<NotesData>>>();
  private readonly open = new Map<string, JsonStore<NotesData>>();
  /** Saves and copies under way (one may still be waiting for its store to open). */
  private readonly running = new Set<Promise<unknown>>();
  private readonly counts = new TagCounts();
  private scan: Promise<void> | null = null;
  private gathered: Notice[] = [];

  constructor(
    private readonly library: NotesLibrary,
    private readonly options: NotesStoreOptions = {},
  ) {
    library.onRemove((id) => this.close(id));
  }

  /** The document's annotations, in no particular order. */
  async list({ id }: { id: string }): Promise<Annotation[]> {
    const store = await this.storeFor(id);
    return store.data.annotations.map(copyAnnotation);
  }

  /**
   * Apply a batch in one write: upserts replace by id (or add), then deletes
   * remove by id (an unknown id is ignored). AppError('not-found') when the
   * document is not in the library; AppError('storage') when the write fails,
   * with nothing of the batch kept.
   */
  async save({ id, upserts, deletes }: SaveArgs): Promise<null> {
    return this.track(id, async (store) => {
      const gone = new Set(deletes);
      if (upserts.length === 0 && !store.data.annotations.some((a) => gone.has(a.id))) return null;
      await this.write(id, store, (data) => {
        const at = new Map(data.annotations.map((a, i) => [a.id, i]));
        for (const a of upserts) {
          const copy = copyAnnotation(a);
          const i = at.get(a.id);
          const old = i === undefined ? undefined : data.annotations[i];
          if (i === undefined || old === undefined) {
            at.set(a.id, data.annotations.length);
            data.annotations.push(copy);
          } else {
            this.counts.change(id, old.tags, -1);
            data.annotations[i] = copy;
          }
          this.counts.change(id, copy.tags, 1);
        }
        if (gone.size === 0) return;
        data.annotations = data.annotations.filter((a) => {
          if (!gone.has(a.id)) return true;
          this.counts.change(id, a.tags, -1);
          return false;
        });
      });
      return null;
    });
  }

  /**
   * Copy `from`'s annotations into `id` with new ids, their targets as they
   * were (the renderer anchors them again in this text). An annotation whose
   * quote, note and creation time are already there is skipped, so copying
   * twice adds nothing.
   */
  async copyFrom({ id, from }: { id: string; from: string }): Promise<{ copied: number }> {
    this.library.record(from);
    return this.track(id, async (target) => {
      const source = await this.storeFor(from);
      const seen = new Set(target.data.annotations.map(sameNoteKey));
      const updatedAt = (this.options.now?.() ?? new Date()).toISOString();
      const copies: Annotation[] = [];
      for (const a of source.data.annotations) {
        const key = sameNoteKey(a);
        if (seen.has(key)) continue;
        seen.add(key);
        copies.push({ ...copyAnnotation(a), id: randomUUID(), updatedAt });
      }
      if (copies.length > 0) {
        await this.write(id, target, (data) => {
          for (const c of copies) {
            data.annotations.push(c);
            this.counts.change(id, c.tags, 1);
          }
        });
      }
      return { copied: copies.length };
    });
  }

  /** Every tag in use in any document, most used first. */
  async tags(): Promise<string[]> {
    this.scan ??= this.scanAll();
    await this.scan;
    return this.counts.sorted();
  }

  /** Notices from opening notes databases (one restored from a backup); each handed out once. */
  notices(): Notice[] {
    const out = this.gathered;
    this.gathered = [];
    return out;
  }

  pendingWrites(): number {
    let n = this.running.size;
    for (const store of this.open.values()) n += store.pendingWrites();
    return n;
  }

  /** Resolves when every change made so far is on disk (or has failed). */
  async flush(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    await Promise.all([...this.open.values()].map((s) => s.flush()));
  }

  /** Close a removed document's database and drop its backups (its notes go with it). */
  async close(id: string): Promise<void> {
    const pending = this.stores.get(id);
    this.stores.delete(id);
    if (pending) await (await pending.catch(() => null))?.flush();
    this.open.delete(id);
    this.counts.dropDoc(id);
    const place = { dir: this.library.paths.backupsDir, name: notesBackupName(id) };
    for (const name of await listBackups(place)) await unlink(join(place.dir, name)).catch(() => undefined);
  }

  /** Run `task` on `id`'s store; until it settles, flush() waits for it. */
  private track<T>(id: string, task: (store: JsonStore<NotesData>) => Promise<T>): Promise<T> {
    const op = this.storeFor(id).then(task);
    const settled = op.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return op;
  }

  /** One durable write; if it fails the store rolls back, and so do the counts. */
  private async write(
    id: string,
    store: JsonStore<NotesData>,
    mutate: (data: NotesData) => void,
  ): Promise<void> {
    try {
      await store.update(mutate);
    } catch (err) {
      if (this.counts.has(id)) this.counts.setDoc(id, store.data.annotations);
      throw err;
    }
  }

  private async storeFor(id: string): Promise<JsonStore<NotesData>> {
    this.library.record(id);
    let pending = this.stores.get(id);
    if (!pending) {
      const opening = this.openStore(id);
      pending = opening;
      this.stores.set(id, opening);
      opening.catch(() => {
        if (this.stores.get(id) === opening) this.stores.delete(id);
      });
    }
    const store = await pending;
    // Removed while it was opening.
    if (!this.library.has(id)) throw new AppError('not-found', 'no such document in the library', { id });
    return store;
  }

  private async openStore(id: string): Promise<JsonStore<NotesData>> {
    const store = await openNotesDb(this.library.paths, id, this.options);
    if (this.stores.has(id)) this.open.set(id, store);
    const title = this.library.has(id) ? this.library.record(id).title : id;
    for (const notice of store.drainNotices()) {
      this.gathered.push({
        ...notice,
        params: { ...notice.params, file: `${title} / notes.json`, document: id },
      });
    }
    if (this.scan) this.counts.setDoc(id, store.data.annotations);
    return store;
  }

  private async scanAll(): Promise<void> {
    const ids = this.library.list().map((r) => r.id);
    const next = async (): Promise<void> => {
      for (let id = ids.pop(); id !== undefined; id = ids.pop()) await this.scanOne(id);
    };
    await Promise.all(Array.from({ length: SCAN_CONCURRENCY }, next));
  }

  private async scanOne(id: string): Promise<void> {
    const pending = this.stores.get(id);
    if (pending) {
      const store = await pending.catch(() => null);
      if (store && this.open.has(id)) this.counts.setDoc(id, store.data.annotations);
      return;
    }
    let text: string | null;
    try {
      text = await readNotesText(this.library.paths, id);
    } catch (err) {
      this.log(`could not read the notes of ${id}`, err);
      return;
    }
    // Opened (and so counted) or removed while the file was read.
    if (text === null || this.stores.has(id) || !this.library.has(id)) return;
    try {
      this.counts.setDoc(id, tagsInText(text));
    } catch (err) {
      this.log(`the notes of ${id} are damaged; their tags count once they are restored`, err);
    }
  }

  private log(message: string, err?: unknown): void {
    (this.options.log ?? console.warn)(message, err);
  }
}
