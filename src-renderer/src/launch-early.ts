// The first script of the page, on its own (it imports one constant): it asks
// for the reading state, the document left open, the library's rows and the
// settings while the app's bundle (its modules must all arrive before any of
// them runs) is still on its way. launch.ts takes the answers; without this
// script the app asks itself. pdf.js is a chunk of its own, out of the
// library's way: when a PDF was left open (the rows say which type it is),
// this script starts fetching it, and asks for the file's bytes; a text
// report's bytes are never asked for. (Starting pdf.js's worker here too was
// tried: the 1.3 MB script competed with the bundle for the same cores, and
// page 1 came no sooner.)
import { PDFJS_CHUNK_META } from './pdfjs-chunk-meta';

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
  } | null>;
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

/**
 * Whether the library's rows (an envelope) say `id` is a PDF, whose bytes the
 * reader draws; a text or .docx report's bytes are not carried for nothing.
 * Rows that did not come say yes: the reader sorts it out.
 */
async function isPdf(rows: Promise<unknown>, id: string): Promise<boolean> {
  const e = (await rows.catch(() => null)) as { ok?: boolean; value?: unknown } | null;
  if (!e?.ok || !Array.isArray(e.value)) return true;
  const row = (e.value as Array<{ id?: unknown; type?: unknown }>).find((r) => r?.id === id);
  return row?.type === undefined || row.type === 'pdf';
}

const w = window as unknown as { api?: Bridge; __rlLaunch?: EarlyLaunch };
const bridge = w.api;
if (bridge && !w.__rlLaunch) {
  const reading = bridge.invoke('reading.get', undefined);
  const rows = bridge.invoke('library.list', undefined);
  rows.catch(() => undefined);
  const document = reading.then(
    (envelope) => {
      const e = envelope as { ok?: boolean; value?: { current?: unknown } };
      const id = e.ok ? e.value?.current : null;
      // The same test as App.vue's: a reload within the session lands in the library.
      if (typeof id !== 'string' || !id || sessionStorage.getItem('rl-opened')) return null;
      const pdf = isPdf(rows, id);
      void pdf.then((yes) => yes && preloadPdfjs());
      const opened = bridge.invoke('document.open', { id });
      const source = pdf.then((yes) =>
        yes ? bridge.invoke('document.source', { id }) : { ok: true, value: null },
      );
      // Taken by launch.ts, which reports failures; nothing here is left unhandled.
      opened.catch(() => undefined);
      source.catch(() => undefined);
      return { id, opened, source, pdf };
    },
    () => null,
  );
  reading.catch(() => undefined);
  const settings = bridge.invoke('settings.get', undefined);
  settings.catch(() => undefined);
  const answers: EarlyLaunch['answers'] = { 'library.list': rows, 'settings.get': settings };
  w.__rlLaunch = { reading, document, answers };
}
