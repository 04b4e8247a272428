// A damaged library.json with no usable backup, or none at all beside a docs
// folder: the documents are still there (docs/<id>/source.<ext>, text.json,
// notes), so the list is found again from them rather than shown empty.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocType, DocumentMeta, DocumentRecord, TextModel } from '../../src-shared/model';
import { readTextModel } from './doc-files';
import { isDocId, sourceFile } from './paths';
import type { LibraryPaths } from './paths';

const TYPES: readonly DocType[] = ['pdf', 'txt', 'docx'];

export type Describe = (model: TextModel, fileName: string) => DocumentMeta;

async function sourceOf(dir: string): Promise<{ type: DocType; size: number; mtime: Date } | null> {
  for (const type of TYPES) {
    try {
      const info = await stat(join(dir, sourceFile(type)));
      if (info.isFile()) return { type, size: info.size, mtime: info.mtime };
    } catch {
      // not this type
    }
  }
  return null;
}

/**
 * A record for every docs/<id>/ holding a source file, oldest first. Without
 * a readable text.json the record is still made (its notes stay attached;
 * opening it says to import the file again).
 */
export async function rebuildRecords(
  paths: LibraryPaths,
  describe: Describe,
  log: (message: string, err?: unknown) => void,
): Promise<DocumentRecord[]> {
  let names: string[];
  try {
    names = await readdir(paths.docsDir);
  } catch {
    return [];
  }
  const records: DocumentRecord[] = [];
  for (const id of names.filter(isDocId).sort()) {
    const source = await sourceOf(join(paths.docsDir, id));
    if (!source) {
      log(`docs/${id} has no source file; left out of the rebuilt library`);
      continue;
    }
    let model: TextModel | null = null;
    try {
      model = await readTextModel(paths, id);
    } catch (err) {
      log(`docs/${id}/text.json cannot be read`, err);
    }
    const fallback = `${id.slice(0, 8)}.${source.type}`;
    let meta: DocumentMeta = { title: fallback.replace(/\.[^.]+$/, ''), year: null, region: null };
    if (model) {
      try {
        const { title, year, region } = describe(model, fallback);
        meta = { title: title || meta.title, year, region };
      } catch (err) {
        log(`no title for docs/${id}`, err);
      }
    }
    records.push({
      id,
      type: source.type,
      fileName: `${meta.title}.${source.type}`,
      size: source.size,
      pages: source.type === 'pdf' ? (model?.pages?.length ?? null) : null,
      chars: model?.text.length ?? 0,
      importedAt: source.mtime.toISOString(),
      ...meta,
    });
  }
  return records.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}
