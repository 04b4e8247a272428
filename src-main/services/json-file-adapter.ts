// The lowdb adapter: reads a checked database (DamagedDatabaseError when it is
// not one), writes atomically, and remembers the text last known to be on disk.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { errnoCode, nodeWriteOps, storageError, writeFileAtomic } from './atomic-write';
import type { WriteOps } from './atomic-write';
import { decodeDatabase, encodeDatabase } from './database-codec';
import type { DatabaseCodec, Versioned } from './database-codec';

export class JsonFileAdapter<T extends Versioned> implements Adapter<T> {
  /** The text on disk after the last successful read or write; null while there is no file. */
  lastText: string | null = null;

  constructor(
    readonly file: string,
    private readonly codec: DatabaseCodec<T>,
    private readonly ops: WriteOps = nodeWriteOps,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return null;
      throw storageError(err, this.file);
    }
    const text = bytes.toString('utf8');
    const data = decodeDatabase(text, this.codec, basename(this.file), bytes);
    this.lastText = text;
    return data;
  }

  /** Serialises `data` before the first await, so later mutations wait for the next write. */
  async write(data: T): Promise<void> {
    const text = encodeDatabase(data);
    await writeFileAtomic(this.file, text, this.ops);
    this.lastText = text;
  }
}
