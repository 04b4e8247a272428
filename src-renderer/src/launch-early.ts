// The first script of the page, on its own (it imports only a URL): it asks
// for the reading state and the document left open while the app's bundle
// (360 kB of modules, which must all arrive before any of them runs) is still
// on its way, and starts pdf.js's worker, whose 1.3 MB script then compiles
// on its own thread beside the bundle instead of after it. launch.ts takes the
// answers and pdf/warm.ts the worker; without this script they start their own.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

interface Bridge {
  invoke(method: string, arg: unknown): Promise<unknown>;
}

export interface EarlyLaunch {
  /** The envelopes, as the bridge gives them. */
  reading: Promise<unknown>;
  document: Promise<{ id: string; opened: Promise<unknown>; source: Promise<unknown> } | null>;
  /** The library's rows and the settings, asked beside the reading state (each taken once, by launch.ts). */
  answers: Partial<Record<'library.list' | 'settings.get', Promise<unknown>>>;
  /** pdf.js's worker, started when a document is to open (taken by pdf/warm.ts; main.ts ends it if no PDF opens). */
  worker: Worker | null;
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
      const opened = bridge.invoke('document.open', { id });
      const source = bridge.invoke('document.source', { id });
      // pdf.js's worker, only when a document is to open (a launch into the library needs none).
      try {
        if (typeof Worker !== 'undefined') launch.worker = new Worker(workerUrl, { type: 'module' });
      } catch {
        // pdf/warm.ts starts one the usual way.
      }
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
  const launch: EarlyLaunch = { reading, document, answers, worker: null };
  w.__rlLaunch = launch;
}
