// One document's notes, open: notes.json (a JsonStore: schema version,
// migrations, atomic writes, backups, recovery) plus notes.journal, the
// changes since notes.json was written, one line per save. A save appends
// its line and syncs it, so it costs the size of the change, not of the
// document (10,000 annotations are megabytes); now and then the journal is
// folded into notes.json and removed. Opening replays it.
import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Notice } from '../../src-shared/api';
import type { Annotation } from '../../src-shared/model';
import { errnoCode, nodeWriteOps, storageError } from './atomic-write';
import type { WriteOps } from './atomic-write';
import { fileStamp } from './backups';
import type { JsonStore } from './json-store';
import { journalFile, NOTES_SCHEMA_VERSION, openNotesDb } from './notes-db';
import type { NotesData, NotesStoreOptions } from './notes-db';
import { applyChange, encodeEntry, parseJournal, undoChange } from './notes-journal';
import type { NotesChange, Touched } from './notes-journal';
import type { LibraryPaths } from './paths';

/** Append `text` to `file` and make it durable (the file is created if missing). */
export type AppendFile = (file: string, text: string) => Promise<void>;

async function appendDurable(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.writeFile(text);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

export interface NotesDocOptions extends NotesStoreOptions {
  append?: AppendFile;
  /** The app closed cleanly last time: an unfinished last journal line is damage, not a crash. */
  tornTailIsDamage?: boolean;
  /** Fold the journal into notes.json once it holds this many changes (default 500)… */
  compactEntries?: number;
  /** …or this many bytes (default 2 MB). */
  compactBytes?: number;
}

interface Pending {
  line: string;
  touched: Touched[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class NotesDocument {
  private queue: Pending[] = [];
  private inFlight = 0;
  private running = false;
  private pump: Promise<void> = Promise.resolve();
  private entries = 0;
  private bytes = 0;
  /** The journal may end in half a line (a failed append, a crash) or is damaged: fold it in before appending again. */
  private broken = false;
  /** The damaged journal's name once set aside: it is moved, never deleted, when folded in. */
  private asidePending: string | null = null;
  /** No fold is tried before this time after one failed (a full disk is not asked every save). */
  private foldRetryAt = 0;
  private readonly notices: Notice[];

  private constructor(
    private readonly store: JsonStore<NotesData>,
    private readonly journal: string,
    private readonly options: NotesDocOptions,
  ) {
    this.notices = store.drainNotices();
  }

  static async open(paths: LibraryPaths, id: string, options: NotesDocOptions = {}): Promise<NotesDocument> {
    const store = await openNotesDb(paths, id, options);
    const doc = new NotesDocument(store, journalFile(paths, id), options);
    await doc.replay();
    return doc;
  }

  /** The live list: read it afresh after each await. */
  get annotations(): Annotation[] {
    return this.store.data.annotations;
  }

  /** What opening found (notes restored from a backup, a damaged journal); each handed out once. */
  drainNotices(): Notice[] {
    return this.notices.splice(0);
  }

  /**
   * Apply `change` now and make it durable; resolves once its line is synced.
   * If the append fails, the change (and any made after it) is taken back and
   * AppError('storage') is thrown. Returns what the change touched.
   */
  change(change: NotesChange): { touched: Touched[]; done: Promise<void> } {
    if (this.store.readOnly) {
      return { touched: [], done: Promise.reject(this.store.refusal()) };
    }
    const touched = applyChange(this.store.data.annotations, change);
    const done = new Promise<void>((resolve, reject) => {
      this.queue.push({ line: encodeEntry(change), touched, resolve, reject });
    });
    if (!this.running) {
      this.running = true;
      this.pump = this.drain();
    }
    return { touched, done };
  }

  /** Why this document's notes cannot be written at all, or null. */
  get readOnly(): 'read-only' | 'newer-version' | null {
    return this.store.readOnly;
  }

  pendingWrites(): number {
    return this.queue.length + this.inFlight + this.store.pendingWrites();
  }

  async flush(): Promise<void> {
    while (this.running) await this.pump;
    await this.store.flush();
  }

  private get append(): AppendFile {
    return this.options.append ?? appendDurable;
  }

  private get ops(): WriteOps {
    return this.options.ops ?? nodeWriteOps;
  }

  private log(message: string, err?: unknown): void {
    (this.options.log ?? console.warn)(message, err);
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        if (this.broken)
          await this.compact().catch((err: unknown) => this.log('could not repair the journal', err));
        await this.appendBatch();
        // Folded on size even while saves keep coming: only what is acknowledged goes into notes.json.
        if (this.due()) {
          await this.compact().catch((err: unknown) => {
            this.foldRetryAt = this.now().getTime() + 5_000;
            this.log('could not fold the notes journal in', err);
          });
        }
      }
    } finally {
      this.running = false;
    }
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private due(): boolean {
    if (this.now().getTime() < this.foldRetryAt) return false;
    return (
      this.entries >= (this.options.compactEntries ?? 500) ||
      this.bytes >= (this.options.compactBytes ?? 2 * 1024 * 1024)
    );
  }

  private async appendBatch(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.inFlight = batch.length;
    const text = batch.map((p) => p.line).join('');
    try {
      if (this.broken) throw new Error('the journal could not be repaired');
      await this.append(this.journal, text);
    } catch (err) {
      // Changes queued behind the failed ones were made on top of them: they go too.
      const failed = [...batch, ...this.queue];
      this.queue = [];
      this.inFlight = 0;
      for (let i = failed.length - 1; i >= 0; i--)
        undoChange(this.store.data.annotations, failed[i]?.touched ?? []);
      const error = storageError(err, this.journal);
      for (const p of failed) p.reject(error);
      // Cut off whatever half line the failed append left, or fold the journal in before the next one.
      this.broken = !(await this.truncate(this.bytes));
      return;
    }
    this.inFlight = 0;
    this.entries += batch.length;
    this.bytes += Buffer.byteLength(text);
    for (const p of batch) p.resolve();
  }

  /** Cut the journal back to the `length` bytes acknowledged so far; false when that failed. */
  private async truncate(length: number): Promise<boolean> {
    try {
      const handle = await open(this.journal, 'r+');
      try {
        await handle.truncate(length);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      return true;
    } catch (err) {
      return errnoCode(err) === 'ENOENT' && length === 0;
    }
  }

  /** The notes as the acknowledged saves left them: the live list without the changes still queued. */
  private acknowledged(): Annotation[] {
    const list = [...this.store.data.annotations];
    for (let i = this.queue.length - 1; i >= 0; i--) undoChange(list, this.queue[i]?.touched ?? []);
    return list;
  }

  /** Write notes.json with every acknowledged change, then drop the journal it now holds (or set a damaged one aside). */
  private async compact(): Promise<void> {
    // Taken before the first await: changes queued meanwhile are appended to the next journal.
    const annotations = this.acknowledged();
    await this.store.writeExact({ schemaVersion: NOTES_SCHEMA_VERSION, annotations });
    try {
      if (this.asidePending !== null) {
        await rename(this.journal, join(dirname(this.journal), this.asidePending));
        this.asidePending = null;
      } else {
        await this.ops.unlink(this.journal);
      }
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') throw storageError(err, this.journal);
      this.asidePending = null;
    }
    await this.ops.syncDir(dirname(this.journal)).catch(() => undefined);
    this.entries = 0;
    this.bytes = 0;
    this.broken = false;
    this.foldRetryAt = 0;
  }

  /** Lay the journal over notes.json in memory; fold it in if the disk lets us (reading never needs a write). */
  private async replay(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.journal, 'utf8');
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return;
      throw storageError(err, this.journal);
    }
    const { changes, damaged, torn } = parseJournal(text, {
      tornTailIsDamage: this.options.tornTailIsDamage,
    });
    for (const change of changes) applyChange(this.store.data.annotations, change);
    this.entries = changes.length;
    this.bytes = Buffer.byteLength(text);
    this.broken = torn || damaged > 0;
    if (damaged > 0) {
      const name = `${basename(this.journal)}.damaged-${fileStamp(this.now())}`;
      this.log(
        `${basename(this.journal)}: ${damaged} damaged line(s); the ${changes.length} that verify are kept; kept as ${name}`,
      );
      // Moved aside (never deleted) once notes.json holds what verified.
      this.asidePending = name;
      this.notices.push({
        level: 'warning',
        key: 'notices.journalDamaged',
        params: { file: basename(this.journal), damaged: name, lines: damaged, kept: changes.length },
      });
    }
    if (text === '' || this.store.readOnly) return;
    await this.compact().catch((err: unknown) =>
      this.log('could not fold the notes journal in; kept in memory', err),
    );
  }
}
