// The commands that move notes and documents in and out of the library:
// notes-import, pdf, import, backup, restore (each in its own file).
import { NOTES_IMPORT_USAGE, parseNotesImportArgs, runNotesImport, type NotesImportCommand } from './notes-import';
import { parsePdfArgs, PDF_USAGE, runPdfCopy, type PdfCommand } from './pdf-copy';

export type InteropCommand = NotesImportCommand | PdfCommand;

export const INTEROP_USAGE = [NOTES_IMPORT_USAGE, PDF_USAGE].join('\n\n');

/** The command named `name` with its arguments, or null when it is not one of these. */
export function parseInteropArgs(name: string, rest: readonly string[]): InteropCommand | null {
  switch (name) {
    case 'notes-import':
      return parseNotesImportArgs(rest);
    case 'pdf':
      return parsePdfArgs(rest);
    default:
      return null;
  }
}

export function runInterop(cmd: InteropCommand): Promise<string> {
  switch (cmd.command) {
    case 'notes-import':
      return runNotesImport(cmd);
    case 'pdf':
      return runPdfCopy(cmd);
  }
}
