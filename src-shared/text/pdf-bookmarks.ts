// A PDF's bookmarks and its metadata title, read from a pdf.js document the
// same way in the renderer (import) and in Node (the CLI): a broken or
// hostile outline costs the bookmarks it breaks, never the import.
import type { TextModel } from '../model';
import { outlineFromBookmarks, type PdfBookmark } from './pdf-outline';

/** Bookmarks read at most (a hostile PDF may claim millions). */
export const MAX_BOOKMARKS = 2000;

/** The part of pdf.js's outline node read here. */
export interface PdfOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: PdfOutlineNode[];
}

/** The part of pdf.js's PDFDocumentProxy read here. */
export interface PdfOutlineSource {
  getOutline(): Promise<PdfOutlineNode[] | null>;
  getDestination(id: string): Promise<unknown[] | null>;
  getPageIndex(ref: never): Promise<number>;
  getMetadata(): Promise<{ info: unknown }>;
}

/** The page (0-based) a destination leads to; -1 if none. */
async function pageOf(doc: PdfOutlineSource, dest: PdfOutlineNode['dest']): Promise<number> {
  const resolved = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const target: unknown = resolved?.[0];
  if (typeof target === 'number') return target;
  if (target && typeof target === 'object') return doc.getPageIndex(target as never);
  return -1;
}

/** The PDF's bookmarks with the page each leads to, in order; those that lead nowhere are left out. */
export async function readPdfBookmarks(doc: PdfOutlineSource): Promise<PdfBookmark[]> {
  const out: PdfBookmark[] = [];
  const walk = async (nodes: readonly PdfOutlineNode[], level: number): Promise<void> => {
    for (const node of nodes) {
      if (out.length >= MAX_BOOKMARKS) return;
      try {
        const page = await pageOf(doc, node.dest);
        if (page >= 0 && node.title.trim()) out.push({ title: node.title, level, page });
      } catch {
        // A broken destination: that bookmark only is left out.
      }
      if (node.items.length) await walk(node.items, level + 1);
    }
  };
  await walk((await doc.getOutline().catch(() => null)) ?? [], 1);
  return out;
}

/** Makes the PDF's own bookmarks, when it has any, the model's outline instead of guessed headings. */
export async function applyPdfBookmarks(model: TextModel, doc: PdfOutlineSource): Promise<void> {
  applyBookmarks(model, await readPdfBookmarks(doc).catch(() => []));
}

/** Makes `bookmarks` (read beforehand, e.g. beside the pages' text) the model's outline, when there are any. */
export function applyBookmarks(model: TextModel, bookmarks: readonly PdfBookmark[]): void {
  const outline = outlineFromBookmarks(model, bookmarks);
  if (outline.length) model.outline = outline;
}

/** The title in the PDF's metadata (its Info dictionary), if it has one. */
export async function readPdfTitle(doc: PdfOutlineSource): Promise<string | undefined> {
  const meta = await doc.getMetadata().catch(() => null);
  const info = meta?.info as { Title?: unknown } | undefined;
  const title = typeof info?.Title === 'string' ? info.Title.trim().slice(0, 500) : '';
  return title || undefined;
}
