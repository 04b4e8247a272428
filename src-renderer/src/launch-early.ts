// The first script of the page, on its own (it imports one constant): it asks
// for the reading state, the document left open, the library's rows and the
// settings while the app's bundle (its modules must all arrive before any of
// them runs) is still on its way. launch.ts takes the answers; without this
// script the app asks itself. pdf.js is a chunk of its own, out of the
// library's way: when a PDF was left open (the rows say which type it is),
// this script starts fetching it, starts pdf.js's worker (pdf/warm.ts makes
// it the spare), and asks for the file's bytes; a text report's bytes are
// never asked for. (Starting the worker first thing, before the rows say it
// is a PDF, was tried: the 1.3 MB script competed with the bundle for the
// same cores, and page 1 came no sooner; tried again on a day this machine
// ran four times faster, page 1 came 18 ms later, paired median of 9.)
//
// What page 1 waits for at launch (2 cores, traced): from pdf.js's first
// request to its worker, the app and a bare pdf.js page take the same time;
// the app's ~80 ms more are before it. The worker's thread is started by the
// page's thread once the browser has the worker's script; when the script came
// after the document's text (900 KB for the 352-page book, which the main
// process serialises first), the page's thread was by then evaluating the
// bundle and drawing, and the thread started at ~170 ms. So the reading state
// and the rows are awaited together, and for a PDF the worker is started
// first, then the bytes and the text are asked: the thread starts at ~65-85
// ms, and the worker is no longer what page 1 waits for (the bytes and the
// reader are). Page 1 moved within the noise over the harness's HTTP bridge
// (paired medians of 9: -13, -2 and -3 ms on the book, -9 and +16 ms on the
// report), where the bytes come last; over Electron's IPC they come sooner. A
// pause before the app is mounted, to let the thread start sooner, made no
// difference; nor did holding the bundle's evaluation until the thread said it
// had started (a small first script importing pdf.js's), nor opening the
// document in pdf.js before its pane is mounted (the bytes arrive last).
// Tried later, none bringing page 1 of the book sooner: laying out a hidden
// Chinese word in index.html, so that the CJK font is loaded (~15-30 ms of
// the first layout) while the bundle is still on its way (paired medians of 9
// and 15: +2 and +7 ms); asking for the text only after the bytes came, and
// pdf.js's library in a chunk of its own that this script imports and opens
// the document with (timelines, medians of 5: page 1 later in both). The
// page's thread is busy from the bundle's evaluation to page 1 (the app, the
// reader, pdf.js and its viewer, the first layout), and every answer, module
// and the worker's start waits its turn there: moving one piece of work only
// moves the wait (traced, 2 cores). The furthest version measured: this
// script drew page 1 in a viewer of its own and Vue was mounted only after
// it, x1.19 of the bare viewer against x1.26 (paired over 9 launches); what
// was left is the round trip for the reading state, the bytes' way over the
// test's HTTP bridge, and the bundle's evaluation beside the worker's compile.
// Of these, the bundle was the cost: a page that made the same round trip and
// took the bytes over the same bridge, then drew page 1 with pdf.js alone,
// came at x0.95 (book) and x1.06 (report) of the bare page (paired, N = 7),
// and fetching the bridge's answers in a worker (whole, as IPC delivers them)
// changed nothing (+9 and -11 ms). Hence launch-pdf.ts, below.
//
// When the launch lands in the library, the page the main process served
// carries the library as the app last drew it (if nothing it was drawn from
// has changed since): this script shows it at once, before the bundle has
// run, and the app takes it down once it has drawn the rows itself
// (shell/launch-snapshot.ts).
//
// When the page comes with the app's own script held back (APP_ENTRY_META:
// the main process does so for a PDF left open whose pane's place it knows),
// this script draws the PDF's page first (launch-pdf.ts) and loads the app
// after it; in every other case, and whatever fails, it loads the app at once.
import type { FirstPageData, PaneRect } from '@shared/api';
import {
  APP_ENTRY_META,
  FIRST_PAGE_CSS_META,
  FIRST_PAGE_ID,
  FIRST_PAGE_META,
  PANE_DATA_ID,
} from '@shared/launch/page-ids';
import type { FirstPage, FirstPageInput } from './launch-pdf';
import { PDFJS_CHUNK_META, PDFJS_WORKER_META } from './pdfjs-chunk-meta';
import { paintSnapshot } from './shell/snapshot-paint';
import type { PaintedSnapshot } from './shell/snapshot-paint';

/** How long the first page may take before the app is loaded anyway (a slow or hostile file). */
export const FIRST_PAGE_WAIT_MS = 3000;

interface Bridge {
  invoke(method: string, arg: unknown): Promise<unknown>;
}

