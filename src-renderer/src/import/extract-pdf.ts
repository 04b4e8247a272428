// The text of a PDF, page by page, as the same items the reader's text layer
// shows: the one function in src-shared/text turns them into the TextModel.
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { TextModel } from '@shared/model';
import { buildPdfTextModel, readPdfBookmarks, readPdfTitle, applyBookmarks } from '@shared/text';
import type { PdfPageInput } from '@shared/text';
import type { PdfAnnotationInput } from '@shared/interop/pdf-annotations';
import { fromPdfjsAnnotation } from '@shared/interop/pdfjs-read';
import { mayHoldNotesAsync } from '@shared/interop/pdf-notes-scan';
import { AppError } from '@shared/errors';
import { withinTime } from '@shared/time-limit';
import { noPageRead, readPdfPages } from '@shared/pdf/read-pages';
import { endPdfWorker, openPdf } from '../pdf/pdfjs';
import type { AskPassword, OpenedPdf } from '../pdf/pdfjs';
import { OPEN_TIME_LIMIT_MS, PAGE_TIME_LIMIT_MS } from '../pdf/slow-open';
import { takePdfWorker, warmPdfWhenIdle } from '../pdf/warm';
import type { ParseHooks } from './types';

/** Pages asked for ahead of the one being read (the worker answers them in turn). */
const PAGES_AHEAD = 4;

export const TEXT_CONTENT_PARAMS = { includeMarkedContent: false, disableNormalization: true } as const;

export interface ExtractedPdf {
  model: TextModel;
  pages: number;
  skippedPages: number[];
  password: string | undefined;
  /** Each page's text items (they place the PDF's annotations on the text). */
  pageItems: PdfPageInput['items'][];
  /** The annotations other readers wrote into the file. */
  annotations: PdfAnnotationInput[];
  /** The title in the PDF's metadata, if any. */
  title?: string;
}

/**
 * Opens the file, giving up after OPEN_TIME_LIMIT_MS of pdf.js's own time.
 * `again`: the file is opened once more (in a fresh worker, with the password
 * that opened it).
 */
async function openInTime(
  bytes: Uint8Array,
  askPassword: AskPassword,
  again?: { password: string | undefined },
): Promise<OpenedPdf> {
  const giveUp = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => (timer = setTimeout(() => giveUp.abort(), OPEN_TIME_LIMIT_MS));
  const ask: AskPassword = async (reason) => {
    clearTimeout(timer);
    try {
      return await askPassword(reason);
    } finally {
      wait();
    }
  };
  wait();
  // A worker started while the file was picked (pdf/warm.ts), if one is ready.
  const taking = again ? Promise.resolve(null) : takePdfWorker();
  const gaveUp = new Promise<'gave up'>((settle) =>
    giveUp.signal.addEventListener('abort', () => settle('gave up'), { once: true }),
  );
  const worker = await Promise.race([taking, gaveUp]);
  if (worker === 'gave up') void taking.then((w) => w && endPdfWorker(w));
  try {
    return await openPdf(bytes, ask, again?.password, worker === 'gave up' ? null : worker, giveUp.signal);
  } finally {
    clearTimeout(timer);
  }
}

export async function extractPdf(bytes: Uint8Array, hooks: ParseHooks): Promise<ExtractedPdf> {
  let opened = await openInTime(bytes, hooks.askPassword);
  const { password } = opened;
  let done = false;
  try {
    // A file with links and fields only is not asked for its annotations (pdf.js parses every one).
    // The bytes are scanned once the first page's text is asked for, while the worker reads it.
    let scan: Promise<boolean> | null = null;
    const mayHoldNotes = () => (scan ??= mayHoldNotesAsync(bytes));
    // Asked now, beside the pages' text: the answers are in by the time the model is built,
    // instead of two more round trips to the worker after the last page.
    // Asked again of a fresh worker if the one asked was ended before it answered.
    let outlineIn = false;
    const askOutline = (doc: OpenedPdf['doc']) => {
      const asking = [readPdfBookmarks(doc).catch(() => []), readPdfTitle(doc)] as const;
      outlineIn = false;
      void Promise.allSettled(asking).then(() => asking === outline && (outlineIn = true));
      return asking;
    };
    let outline = askOutline(opened.doc);
    const readPage = async (
      doc: OpenedPdf['doc'],
      n: number,
    ): Promise<{ input: PdfPageInput; notes: PdfAnnotationInput[] }> => {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      // Both asked at once: the worker answers one after the other without a round trip between.
      const [content, raw] = await Promise.all([
        page.getTextContent(TEXT_CONTENT_PARAMS),
        // Broken or circular annotation dictionaries cost their annotations, not the page.
        mayHoldNotes().then((may) => (may ? page.getAnnotations().catch((): unknown[] => []) : [])),
      ]);
      const items = content.items.filter((it): it is TextItem => 'str' in it);
      const found: PdfAnnotationInput[] = [];
      for (const r of raw) {
        const a = fromPdfjsAnnotation(n, r);
        if (a) found.push(a);
      }
      page.cleanup();
      return { input: { width: width ?? 0, height: height ?? 0, items }, notes: found };
    };
    // The next pages are asked for before this one is taken, so the worker
    // never waits for a round trip through this thread between two pages.
    const numPages = opened.doc.numPages;
    const read = await readPdfPages(opened, {
      numPages,
      ahead: PAGES_AHEAD,
      read: readPage,
      reopen: async () => {
        // Kept current here too: whatever happens next, `finally` closes the one open.
        opened = await openInTime(bytes, hooks.askPassword, { password });
        if (!outlineIn) outline = askOutline(opened.doc);
        return opened;
      },
      onPage: (n) => hooks.onProgress(n / numPages),
    });
    opened = read.opened;
    // No page could be read: refused (the reader could draw none of it either).
    const none = noPageRead(read.skipped, numPages);
    if (none) throw new AppError(none, 'pdf.js could read none of its pages');
    const { stuck } = read;
    const inputs = read.pages.map((p): PdfPageInput => p?.input ?? { width: 0, height: 0, items: [] });
    const annotations = read.pages.flatMap((p) => p?.notes ?? []);
    const skippedPages = read.skipped.map((s) => s.page);
    const model = buildPdfTextModel(inputs);
    // Not waited for from a worker that was ended (it never answers); nor for ever from any.
    const wait = stuck && !outlineIn ? 0 : PAGE_TIME_LIMIT_MS;
    const bookmarks = await withinTime(outline[0], wait);
    applyBookmarks(model, bookmarks === 'timeout' ? [] : bookmarks);
    const titled = await withinTime(outline[1], wait);
    done = true;
    return {
      model,
      pages: numPages,
      skippedPages,
      password,
      pageItems: inputs.map((p) => p.items),
      annotations,
      ...(titled && titled !== 'timeout' ? { title: titled } : {}),
    };
  } finally {
    // Not waited for: the text is stored while the worker ends.
    void opened.close().catch(() => undefined);
    // The next PDF finds a worker started: at once after a file that could not
    // be read; after one that was, once its text is stored (the library
    // store's `store`), not while it is (a new worker's start competed with
    // the import's last step: −55 ms once moved, paired median N = 9).
    if (!done) warmPdfWhenIdle();
  }
}
