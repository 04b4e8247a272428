// Reads the files a user chose in a native dialog. The paths come from the
// dialog, never from the renderer; oversized files are reported, not read.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PickedFile } from '../src-shared/api';
import { MAX_IMPORT_BYTES } from '../src-shared/model';

export async function readPickedFiles(paths: readonly string[]): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for (const path of paths) {
    const fileName = basename(path);
    try {
      const info = await stat(path);
      if (!info.isFile()) files.push({ fileName, bytes: null, error: 'unsupported-type' });
      else if (info.size > MAX_IMPORT_BYTES) files.push({ fileName, bytes: null, error: 'too-large' });
      else if (info.size === 0) files.push({ fileName, bytes: null, error: 'empty-file' });
      else files.push({ fileName, bytes: new Uint8Array(await readFile(path)) });
    } catch {
      files.push({ fileName, bytes: null, error: 'not-found' });
    }
  }
  return files;
}
