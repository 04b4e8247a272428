// The commands that move notes and documents in and out of the library:
// notes-import, pdf, import, backup, restore (each in its own file).
import {
  NOTES_IMPORT_USAGE,
  parseNotesImportArgs,
  runNotesImport,
  type NotesImportCommand,
} from './notes-import';
import {
  BACKUP_USAGE,
  parseBackupArgs,
  parseRestoreArgs,
  runBackup,
  runRestore,
  type BackupCommand,
  type RestoreCommand,
} from './backup';
import { IMPORT_USAGE, parseImportArgs, runImport, type ImportCommand } from './import';
import { parsePdfArgs, PDF_USAGE, runPdfCopy, type PdfCommand } from './pdf-copy';

export type InteropCommand = NotesImportCommand | PdfCommand | ImportCommand | BackupCommand | RestoreCommand;

export const INTEROP_USAGE = [IMPORT_USAGE, NOTES_IMPORT_USAGE, PDF_USAGE, BACKUP_USAGE].join('\n\n');

/** The command named `name` with its arguments, or null when it is not one of these. */
export function parseInteropArgs(name: string, rest: readonly string[]): InteropCommand | null {
  switch (name) {
    case 'notes-import':
      return parseNotesImportArgs(rest);
    case 'pdf':
      return parsePdfArgs(rest);
    case 'import':
      return parseImportArgs(rest);
    case 'backup':
      return parseBackupArgs(rest);
    case 'restore':
      return parseRestoreArgs(rest);
    default:
      return null;
  }
}

/** Runs the command, writing what it prints; resolves to the exit code. */
export async function runInterop(
  cmd: InteropCommand,
  write: (text: string) => Promise<void>,
): Promise<number> {
  switch (cmd.command) {
    case 'notes-import':
      await write(await runNotesImport(cmd));
      return 0;
    case 'pdf':
      await write(await runPdfCopy(cmd));
      return 0;
    case 'import':
      return runImport(cmd, write);
    case 'backup':
      await write(await runBackup(cmd));
      return 0;
    case 'restore':
      await write(await runRestore(cmd));
      return 0;
  }
}
