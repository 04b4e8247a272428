// Durable file replacement: write a temp file beside the target, fsync it,
// rename it over the target, fsync the folder. A crash or a full disk at any
// step leaves either the old file or the new one, never a torn mix.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../src-shared/errors';

/** The file-system steps of an atomic write; tests replace one to simulate a failure. */
export interface WriteOps {
  /** Create `path`, write all of `data`, fsync and close it. */
  writeTemp(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Make a rename in `dir` durable. */
  syncDir(dir: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const TEMP_MARK = '.tmp-';

async function writeTemp(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; its renames are durable enough there.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** On Windows a virus scanner or indexer may hold the target for a moment. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      if (process.platform !== 'win32' || attempt >= 5 || !RETRYABLE.has(errnoCode(err) ?? '')) throw err;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}

export const nodeWriteOps: WriteOps = {
  writeTemp,
  rename: renameWithRetry,
  syncDir,
  unlink: (path) => unlink(path),
};

export function errnoCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') {
    return err.code;
  }
  return undefined;
}

/** Every write failure becomes AppError('storage'); a full disk says so. */
export function storageError(err: unknown, file: string): AppError {
  if (err instanceof AppError) return err;
  const code = errnoCode(err) ?? 'unknown';
  const message = code === 'ENOSPC' ? 'the disk is full' : `could not write ${basename(file)}`;
  return new AppError('storage', message, { file: basename(file), reason: code });
}

/** Replace `file` with `data` atomically and durably; the old file survives any failure. */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  ops: WriteOps = nodeWriteOps,
): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `${basename(file)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
  try {
    await ops.writeTemp(temp, data);
    await ops.rename(temp, file);
  } catch (err) {
    await ops.unlink(temp).catch(() => undefined);
    throw storageError(err, file);
  }
  try {
    await ops.syncDir(dir);
  } catch (err) {
    // The new file is in place; only its durability across a power cut is unsure.
    throw storageError(err, file);
  }
}

/** Remove temp files a crash left between writing and renaming (`<name>.tmp-<hex>`). */
export async function removeStaleTemps(dir: string, fileName: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const prefix = `${fileName}${TEMP_MARK}`;
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix) && /^[0-9a-f]+$/.test(n.slice(prefix.length)))
      .map((n) => unlink(join(dir, n)).catch(() => undefined)),
  );
}
