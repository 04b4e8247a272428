// A marker file that exists while the app runs: found at start-up, it says
// the last session did not end cleanly (a crash, a kill, a power cut), so an
// unfinished last line in a notes journal is what a crash leaves. Found
// missing, the app was closed cleanly since, and such a line is damage
// (a file truncated in the middle), which the user is told about.
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import type { LibraryPaths } from './paths';

export const SESSION_FILE = 'session.open';

export function sessionFile(paths: LibraryPaths): string {
  return join(paths.root, SESSION_FILE);
}

/** Start a session; says whether the previous one ended cleanly. Best effort on a disk that cannot be written. */
export async function beginSession(
  paths: LibraryPaths,
  log: (message: string, err?: unknown) => void,
): Promise<{ closedCleanly: boolean }> {
  const file = sessionFile(paths);
  const left = await readFile(file, 'utf8').then(
    () => true,
    () => false,
  );
  await writeFileAtomic(file, JSON.stringify({ pid: process.pid, at: new Date().toISOString() })).catch(
    (err: unknown) => log('could not mark the session open', err),
  );
  return { closedCleanly: !left };
}

export async function endSession(
  paths: LibraryPaths,
  log: (message: string, err?: unknown) => void,
): Promise<void> {
  await unlink(sessionFile(paths)).catch((err: unknown) => log('could not mark the session closed', err));
}
