// `backup --out FILE.zip [--data DIR]` and `restore FILE.zip [--data DIR]`:
// the whole library in one zip (written atomically), and back (into an empty
// library or merged into a full one, nothing twice), with a summary.
import { resolve } from 'node:path';
import { createServices } from '../services/create-services';
import { restoreBackupFile, writeBackup } from '../services/interop/backup';
import { libraryDir, type Environment } from './notes';
import { parseOptions, usageFail } from './options';

export const BACKUP_USAGE = `usage: reportlens backup --out FILE.zip [--data DIR]
       reportlens restore FILE.zip [--data DIR]

  backup   the library (documents, notes, indicator edits, sources) in one zip
  restore  adds what the backup has and the library lacks; prints a summary`;

export interface BackupCommand {
  command: 'backup';
  out: string;
  data?: string;
}

export interface RestoreCommand {
  command: 'restore';
  file: string;
  data?: string;
}

export function parseBackupArgs(rest: readonly string[]): BackupCommand {
  const { positional, options } = parseOptions(rest, ['out', 'data'], BACKUP_USAGE);
  const out = options.get('out');
  if (!out || positional.length > 0)
    throw usageFail('give the backup file with --out FILE.zip', BACKUP_USAGE);
  const data = options.get('data');
  return { command: 'backup', out, ...(data !== undefined ? { data } : {}) };
}

export function parseRestoreArgs(rest: readonly string[]): RestoreCommand {
  const { positional, options } = parseOptions(rest, ['data'], BACKUP_USAGE);
  if (positional.length !== 1) throw usageFail('give one backup file', BACKUP_USAGE);
  const data = options.get('data');
  return { command: 'restore', file: positional[0] ?? '', ...(data !== undefined ? { data } : {}) };
}

export async function runBackup(cmd: BackupCommand, environment?: Environment): Promise<string> {
  const services = await createServices(libraryDir(cmd.data, environment), { log: () => undefined });
  const out = resolve(cmd.out);
  const { documents, bytes } = await writeBackup(services, out);
  return `documents: ${documents}\nbytes: ${bytes}\n${out}\n`;
}

export async function runRestore(cmd: RestoreCommand, environment?: Environment): Promise<string> {
  const services = await createServices(libraryDir(cmd.data, environment), { log: () => undefined });
  try {
    const s = await restoreBackupFile(services, cmd.file);
    return [
      `documents added: ${s.documentsAdded}`,
      `documents already there: ${s.documentsThere}`,
      `notes added: ${s.notesAdded}`,
      `notes already there: ${s.notesThere}`,
      `indicator edits restored: ${s.indicatorEditsRestored}`,
      '',
    ].join('\n');
  } finally {
    await services.flush();
  }
}
