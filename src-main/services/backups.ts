// Rotating last-good copies of a database: `<dir>/<name>.<timestamp>.json`,
// the newest `keep` of them kept. Timestamps sort as text, so names sort by age.
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeWriteOps, writeFileAtomic } from './atomic-write';
import type { WriteOps } from './atomic-write';

export interface BackupPlace {
  dir: string;
  /** The database's name, e.g. 'library'. */
  name: string;
}

const STAMP = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/;

/** A file-name-safe, sortable timestamp: 2024-05-01T10-00-00-000Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function stampTime(stamp: string): number {
  return Date.parse(stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, 'T$1:$2:$3.$4Z'));
}

/** Backup file names of one database, newest first. */
export async function listBackups(place: BackupPlace): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(place.dir);
  } catch {
    return [];
  }
  const prefix = `${place.name}.`;
  return names
    .filter((n) => n.startsWith(prefix) && n.endsWith('.json') && STAMP.test(n.slice(prefix.length, -5)))
    .sort()
    .reverse();
}

export async function readBackup(place: BackupPlace, fileName: string): Promise<string> {
  return readFile(join(place.dir, fileName), 'utf8');
}

/** Whether the file holds exactly `text`, compared as bytes (megabytes of notes need not be decoded). */
async function sameText(file: string, text: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => null);
  return bytes !== null && bytes.length === Buffer.byteLength(text) && bytes.equals(Buffer.from(text));
}

/**
 * Store `text` as the newest backup unless it equals the newest one already
 * there, then drop all but the newest `keep`. Returns the backup's file name.
 */
export async function writeBackup(
  place: BackupPlace,
  text: string,
  now: Date,
  keep: number,
  ops: WriteOps = nodeWriteOps,
): Promise<string> {
  await mkdir(place.dir, { recursive: true });
  const existing = await listBackups(place);
  const newest = existing[0];
  if (newest !== undefined && (await sameText(join(place.dir, newest), text))) return newest;
  let fileName = `${place.name}.${fileStamp(now)}.json`;
  // Never overwrite a good copy with a same-millisecond one; a later stamp keeps the order.
  if (newest !== undefined && fileName <= newest) {
    const last = stampTime(newest.slice(place.name.length + 1, -5));
    fileName = `${place.name}.${fileStamp(new Date(last + 1))}.json`;
  }
  await writeFileAtomic(join(place.dir, fileName), text, ops);
  const stale = [fileName, ...existing].sort().reverse().slice(keep);
  await Promise.all(stale.map((n) => unlink(join(place.dir, n)).catch(() => undefined)));
  return fileName;
}