export interface EarlyLaunch {
  /** The envelopes, as the bridge gives them. */
  reading: Promise<unknown>;
  document: Promise<{
    id: string;
    opened: Promise<unknown>;
    source: Promise<unknown>;
    /** Whether the library's rows say it is a PDF (pdf.js is got ready only then). */
    pdf: Promise<boolean>;
    /** pdf.js's worker, started for a PDF and ready (null when not a PDF, it failed to start, or the first page took it). */
    worker: Promise<Worker | null>;
    /** The page drawn before the app (launch-pdf.ts), the document in it the reader's to take; null if none. */
    firstPage: Promise<FirstPage | null>;
  } | null>;
  /** The library's rows and the settings, asked beside the reading state (each taken once, by launch.ts). */
  answers: Partial<Record<'library.list' | 'settings.get', Promise<unknown>>>;
  /** The library as last drawn, if it was shown. */
  snapshot: PaintedSnapshot | null;
}

function metaContent(name: string): string | null {
  return window.document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

/** Fetches (and lets the browser compile) pdf.js's chunk ahead of the import that evaluates it. */
function preloadPdfjs(): void {
  const href = metaContent(PDFJS_CHUNK_META);
  if (!href) return;
  const link = window.document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = href;
  window.document.head.append(link);
}

/**
 * Starts pdf.js's worker script in its own thread, where it is fetched,
 * compiled and run while the bundle is evaluated (pdf.js, which would start
 * it, is evaluated only after the bundle). Resolves with the worker once its
 * script says it is ready (pdf.js's own "ready" message), null if it failed.
 */
function startPdfWorker(): Promise<Worker | null> {
  const href = metaContent(PDFJS_WORKER_META);
  if (!href || typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((settle) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL(href, window.document.baseURI), { type: 'module' });
    } catch {
      settle(null);
      return;
    }
    const listening = new AbortController();
    const done = (ready: boolean) => {
      listening.abort();
      if (!ready) worker.terminate();
      settle(ready ? worker : null);
    };
    worker.addEventListener(
      'message',
      (e: MessageEvent) => (e.data as { action?: unknown } | null)?.action === 'ready' && done(true),
      { signal: listening.signal },
    );
    worker.addEventListener('error', () => done(false), { signal: listening.signal });
  });
}

/**
 * Whether the library's rows (an envelope) say `id` is a PDF, whose bytes the
 * reader draws; a text or .docx report's bytes are not carried for nothing.
 * Rows that did not come say yes: the reader sorts it out.
 */
function rowsSayPdf(rows: unknown, id: string): boolean {
  const e = rows as { ok?: boolean; value?: unknown } | null;
  if (!e?.ok || !Array.isArray(e.value)) return true;
  const row = (e.value as Array<{ id?: unknown; type?: unknown }>).find((r) => r?.id === id);
  return row?.type === undefined || row.type === 'pdf';
}

/** The app's script, when the page was served with it held back. */
const appEntry = metaContent(APP_ENTRY_META);
let appStarted = false;

/** Loads the app (once), if its script was held back. */
function startApp(): void {
  if (appStarted || !appEntry) return;
  appStarted = true;
  void import(/* @vite-ignore */ new URL(appEntry, window.document.baseURI).href);
}

/** The PDF left open and where the reader's pane was in a window of this size, if the page says. */
function paneHere(): { id: string; pane: PaneRect } | null {
  try {
    const text = window.document.getElementById(PANE_DATA_ID)?.textContent;
    const data = text ? (JSON.parse(text) as FirstPageData) : null;
    const pane = data?.panes.find((p) => p.width === window.innerWidth && p.height === window.innerHeight);
    const fits = pane && pane.left + pane.right < pane.width && pane.top + pane.bottom < pane.height;
    return fits && typeof data?.id === 'string' ? { id: data.id, pane } : null;
  } catch {
    return null;
  }
}

/** Links the first page's stylesheets (pdf.js's viewer); resolves once they are in (or failed). */
function firstPageStyles(): Promise<unknown> {
  const hrefs = metaContent(FIRST_PAGE_CSS_META)?.split(' ').filter(Boolean) ?? [];
  return Promise.all(
    hrefs.map(
      (href) =>
        new Promise((settle) => {
          const link = window.document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = link.onerror = settle;
          window.document.head.append(link);
        }),
    ),
  );
}

/** What the first page needs that does not wait for the document: pdf.js, its worker, the viewer's styles. */
interface FirstPageReady {
  module: Promise<typeof import('./launch-pdf') | null>;
  worker: Promise<Worker | null>;
  styles: Promise<unknown>;
}

/**
 * Gets the first page's script, pdf.js's worker and styles on their way at
 * once: the page carries the pane's place only when a PDF was left open (the
 * main process read the rows), so the reading state's round trip is not waited for.
 */
function readyFirstPage(): FirstPageReady {
  const href = metaContent(FIRST_PAGE_META);
  preloadPdfjs();
  const module = href
    ? (import(/* @vite-ignore */ new URL(href, window.document.baseURI).href) as Promise<
        typeof import('./launch-pdf')
      >)
    : Promise.resolve(null);
  return { module: module.catch(() => null), worker: startPdfWorker(), styles: firstPageStyles() };
}

