// The first script of the page, on its own (it imports one constant): it asks
// for the reading state, the document left open, the library's rows and the
// settings while the app's bundle (its modules must all arrive before any of
// them runs) is still on its way. launch.ts takes the answers; without this
// script the app asks itself. pdf.js is a chunk of its own, out of the
// library's way: when a document was left open, this script starts fetching
// it. (Starting pdf.js's worker here too was tried: the 1.3 MB script
// competed with the bundle for the same cores, and page 1 came no sooner.)
import { PDFJS_CHUNK_META } from './pdfjs-chunk-meta';

interface Bridge {
  invoke(method: string, arg: unknown): Promise<unknown>;
}

export interface EarlyLaunch {
  /** The envelopes, as the bridge gives them. */
  reading: Promise<unknown>;
  document: Promise<{ id: string; opened: Promise<unknown>; source: Promise<unknown> } | null>;
  /** The library's rows and the settings, asked beside the reading state (each taken once, by launch.ts). */
  answers: Partial<Record<'library.list' | 'settings.get', Promise<unknown>>>;
}

/** Fetches (and lets the browser compile) pdf.js's chunk ahead of the import that evaluates it. */
function preloadPdfjs(): void {
  const href = window.document.querySelector(`meta[name="${PDFJS_CHUNK_META}"]`)?.getAttribute('content');
  if (!href) return;
  const link = window.document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = href;
  window.document.head.append(link);
}

const w = window as unknown as { api?: Bridge; __rlLaunch?: EarlyLaunch };
const bridge = w.api;
if (bridge && !w.__rlLaunch) {
  const reading = bridge.invoke('reading.get', undefined);
  const document = reading.then(
    (envelope) => {
      const e = envelope as { ok?: boolean; value?: { current?: unknown } };
      const id = e.ok ? e.value?.current : null;
      // The same test as App.vue's: a reload within the session lands in the library.
      if (typeof id !== 'string' || !id || sessionStorage.getItem('rl-opened')) return null;
      preloadPdfjs();
      const opened = bridge.invoke('document.open', { id });
      const source = bridge.invoke('document.source', { id });
      // Taken by launch.ts, which reports failures; nothing here is left unhandled.
      opened.catch(() => undefined);
      source.catch(() => undefined);
      return { id, opened, source };
    },
    () => null,
  );
  reading.catch(() => undefined);
  const answers: EarlyLaunch['answers'] = {};
  for (const method of ['library.list', 'settings.get'] as const) {
    const answer = bridge.invoke(method, undefined);
    answer.catch(() => undefined);
    answers[method] = answer;
  }
  w.__rlLaunch = { reading, document, answers };
}
