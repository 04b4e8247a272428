// The library as last drawn, shown at the next launch before the app's bundle
// has even run (launch-early.ts, snapshot-paint.ts). Here the app's side:
// - it takes the snapshot down in the same frame as it draws the library (or
//   whatever view the launch went to) itself;
// - it keeps the library as drawn, at a pause after the rows change, in its
//   launch state (no grouping, filter or row being edited), with the key of
//   what it was drawn from (snapshot-key.ts): a launch shows it only if
//   nothing has changed since.
import { ref, watch } from 'vue';
import type { Ref } from 'vue';
import { api } from '../api';
import { whenIdle } from '../idle';
import { useLibrary } from '../stores/library';
import { useReading } from '../stores/reading';
import { useSettings } from '../stores/settings';
import { useCorpus } from '../corpus/corpus-store';
import { MAX_SNAPSHOT } from '@shared/api';
import { recentIds, snapshotKey } from '@shared/launch/snapshot-key';
import type { PaintedSnapshot } from './snapshot-paint';

/** How long the rows stay unchanged before they are kept. */
const SETTLE_MS = 1500;

type View = 'starting' | 'library' | 'reader' | 'search' | 'corpus';

function painted(): PaintedSnapshot | null {
  return (
    (window as unknown as { __rlLaunch?: { snapshot?: PaintedSnapshot | null } }).__rlLaunch?.snapshot ?? null
  );
}

/** The page's scripts, as the main process reads them from the page it serves (another build, another key). */
export function buildOf(doc: Document): string {
  return [...doc.querySelectorAll('script[src]')].map((el) => el.getAttribute('src')).join(' ');
}

/**
 * The library as drawn now, in its launch state, or null: the bar above and
 * the library, nothing else (no messages, dialogs or progress), lists closed.
 */
export function drawnLibrary(doc: Document): string | null {
  const app = doc.querySelector('#app > .app');
  const library = app?.querySelector(':scope > [data-testid="library"]');
  const chrome = app?.querySelector(':scope > .chrome');
  if (!app || !library || !chrome || library.querySelector('[data-testid="edit-title"]')) return null;
  const copy = app.cloneNode(false) as Element;
  copy.append(chrome.cloneNode(true), library.cloneNode(true));
  for (const open of copy.querySelectorAll('details[open]')) open.removeAttribute('open');
  copy.querySelector('[data-testid="save-state"]')?.remove();
  const html = copy.outerHTML;
  return html.length <= MAX_SNAPSHOT ? html : null;
}

export function useLaunchSnapshot(options: {
  view: Ref<View>;
  /** The library's first list (settled: drawn, or failed). */
  listing: Promise<unknown>;
}): void {
  const { view } = options;
  const library = useLibrary();
  const reading = useReading();
  const settings = useSettings();
  const corpus = useCorpus();
  const listed = ref(false);
  void options.listing.catch(() => undefined).then(() => (listed.value = true));

  // Down once the launch's view is drawn, in the same frame (a 'post' watcher
  // runs after the DOM is updated, before anything is painted).
  const ready = () => view.value !== 'starting' && (view.value !== 'library' || listed.value);
  const stop = watch(
    ready,
    (now) => {
      if (!now) return;
      queueMicrotask(() => stop());
      painted()?.remove();
    },
    { flush: 'post', immediate: true },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  function keep(): void {
    const filter = corpus.filter;
    const launchState = corpus.groupBy === 'none' && !filter.region && !filter.level && filter.year === null;
    if (view.value !== 'library' || !listed.value || !launchState || !library.documents.length) return;
    const html = drawnLibrary(window.document);
    if (!html) return;
    const key = snapshotKey({
      build: buildOf(window.document),
      rows: library.documents,
      settings: settings.settings,
      recent: recentIds(reading.state.places, library.documents),
    });
    if (`${key}\n${html}` === last) return;
    last = `${key}\n${html}`;
    api.invoke('launch.saveSnapshot', { key, html }).catch(() => (last = ''));
  }
  watch(
    () => [view.value, library.documents, settings.settings, reading.state, corpus.groupBy, corpus.filter],
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => whenIdle(keep, 2000), SETTLE_MS);
    },
    { deep: 1 },
  );
}