/** Draws the PDF's page before the app (launch-pdf.ts): null if it could not be. */
async function drawFirst(
  input: Omit<FirstPageInput, 'bytes' | 'port' | 'layerId'>,
  source: Promise<unknown>,
  ready: FirstPageReady,
): Promise<FirstPage | null> {
  const [module, envelope, port] = await Promise.all([ready.module, source, ready.worker, ready.styles]);
  const e = envelope as { ok?: boolean; value?: unknown } | null;
  if (!module || !e?.ok || !(e.value instanceof Uint8Array)) {
    port?.terminate();
    return null;
  }
  return module.drawFirstPage({ ...input, bytes: e.value, port, layerId: FIRST_PAGE_ID });
}

/** The page and zoom document `id` was left at (the reading state's envelope). */
function placeOf(envelope: unknown, id: string): { page?: number; zoom?: number } {
  const e = envelope as {
    ok?: boolean;
    value?: { places?: Array<{ id?: unknown; page?: number; zoom?: number }> };
  };
  const place = e.ok ? e.value?.places?.find((p) => p.id === id) : undefined;
  return { ...(place?.page ? { page: place.page } : {}), ...(place?.zoom ? { zoom: place.zoom } : {}) };
}

const w = window as unknown as { api?: Bridge; __rlLaunch?: EarlyLaunch };
const bridge = w.api;
try {
  if (bridge && !w.__rlLaunch) launch(bridge);
  else startApp();
} catch (err) {
  startApp();
  throw err;
}

function launch(bridge: Bridge): void {
  // A reload within the session lands in the library; a window not the size it
  // was has the pane elsewhere: the app comes at once, without the first page.
  const here = appEntry && !sessionStorage.getItem('rl-opened') ? paneHere() : null;
  const pane = here?.pane ?? null;
  if (!pane) startApp();
  const ready = pane ? readyFirstPage() : null;
  const reading = bridge.invoke('reading.get', undefined);
  const rows = bridge.invoke('library.list', undefined);
  rows.catch(() => undefined);
  // The page names the PDF left open: its bytes and text are asked for beside the reading state.
  const asked = here
    ? {
        id: here.id,
        source: bridge.invoke('document.source', { id: here.id }),
        opened: bridge.invoke('document.open', { id: here.id }),
      }
    : null;
  asked?.source.catch(() => undefined);
  asked?.opened.catch(() => undefined);
  const document = Promise.all([reading, rows.catch(() => null)]).then(
    ([envelope, listed]) => {
      const e = envelope as { ok?: boolean; value?: { current?: unknown } };
      const id = e.ok ? e.value?.current : null;
      // The same test as App.vue's: a reload within the session lands in the library.
      if (typeof id !== 'string' || !id || sessionStorage.getItem('rl-opened')) {
        startApp();
        void ready?.worker.then((port) => port?.terminate());
        return null;
      }
      const yes = rowsSayPdf(listed, id);
      const pdf = Promise.resolve(yes);
      if (yes && !ready) preloadPdfjs();
      const worker = ready?.worker ?? (yes ? startPdfWorker() : Promise.resolve(null));
      const mine = asked?.id === id ? asked : null;
      const source =
        mine?.source ??
        (yes ? bridge.invoke('document.source', { id }) : Promise.resolve({ ok: true, value: null }));
      const opened = mine?.opened ?? bridge.invoke('document.open', { id });
      // Taken by launch.ts, which reports failures; nothing here is left unhandled.
      opened.catch(() => undefined);
      source.catch(() => undefined);
      if (!pane || !ready || !yes) {
        startApp();
        // Not a PDF after all (the rows changed since the page was served): its worker goes.
        if (ready && !yes) void ready.worker.then((port) => port?.terminate());
        return {
          id,
          opened,
          source,
          pdf,
          worker: yes ? worker : Promise.resolve(null),
          firstPage: Promise.resolve(null),
        };
      }
      const firstPage = drawFirst(
        { id, pane, waitMs: FIRST_PAGE_WAIT_MS, ...placeOf(envelope, id) },
        source,
        ready,
      ).catch(() => null);
      void firstPage.then(startApp);
      // Whatever pdf.js does, the app comes (drawFirstPage gives up after FIRST_PAGE_WAIT_MS too).
      setTimeout(startApp, FIRST_PAGE_WAIT_MS + 1000);
      // The worker is the first page's now (and the reader's with its document).
      return { id, opened, source, pdf, worker: Promise.resolve(null), firstPage };
    },
    () => {
      startApp();
      void ready?.worker.then((port) => port?.terminate());
      return null;
    },
  );
  reading.catch(() => undefined);
  const settings = bridge.invoke('settings.get', undefined);
  settings.catch(() => undefined);
  const answers: EarlyLaunch['answers'] = { 'library.list': rows, 'settings.get': settings };
  // Once the questions have left.
  const snapshot = paintSnapshot(window.document);
  w.__rlLaunch = { reading, document, answers, snapshot };
}
