// Lists the reports in a folder the user chose (in the native dialog: the path
// never comes from the renderer), recursively, leaving out what is not a report
// and saying why. Caps keep a folder of thousands of files or a deep tree from
// filling memory or running for minutes; symbolic links are not followed (no loops).
// The files are read one at a time as the renderer imports them (FolderPicker),
// never all at once: 300 reports of a gigabyte would not go through one message.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FolderPick, SkipReason } from '../../../src-shared/corpus/api';
import type { PickedFile } from '../../../src-shared/api';
import { MAX_IMPORT_BYTES } from '../../../src-shared/model';

/** A report found in the folder, not read yet. */
export interface ListedFile {
  path: string;
  fileName: string;
  size: number;
}

/** The walk of a folder: its reports, listed, and what was left out. */
export interface FolderListing {
  folder: string;
  files: ListedFile[];
  skipped: FolderPick['skipped'];
}

export interface FolderLimits {
  /** Folders below this depth are not entered (the chosen folder is depth 0). */
  maxDepth: number;
  /** Reports read at most; the rest are counted as `too-many`. */
  maxFiles: number;
  /** Bytes read at most over all reports. */
  maxTotalBytes: number;
  /** Directory entries looked at, at most (a folder of 100,000 files is not listed to the end). */
  maxEntries: number;
}

export const FOLDER_LIMITS: FolderLimits = {
  maxDepth: 6,
  maxFiles: 300,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 20_000,
};

const REPORT = /\.(pdf|txt|docx)$/i;
const EXAMPLES = 3;

class Skipped {
  private readonly byReason = new Map<SkipReason, { count: number; examples: string[] }>();
  add(reason: SkipReason, name: string, count = 1): void {
    const entry = this.byReason.get(reason) ?? { count: 0, examples: [] };
    entry.count += count;
    if (entry.examples.length < EXAMPLES) entry.examples.push(name);
    this.byReason.set(reason, entry);
  }
  list(): FolderPick['skipped'] {
    return [...this.byReason].map(([reason, e]) => ({ reason, count: e.count, examples: e.examples }));
  }
}

export async function readReportFolder(
  root: string,
  limits: FolderLimits = FOLDER_LIMITS,
): Promise<FolderListing> {
  const files: ListedFile[] = [];
  const skipped = new Skipped();
  let entries = 0;
  let bytes = 0;

  async function walk(dir: string, rel: string, depth: number): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(dir)).sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }));
    } catch {
      skipped.add('unreadable', rel || basename(dir));
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const shown = rel ? `${rel}/${name}` : name;
      if (++entries > limits.maxEntries) {
        skipped.add('too-many', shown);
        continue;
      }
      // Hidden files and Office's lock files (`~$报告.docx`) are never reports.
      if (name.startsWith('.') || name.startsWith('~$')) {
        skipped.add('hidden', shown);
        continue;
      }
      let info;
      try {
        info = await lstat(path);
      } catch {
        skipped.add('unreadable', shown);
        continue;
      }
      if (info.isDirectory()) {
        if (depth + 1 > limits.maxDepth) skipped.add('too-deep', shown);
        else await walk(path, shown, depth + 1);
        continue;
      }
      if (!info.isFile() || !REPORT.test(name)) skipped.add('not-a-report', shown);
      else if (info.size === 0) skipped.add('empty', shown);
      else if (info.size > MAX_IMPORT_BYTES) skipped.add('too-large', shown);
      else if (files.length >= limits.maxFiles || bytes + info.size > limits.maxTotalBytes)
        skipped.add('too-many', shown);
      else {
        files.push({ path, fileName: name, size: info.size });
        bytes += info.size;
      }
    }
  }

  await walk(root, '', 0);
  return { folder: basename(root), files, skipped: skipped.list() };
}

/** Reads one listed report; a file gone or grown since the walk is refused with its reason. */
export async function readListedFile(file: ListedFile): Promise<PickedFile> {
  try {
    const info = await lstat(file.path);
    if (!info.isFile()) return { fileName: file.fileName, bytes: null, error: 'not-found' };
    if (info.size > MAX_IMPORT_BYTES) return { fileName: file.fileName, bytes: null, error: 'too-large' };
    if (info.size === 0) return { fileName: file.fileName, bytes: null, error: 'empty-file' };
    return { fileName: file.fileName, bytes: new Uint8Array(await readFile(file.path)) };
  } catch {
    return { fileName: file.fileName, bytes: null, error: 'not-found' };
  }
}

/**
 * The folder the user picked last: its listing stays in the main process and
 * the renderer asks for its files by their place in the list, so no path ever
 * comes from the renderer.
 */
export class FolderPicker {
  private listing: FolderListing | null = null;

  constructor(private readonly dialog: () => Promise<FolderListing | null>) {}

  async pick(): Promise<FolderPick | null> {
    const listing = await this.dialog();
    this.listing = listing;
    if (!listing) return null;
    return {
      folder: listing.folder,
      files: [],
      listed: listing.files.map((f) => f.fileName),
      skipped: listing.skipped,
    };
  }

  async read({ index }: { index: number }): Promise<PickedFile> {
    const file = this.listing?.files[index];
    return file ? readListedFile(file) : { fileName: '', bytes: null, error: 'not-found' };
  }
}
