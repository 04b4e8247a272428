// The text of a PDF, page by page, as the same items the reader's text layer
// shows: the one function in src-shared/text turns them into the TextModel.
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { TextModel } from '@shared/model';
import { buildPdfTextModel, readPdfBookmarks, readPdfTitle, applyBookmarks } from '@shared/text';
import type { PdfPageInput } from '@shared/text';
import type { PdfAnnotationInput } from '@shared/interop/pdf-annotations';
import { fromPdfjsAnnotation } from '@shared/interop/pdfjs-read';
import { mayHoldNotesAsync } from '@shared/interop/pdf-notes-scan';
import { endPdfWorker, openPdf } from '../pdf/pdfjs';
import type { AskPassword, OpenedPdf } from '../pdf/pdfjs';
import { OPEN_TIME_LIMIT_MS } from '../pdf/slow-open';
import { takePdfWorker, warmPdfWhenIdle } from '../pdf/warm';
import type { ParseHooks } from './types';

/** A page whose text takes longer than this is skipped, and the user told. */
const PAGE_TIME_LIMIT_MS = 15_000;
/** Pages asked for ahead of the one being read (the worker answers them in turn). */
const PAGES_AHEAD = 4;

export const TEXT_CONTENT_PARAMS = { includeMarkedContent: false, disableNormalization: true } as const;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

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

/** Opens the file, giving up after OPEN_TIME_LIMIT_MS of pdf.js's own time. */
async function openInTime(bytes: Uint8Array, askPassword: AskPassword): Promise<OpenedPdf> {
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
  const taking = takePdfWorker();
  const gaveUp = new Promise<'gave up'>((settle) =>
    giveUp.signal.addEventListener('abort', () => settle('gave up'), { once: true }),
  );
  const worker = await Promise.race([taking, gaveUp]);
  if (worker === 'gave up') void taking.then((w) => w && endPdfWorker(w));
  try {
    return await openPdf(bytes, ask, undefined, worker === 'gave up' ? null : worker, giveUp.signal);
  } finally {
    clearTimeout(timer);
  }
}

export async function extractPdf(bytes: Uint8Array, hooks: ParseHooks): Promise<ExtractedPdf> {
  const { doc, password, close } = await openInTime(bytes, hooks.askPassword);
  let read = false;
  try {
    const inputs: PdfPageInput[] = [];
    const skippedPages: number[] = [];
    const annotations: PdfAnnotationInput[] = [];
    // A file with links and fields only is not asked for its annotations (pdf.js parses every one).
    // The bytes are scanned once the first page's text is asked for, while the worker reads it.
    let scan: Promise<boolean> | null = null;
    const mayHoldNotes = () => (scan ??= mayHoldNotesAsync(bytes));
    // Asked now, beside the pages' text: the answers are in by the time the model is built,
    // instead of two more round trips to the worker after the last page.
    const bookmarks = readPdfBookmarks(doc).catch(() => []);
    const title = readPdfTitle(doc);
    const readPage = async (n: number): Promise<{ input: PdfPageInput; notes: PdfAnnotationInput[] }> => {
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
    const asked = new Map<number, Promise<Awaited<ReturnType<typeof readPage>> | 'failed'>>();
    for (let n = 1; n <= doc.numPages; n++) {
      for (let k = n; k < n + PAGES_AHEAD && k <= doc.numPages; k++)
        if (!asked.has(k))
          asked.set(
            k,
            readPage(k).catch(() => 'failed' as const),
          );
      const work = asked.get(n) ?? Promise.resolve('failed' as const);
      asked.delete(n);
      const result = await withTimeout(work, PAGE_TIME_LIMIT_MS);
      if (result === 'timeout' || result === 'failed') {
        skippedPages.push(n);
        inputs.push({ width: 0, height: 0, items: [] });
      } else {
        inputs.push(result.input);
        annotations.push(...result.notes);
      }
      hooks.onProgress(n / doc.numPages);
    }
    const model = buildPdfTextModel(inputs);
    applyBookmarks(model, await bookmarks);
    const titled = await title;
    read = true;
    return {
      model,
      pages: doc.numPages,
      skippedPages,
      password,
      pageItems: inputs.map((p) => p.items),
      annotations,
      ...(titled ? { title: titled } : {}),
    };
  } finally {
    // Not waited for: the text is stored while the worker ends.
    void close().catch(() => undefined);
    // The next PDF finds a worker started: at once after a file that could not
    // be read; after one that was, once its text is stored (the library
    // store's `store`), not while it is (a new worker's start competed with
    // the import's last step: −55 ms once moved, paired median N = 9).
    if (!read) warmPdfWhenIdle();
  }
}
