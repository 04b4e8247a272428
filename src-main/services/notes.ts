// Annotations, one lowdb database per document (docs/<id>/notes.json, with its
// journal: see notes-doc.ts), opened on first use and kept open. A save
// touches only its own document's files, in one write, however many documents
// have notes; the tag counts for autocomplete are built once from all files
// and then kept up to date.
import { randomUUID } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../../src-shared/api';
import { AppError } from '../../src-shared/errors';
import type { Annotation } from '../../src-shared/model';
import { listBackups } from './backups';
import type { LibraryService } from './library';
import { notesBackupName, readNotesTexts } from './notes-db';
import { NotesDocument } from './notes-doc';
import type { NotesDocOptions } from './notes-doc';
import { parseJournal } from './notes-journal';
import type { NotesChange, Touched } from './notes-journal';
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

/**
 * The annotations' tags in a notes file and its journal, read loosely:
 * autocomplete must not fail on one bad file.
 */
function tagsInFiles(snapshot: string | null, journal: string | null): Array<{ tags: readonly string[] }> {
  const byId = new Map<string, { tags: readonly string[] }>();
  if (snapshot !== null) {
    const raw: unknown = JSON.parse(snapshot);
    const list = (raw as { annotations?: unknown } | null)?.annotations;
    if (!Array.isArray(list)) throw new Error('no annotations');
    list.forEach((a: unknown, i) => {
      const { id, tags } = (a ?? {}) as { id?: unknown; tags?: unknown };
      byId.set(typeof id === 'string' ? id : `#${i}`, {
        tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
      });
    });
  }
  for (const change of parseJournal(journal ?? '').changes) {
    for (const a of change.upserts) byId.set(a.id, a);
    for (const id of change.deletes) byId.delete(id);
  }
  return [...byId.values()];
}

export class NotesService {
  /** Every document's notes opened or opening, by document id. */
  private readonly stores = new Map<string, Promise<NotesDocument>>();
  private readonly open = new Map<string, NotesDocument>();
  /** Saves and copies under way (one may still be waiting for its store to open). */
  private readonly running = new Set<Promise<unknown>>();
  private readonly counts = new TagCounts();
  private scan: Promise<void> | null = null;
  private gathered: Notice[] = [];

  constructor(
    private readonly library: NotesLibrary,
    private readonly options: NotesDocOptions = {},
  ) {
    library.onRemove((id) => this.close(id));
  }

  /**
   * Starts opening the document's notes (reading and checking notes.json
   * takes a while for thousands of annotations) so that the list the reader
   * asks for next is ready sooner.
   */
  prefetch(id: string): void {
    if (this.library.has(id)) void this.docFor(id).catch(() => undefined);
  }

  /** The document's annotations, in no particular order. */
  async list({ id }: { id: string }): Promise<Annotation[]> {
    const doc = await this.docFor(id);
    return doc.annotations.map(copyAnnotation);
  }

  /**
   * Apply a batch in one write: upserts replace by id (or add), then deletes
   * remove by id (an unknown id is ignored). AppError('not-found') when the
   * document is not in the library; AppError('storage') when the write fails,
   * with nothing of the batch kept.
   */
  async save({ id, upserts, deletes }: SaveArgs): Promise<null> {
    return this.track(id, async (doc) => {
      const gone = new Set(deletes);
      if (upserts.length === 0 && !doc.annotations.some((a) => gone.has(a.id))) return null;
      await this.change(id, doc, { upserts: upserts.map(copyAnnotation), deletes: [...deletes] });
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
      const source = await this.docFor(from);
      const seen = new Set(target.annotations.map(sameNoteKey));
      const updatedAt = (this.options.now?.() ?? new Date()).toISOString();
      const copies: Annotation[] = [];
      for (const a of source.annotations) {
        const key = sameNoteKey(a);
        if (seen.has(key)) continue;
        seen.add(key);
        copies.push({ ...copyAnnotation(a), id: randomUUID(), updatedAt });
      }
      if (copies.length > 0) await this.change(id, target, { upserts: copies, deletes: [] });
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

  /** Run `task` on `id`'s notes; until it settles, flush() waits for it. */
  private track<T>(id: string, task: (doc: NotesDocument) => Promise<T>): Promise<T> {
    const op = this.docFor(id).then(task);
    const settled = op.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return op;
  }

  /** One durable write; if it fails the document takes the change back, and so do the counts. */
  private async change(id: string, doc: NotesDocument, change: NotesChange): Promise<void> {
    const { touched, done } = doc.change(change);
    this.count(id, touched);
    try {
      await done;
    } catch (err) {
      if (this.counts.has(id)) this.counts.setDoc(id, doc.annotations);
      throw err;
    }
  }

  private count(id: string, touched: readonly Touched[]): void {
    for (const t of touched) {
      if (t.before) this.counts.change(id, t.before.tags, -1);
      if (t.after) this.counts.change(id, t.after.tags, 1);
    }
  }

  private async docFor(id: string): Promise<NotesDocument> {
    this.library.record(id);
    let pending = this.stores.get(id);
    if (!pending) {
      const opening = this.openDoc(id);
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

  private async openDoc(id: string): Promise<NotesDocument> {
    const store = await NotesDocument.open(this.library.paths, id, this.options);
    if (this.stores.has(id)) this.open.set(id, store);
    const title = this.library.has(id) ? this.library.record(id).title : id;
    for (const notice of store.drainNotices()) {
      this.gathered.push({
        ...notice,
        params: {
          ...notice.params,
          file: `${title} / ${notice.params?.['file'] ?? 'notes.json'}`,
          title,
          document: id,
        },
      });
    }
    if (this.scan) this.counts.setDoc(id, store.annotations);
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
      if (store && this.open.has(id)) this.counts.setDoc(id, store.annotations);
      return;
    }
    let texts: { snapshot: string | null; journal: string | null };
    try {
      texts = await readNotesTexts(this.library.paths, id);
    } catch (err) {
      this.log(`could not read the notes of ${id}`, err);
      return;
    }
    // Opened (and so counted) or removed while the files were read.
    if (this.stores.has(id) || !this.library.has(id)) return;
    try {
      this.counts.setDoc(id, tagsInFiles(texts.snapshot, texts.journal));
    } catch (err) {
      this.log(`the notes of ${id} are damaged; their tags count once they are restored`, err);
    }
  }

  private log(message: string, err?: unknown): void {
    (this.options.log ?? console.warn)(message, err);
  }
}
