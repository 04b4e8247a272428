// A folder dropped on the window: its reports read here (the files are the
// user's own, handed over by the drop), with the same limits and reasons as
// the folder dialog's walk in the main process (src-main/services/corpus/folder.ts).
import type { PickedFile } from '@shared/api';
import type { FolderPick, SkipReason } from '@shared/corpus/api';
import { MAX_IMPORT_BYTES } from '@shared/model';

export const DROP_LIMITS = { maxDepth: 6, maxFiles: 300, maxEntries: 20_000 };

const REPORT = /\.(pdf|txt|docx)$/i;

/** The entries of a drop, read at once: the DataTransfer empties when the handler yields. */
export function droppedEntries(dt: DataTransfer | null): FileSystemEntry[] {
  return Array.from(dt?.items ?? [])
    .map((item) => item.webkitGetAsEntry())
    .filter((e): e is FileSystemEntry => e !== null);
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((ok, fail) => reader.readEntries(ok, fail));
}

async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries hands entries out in batches until an empty one.
  for (let batch = await readBatch(reader); batch.length; batch = await readBatch(reader)) all.push(...batch);
  return all.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((ok, fail) => entry.file(ok, fail));
}

export async function readDroppedFolder(
  entries: FileSystemEntry[],
  limits = DROP_LIMITS,
): Promise<FolderPick> {
  const files: PickedFile[] = [];
  const skipped = new Map<SkipReason, { count: number; examples: string[] }>();
  const skip = (reason: SkipReason, name: string) => {
    const s = skipped.get(reason) ?? { count: 0, examples: [] };
    s.count++;
    if (s.examples.length < 3) s.examples.push(name);
    skipped.set(reason, s);
  };
  let seen = 0;

  async function visit(entry: FileSystemEntry, depth: number): Promise<void> {
    if (++seen > limits.maxEntries) return skip('too-many', entry.fullPath);
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) return skip('hidden', entry.fullPath);
    if (entry.isDirectory) {
      if (depth > limits.maxDepth) return skip('too-deep', entry.fullPath);
      for (const child of await children(entry as FileSystemDirectoryEntry)) await visit(child, depth + 1);
      return;
    }
    if (!REPORT.test(entry.name)) return skip('not-a-report', entry.fullPath);
    try {
      const file = await fileOf(entry as FileSystemFileEntry);
      if (file.size === 0) skip('empty', entry.fullPath);
      else if (file.size > MAX_IMPORT_BYTES) skip('too-large', entry.fullPath);
      else if (files.length >= limits.maxFiles) skip('too-many', entry.fullPath);
      else files.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      skip('unreadable', entry.fullPath);
    }
  }

  for (const entry of entries) await visit(entry, 0);
  const folder = entries.find((e) => e.isDirectory)?.name ?? '';
  return {
    folder,
    files,
    skipped: [...skipped].map(([reason, s]) => ({ reason, count: s.count, examples: s.examples })),
  };
}
