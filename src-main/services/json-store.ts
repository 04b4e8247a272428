// A durable JSON database on lowdb: atomic writes through one queue (bursts
// coalesce into one write), rollback of changes a failed write could not
// keep, rotating last-good backups, and recovery from a damaged file.
import { mkdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import type { Notice } from '../../src-shared/api';
import { AppError } from '../../src-shared/errors';
import { errnoCode, nodeWriteOps, removeStaleTemps, storageError, writeFileAtomic } from './atomic-write';
import type { WriteOps } from './atomic-write';
import { fileStamp, listBackups, readBackup, writeBackup } from './backups';
import type { BackupPlace } from './backups';
import { DamagedDatabaseError, decodeDatabase, encodeDatabase, NewerVersionError } from './database-codec';
import type { DatabaseCodec, Versioned } from './database-codec';
import { JsonFileAdapter } from './json-file-adapter';

export interface StoreOptions<T extends Versioned> extends DatabaseCodec<T> {
  /** The database file, e.g. `<userData>/library.json`. */
  file: string;
  /** Where last-good copies go (`<backupDir>/<backupName>.<timestamp>.json`). */
  backupDir: string;
  /** Default: the file's name without `.json`; per-document databases need their own (e.g. `notes-<id>`). */
  backupName?: string;
  /** A fresh, empty database. */
  defaults: () => T;
  /** How many backups to keep (default 5). */
  keepBackups?: number;
  /** At most one backup per this interval while writing (default one minute). */
  backupIntervalMs?: number;
  now?: () => Date;
  ops?: WriteOps;
  log?: (message: string, err?: unknown) => void;
  /** Read-only mode (a newer version's library): nothing is written, not even a backup. */
  readOnly?: boolean;
}

/** How the database came to be open; 'newer': a newer version's file, open read-only. */
export type OpenState = 'created' | 'opened' | 'restored' | 'lost' | 'newer';

/** The error every write gets in read-only mode. */
export function readOnlyError(file: string): AppError {
  return new AppError('storage', 'the library is open read-only', {
    file: basename(file),
    reason: 'read-only',
  });
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class JsonStore<T extends Versioned> {
  private readonly low: Low<T>;
  private readonly adapter: JsonFileAdapter<T>;
  private readonly place: BackupPlace;
  private readonly fileName: string;
  private gathered: Notice[] = [];
  private queued: Waiter[] = [];
  private inFlight = 0;
  private pump: Promise<void> = Promise.resolve();
  private running = false;
  private lastBackupAt = Number.NEGATIVE_INFINITY;
  private openState: OpenState = 'created';
  /** A damaged file that could not be moved aside yet: it must be before anything is written over it. */
  private asidePending: string | null = null;
  /** Backups one after another (the one made on opening runs while the data is already in use). */
  private backups: Promise<void> = Promise.resolve();

  private constructor(private readonly options: StoreOptions<T>) {
    this.adapter = new JsonFileAdapter(options.file, options, this.ops);
    this.low = new Low(this.adapter, options.defaults());
    this.fileName = basename(options.file);
    this.place = { dir: options.backupDir, name: options.backupName ?? this.fileName.replace(/\.json$/, '') };
  }

  static async open<T extends Versioned>(options: StoreOptions<T>): Promise<JsonStore<T>> {
    const store = new JsonStore(options);
    await store.load();
    return store;
  }

  /** The live data: read it freshly after each await, since a failed write replaces it. */
  get data(): T {
    return this.low.data;
  }

  get state(): OpenState {
    return this.openState;
  }

  /** Why nothing may be written (read-only mode, a newer version's file), or null. */
  get readOnly(): 'read-only' | 'newer-version' | null {
    if (this.openState === 'newer') return 'newer-version';
    return this.options.readOnly ? 'read-only' : null;
  }

  /** Notices gathered while opening; each is handed out once. */
  drainNotices(): Notice[] {
    const out = this.gathered;
    this.gathered = [];
    return out;
  }

  /**
   * Apply `mutate` now and make it durable. Mutators must check before they
   * change anything. If the write fails, every change not yet on disk is
   * rolled back and every caller waiting on it gets AppError('storage').
   */
  update(mutate: (data: T) => void): Promise<void> {
    if (this.readOnly) return Promise.reject(this.refusal());
    mutate(this.low.data);
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ resolve, reject });
      if (!this.running) {
        this.running = true;
        this.pump = this.drain();
      }
    });
  }

  /**
   * Write `data` as the file's content (not the live data) once earlier
   * writes are done; the live data is left alone whatever happens. For a
   * caller that keeps its own log of changes (the notes journal).
   */
  async writeExact(data: T): Promise<void> {
    if (this.readOnly) throw this.refusal();
    await this.flush();
    await this.moveAsideIfPending();
    await this.adapter.write(data);
    await this.backupIfDue();
  }

  /** The error a write gets in read-only mode, saying why. */
  refusal(): AppError {
    if (this.openState === 'newer') {
      return new AppError('storage', `${this.fileName} was written by a newer version of ReportLens`, {
        file: this.fileName,
        reason: 'newer-version',
      });
    }
    return readOnlyError(this.options.file);
  }

  /** Changes made but not yet on disk. */
  pendingWrites(): number {
    return this.queued.length + this.inFlight;
  }

  /** Resolves when every change made so far has been written (or has failed), and the backups too. */
  async flush(): Promise<void> {
    while (this.running) await this.pump;
    await this.backups;
  }

  private get ops(): WriteOps {
    return this.options.ops ?? nodeWriteOps;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private log(message: string, err?: unknown): void {
    (this.options.log ?? console.warn)(message, err);
  }

  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0) await this.writeBatch();
    } finally {
      // Cleared in the same synchronous step as the last check, so no update is stranded.
      this.running = false;
    }
  }

  private async writeBatch(): Promise<void> {
    const batch = this.queued;
    this.queued = [];
    this.inFlight = batch.length;
    try {
      await this.moveAsideIfPending();
      await this.low.write();
    } catch (err) {
      // Changes queued behind the failed write were made on top of it: they go too.
      const failed = [...batch, ...this.queued];
      this.queued = [];
      this.inFlight = 0;
      this.low.data = this.durableData();
      const error = storageError(err, this.options.file);
      for (const w of failed) w.reject(error);
      return;
    }
    this.inFlight = 0;
    for (const w of batch) w.resolve();
    await this.backupIfDue();
  }

  private durableData(): T {
    const text = this.adapter.lastText;
    return text === null ? this.options.defaults() : decodeDatabase(text, this.options, this.fileName);
  }

  private async moveAsideIfPending(): Promise<void> {
    const name = this.asidePending;
    if (name === null) return;
    await rename(this.options.file, join(dirname(this.options.file), name)).catch((err: unknown) => {
      if (errnoCode(err) !== 'ENOENT') throw storageError(err, this.options.file);
    });
    this.asidePending = null;
  }

  private async backupIfDue(): Promise<void> {
    const now = this.now();
    if (now.getTime() - this.lastBackupAt < (this.options.backupIntervalMs ?? 60_000)) return;
    this.lastBackupAt = now.getTime();
    try {
      // Back up what is on disk, read back and checked, not what we meant to write.
      const onDisk = await this.adapter.read();
      if (onDisk && this.adapter.lastText !== null) await this.backup(this.adapter.lastText, now);
    } catch (err) {
      this.log(`backup of ${this.fileName} failed`, err);
    }
  }

  private backup(text: string, now: Date): Promise<void> {
    const next = this.backups.then(async () => {
      await writeBackup(this.place, text, now, this.options.keepBackups ?? 5, this.ops);
    });
    this.backups = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<void> {
    const { file } = this.options;
    const readOnly = this.options.readOnly === true;
    if (!readOnly) {
      await mkdir(dirname(file), { recursive: true }).catch((err: unknown) => this.log('mkdir failed', err));
      await removeStaleTemps(dirname(file), this.fileName);
    }
    let damage: DamagedDatabaseError | null = null;
    try {
      await this.low.read();
    } catch (err) {
      if (err instanceof NewerVersionError) {
        // Never written over: shown as far as today's schema can read it.
        this.openState = 'newer';
        this.low.data = (err.salvaged as T | null) ?? this.options.defaults();
        this.gathered.push({ level: 'error', key: 'notices.newerVersion', params: { file: this.fileName } });
        return;
      }
      if (!(err instanceof DamagedDatabaseError)) throw err;
      damage = err;
    }
    if (!damage && this.adapter.lastText !== null) {
      this.openState = 'opened';
      if (readOnly) return;
      const now = this.now();
      this.lastBackupAt = now.getTime();
      // The text read is kept as the last good copy while the data is already in use (flush() waits for it).
      void this.backup(this.adapter.lastText, now).catch((err: unknown) => this.log('backup failed', err));
      return;
    }
    const damaged = damage ? await this.setAside(damage) : null;
    const backup = await this.restoreNewestBackup();
    if (backup) {
      this.openState = 'restored';
      const params: Record<string, string> = { file: this.fileName, backup };
      if (damaged) params['damaged'] = damaged;
      this.gathered.push({ level: 'warning', key: 'notices.restored', params });
    } else if (damaged) {
      // Nothing is written now: the first change writes the file (reading never needs a write).
      this.openState = 'lost';
      this.low.data = this.options.defaults();
      this.gathered.push({
        level: 'error',
        key: 'notices.lostDatabase',
        params: { file: this.fileName, damaged },
      });
    }
  }

  /** Keep the damaged file for the user (and for support); never delete it, never write over it. */
  private async setAside(damage: DamagedDatabaseError): Promise<string> {
    const name = `${this.place.name}.damaged-${fileStamp(this.now())}.json`;
    this.log(`${this.fileName} is damaged (${damage.message}); kept as ${name}`);
    this.asidePending = name;
    // On a read-only disk it stays where it is until a write can move it (before writing over it).
    if (!this.options.readOnly)
      await this.moveAsideIfPending().catch((err: unknown) => this.log('set aside failed', err));
    return name;
  }

  private async restoreNewestBackup(): Promise<string | null> {
    for (const name of await listBackups(this.place)) {
      let data: T;
      try {
        data = decodeDatabase(await readBackup(this.place, name), this.options, name);
      } catch (err) {
        this.log(`backup ${name} is not usable`, err);
        continue;
      }
      this.low.data = data;
      const text = encodeDatabase(data);
      // Rolled back to after a failed write, even while it is not on disk yet.
      this.adapter.lastText = text;
      if (this.options.readOnly || this.asidePending !== null) return name;
      try {
        await writeFileAtomic(this.options.file, text, this.ops);
      } catch (err) {
        // Shown from memory; the next change writes it.
        this.log(`could not write the restored ${this.fileName}`, err);
      }
      return name;
    }
    return null;
  }
}
