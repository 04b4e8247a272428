// After a crash, an unfinished last line may sit in the journal of any
// document, also of one nobody opens this session. Cut it off now, while it
// is known to be a crash's doing: after the next clean quit the same line
// would read as damage (a file truncated in the middle) and alarm the user.
import { open, readdir, readFile } from 'node:fs/promises';
import { journalFile } from './notes-db';
import { parseJournal } from './notes-journal';
import { isDocId } from './paths';
import type { LibraryPaths } from './paths';

export async function trimTornTails(
  paths: LibraryPaths,
  log: (message: string, err?: unknown) => void,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(paths.docsDir);
  } catch {
    return 0;
  }
  let trimmed = 0;
  for (const id of names.filter(isDocId)) {
    const file = journalFile(paths, id);
    try {
      const text = await readFile(file, 'utf8');
      if (text === '' || text.endsWith('\n')) continue;
      const { torn, damaged } = parseJournal(text);
      // Damage is left for opening to set aside and report.
      if (!torn || damaged > 0) continue;
      const cut = text.lastIndexOf('\n') + 1;
      const handle = await open(file, 'r+');
      try {
        await handle.truncate(Buffer.byteLength(text.slice(0, cut)));
        await handle.datasync();
      } finally {
        await handle.close();
      }
      trimmed++;
    } catch (err) {
      if ((err as { code?: string }).code !== 'ENOENT') log(`could not trim the journal of ${id}`, err);
    }
  }
  return trimmed;
}
