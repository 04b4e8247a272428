// Documents the OS asks the app to open: a .pdf/.txt/.docx double-clicked in a
// file manager arrives as a path on the command line (Windows, Linux) or as an
// 'open-file' event (macOS); a reportlens:// link only brings the app forward.
import { extname } from 'node:path';

export const DOCUMENT_EXTENSIONS = ['pdf', 'txt', 'docx'] as const;
export const URL_SCHEME = 'reportlens';

/** The document paths in a command line (Chromium's own switches and URLs left out). */
export function documentPathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter(
    (arg) =>
      !arg.startsWith('-') &&
      !arg.includes('://') &&
      (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(arg).slice(1).toLowerCase()),
  );
}
