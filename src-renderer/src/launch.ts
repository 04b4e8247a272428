// The document left open comes back before the app has mounted: its reading
// state, then its text and bytes, are asked for the moment the page starts
// (launch-start.ts, main.ts's first import, runs before Vue, pdf.js and the
// views are even evaluated). The stores take these answers instead of asking
// again; where nothing started (component tests) they ask as usual.
import type { ApiResults, ReadingState } from '@shared/api';
import { api } from './api';
import { fromEnvelope } from '@shared/errors';
import type { Envelope } from '@shared/errors';
import type { EarlyLaunch } from './launch-early';
import type { FirstPage } from './launch-pdf';
import { flushGlyphsSoon } from './pdf/glyph-cache';

export interface LaunchDocument {
  id: string;
  opened: Promise<ApiResults['document.open']>;
  source: Promise<ApiResults['document.source'] | null>;
  /** Whether it is a PDF (known before its text arrives at launch: the library's rows say). */
  pdf: Promise<boolean>;
  /** pdf.js's worker started at launch, ready, for pdf/warm.ts to take (null when none was started, or the first page took it). */
  worker: Promise<Worker | null>;
  /** The page drawn before the app (launch-pdf.ts), if any: taken by the reader's pane (takeFirstPage). */
  firstPage: Promise<FirstPage | null>;
}

let reading: Promise<ReadingState> | null = null;
let early: EarlyLaunch | null = null;
let document: Promise<LaunchDocument | null> = Promise.resolve(null);
let taken = false;
let firstPage: Promise<FirstPage | null> | null = null;

/** Asks for the reading state and, if a document was left open, its text and bytes. */
export function startLaunch(): void {
  if (reading) return;
  early = (window as unknown as { __rlLaunch?: EarlyLaunch }).__rlLaunch ?? null;
  if (early) {
    adopt(early);
    return;
  }
  reading = api.invoke('reading.get', undefined);
  reading.catch(() => undefined);
  document = reading.then(
    (state) => {
      const id = state.current;
      // The same test as App.vue's: a reload within the session lands in the library.
      if (!id || sessionStorage.getItem('rl-opened')) return null;
      const opened = api.invoke('document.open', { id });
      opened.catch(() => undefined);
      const source = api.invoke('document.source', { id }).catch(() => null);
      const pdf = opened.then((o) => o.record.type === 'pdf').catch(() => false);
      return { id, opened, source, pdf, worker: Promise.resolve(null), firstPage: Promise.resolve(null) };
    },
    () => null,
  );
}

/** Takes the questions launch-early.ts asked before the bundle arrived, as api.invoke would answer them. */
function adopt(early: EarlyLaunch): void {
  const read = early.reading.then((e) => fromEnvelope(e as Envelope<ReadingState>));
  read.catch(() => undefined);
  reading = read;
  document = early.document.then(
    (d) => {
      if (!d) return null;
      const opened = d.opened.then((e) => fromEnvelope(e as Envelope<ApiResults['document.open']>));
      opened.catch(() => undefined);
      const source = d.source
        .then((e) => fromEnvelope(e as Envelope<ApiResults['document.source']>))
        .catch(() => null);
      return { id: d.id, opened, source, pdf: d.pdf, worker: d.worker, firstPage: d.firstPage };
    },
    () => null,
  );
  firstPage = document.then((d) => d?.firstPage ?? null).catch(() => null);
}

/** Takes the layer away and closes its document (the reader did not take it), then its glyphs (glyph-cache.ts). */
function letGo(page: FirstPage | null): void {
  if (!page) return;
  page.remove();
  void page.opened
    .close()
    .catch(() => undefined)
    .then(flushGlyphsSoon);
}

/**
 * The page drawn before the app for document `id`, once: the pane that takes
 * it keeps its document and removes its layer once it has drawn its own page.
 * Null when none was drawn (or it was another document's, now let go).
 */
export function takeFirstPage(id: string): Promise<FirstPage | null> | null {
  const waiting = firstPage;
  firstPage = null;
  return (
    waiting?.then((page) => {
      if (page?.id === id) return page;
      letGo(page);
      return null;
    }) ?? null
  );
}

/** Lets the page drawn before the app go, if no pane took it (the launch did not end in that PDF's pane). */
export function dropFirstPage(): void {
  const waiting = firstPage;
  firstPage = null;
  void waiting?.then(letGo);
}

type EarlyMethod = keyof EarlyLaunch['answers'];

/** The launch's answer to `method`, once (later calls ask afresh); null if it asked nothing. */
export function takeLaunchAnswer<M extends EarlyMethod>(method: M): Promise<ApiResults[M]> | null {
  const answer = early?.answers[method];
  if (!early || !answer) return null;
  early.answers[method] = undefined;
  return answer.then((e) => fromEnvelope(e as Envelope<ApiResults[M]>));
}

/** The reading state asked for at launch, or null if the launch asked nothing. */
export function launchReading(): Promise<ReadingState> | null {
  return reading;
}

/** The document reopened at launch, if any (its text and bytes on their way). */
export function launchDocument(): Promise<LaunchDocument | null> {
  return document;
}

/**
 * The launch's answers for document `id`, once: later opens ask afresh (the
 * document may have changed). Once taken, the launch lets go of them: its
 * promises held the file's bytes and text for as long as the app ran (a
 * 200 MB scan stayed in memory after it was closed).
 */
export async function takeLaunchDocument(id: string): Promise<LaunchDocument | null> {
  if (taken || !reading) return null;
  const doc = await document;
  if (taken || doc?.id !== id) return null;
  taken = true;
  document = Promise.resolve(null);
  if (early) early.document = Promise.resolve(null);
  return doc;
}
