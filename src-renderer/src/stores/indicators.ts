// The open document's indicator table: the extraction (run in the background
// once the text is shown), the user's edits laid over it and saved per
// document, what the table shows (filter, sort, grouping, selection), and the
// marks on the values in the text. Components only show and ask.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { IndicatorEdit, IndicatorFields } from '@shared/api';
import type { Indicator } from '@shared/indicators';
import type { TextModel } from '@shared/model';
import { api } from '../api';
import { describeError } from '../errors';
import { whenIdle } from '../idle';
import { clearIndicators, drawIndicators } from '../indicators/draw';
import { mergeEdits, withAdd, withChange, withDelete } from '../indicators/merge';
import type { IndicatorRow } from '../indicators/merge';
import { extractInBackground } from '../indicators/run-extract';
import { buildAdded, parseValue } from '../indicators/selection';
import { filterRows, groupLines, sortRows } from '../indicators/table';
import type { GroupBy, TableFilter, TableSort } from '../indicators/table';
import { useNotify } from './notify';
import { reasonOf, RETRY_MS, useSaveState } from './save-state';
import { useReader } from './reader';
import { snapshotHistory } from '../indicators/snapshots';

export type ExtractState = 'idle' | 'extracting' | 'ready' | 'failed';

/** How many edits the table can undo. */
const MAX_UNDO = 200;
/** Changes reach the disk this long after the last edit. */
const SAVE_DELAY_MS = 250;
/** Above this many characters the panel says it is extracting (smaller texts take a blink). */
export const BIG_TEXT_CHARS = 500_000;
/** Extraction waits at most this long for the first page to be drawn. */
const FIRST_PAINT_WAIT_MS = 4000;

const emptyFilter = (): TableFilter => ({ status: '', period: '', kind: '', text: '' });

export const useIndicators = defineStore('indicators', () => {
  const reader = useReader();
  const notify = useNotify();
  const saveState = useSaveState();
  const docId = ref<string | null>(null);
  const model = shallowRef<TextModel | null>(null);
  const extracted = shallowRef<Indicator[]>([]);
  const edits = shallowRef<IndicatorEdit[]>([]);
  const state = ref<ExtractState>('idle');
  /** How long the last extraction took (ms), for the panel's footer and the e2e figures. */
  const extractMs = ref(0);
  const filter = ref<TableFilter>(emptyFilter());
  const sort = ref<TableSort>({ key: 'order', dir: 1 });
  const groupBy = ref<GroupBy>('section');
  const selectedKey = ref<string | null>(null);
  /** Increases when a value clicked in the text asks the panel to show its row. */
  const revealSeq = ref(0);

  const merged = computed(() =>
    model.value ? mergeEdits(model.value, extracted.value, edits.value) : { rows: [], unplaced: 0 },
  );
  const rows = computed(() => merged.value.rows);
  const byKey = computed(() => new Map(rows.value.map((r) => [r.key, r])));
  const visible = computed(() =>
    sortRows(filterRows(rows.value, filter.value, model.value?.text ?? ''), sort.value),
  );
  const lines = computed(() => groupLines(visible.value, groupBy.value));
  const periods = computed(() => [...new Set(rows.value.map((r) => r.period ?? '—'))].sort().reverse());
  const selected = computed(() => (selectedKey.value ? (byKey.value.get(selectedKey.value) ?? null) : null));

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let saving: Promise<void> = Promise.resolve();

  function markDirty(value: boolean): void {
    dirty = value;
    saveState.setUnsent('indicators', value ? 1 : 0);
  }

  function flush(): Promise<void> {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const id = docId.value;
    if (!dirty || !id) return saving;
    markDirty(false);
    const batch = edits.value;
    saving = saving
      .then(() => saveState.write(() => api.invoke('indicators.saveEdits', { id, edits: batch })))
      .then(() => undefined)
      .catch((err: unknown) => {
        // Kept (unless the user moved on to another document) and tried again.
        if (docId.value === id && edits.value === batch) markDirty(true);
        if (reasonOf(err) === null) notify.push('error', () => describeError(err));
        else if (dirty) saveTimer ??= setTimeout(() => void flush(), RETRY_MS);
      });
    return saving;
  }

  // Undo and redo keep whole snapshots of the edit list (merge.ts never mutates one).
  const history = snapshotHistory(() => edits.value, setEdits, MAX_UNDO);
  const record = history.record;

  /** Sent at most SAVE_DELAY_MS after the first unsent edit. */
  function setEdits(next: IndicatorEdit[]): void {
    edits.value = next;
    markDirty(true);
    saveTimer ??= setTimeout(() => {
      saveTimer = undefined;
      void flush();
    }, SAVE_DELAY_MS);
  }

  async function load(id: string, text: TextModel): Promise<void> {
    await flush();
    docId.value = id;
    model.value = text;
    extracted.value = [];
    edits.value = [];
    history.clear();
    selectedKey.value = null;
    filter.value = emptyFilter();
    state.value = 'extracting';
    const started = performance.now();
    try {
      const [found, saved] = await Promise.all([
        extractInBackground(text),
        api.invoke('indicators.edits', { id }),
      ]);
      if (docId.value !== id) return;
      extractMs.value = Math.round(performance.now() - started);
      extracted.value = found;
      edits.value = saved;
      state.value = 'ready';
    } catch (err) {
      if (docId.value !== id) return;
      state.value = 'failed';
      notify.push('error', () => describeError(err));
    }
  }

  function close(): void {
    void flush();
    docId.value = null;
    model.value = null;
    extracted.value = [];
    edits.value = [];
    history.clear();
    selectedKey.value = null;
    state.value = 'idle';
    clearIndicators();
  }

  const now = () => new Date().toISOString();

  function update(key: string, patch: IndicatorFields & { confirmed?: boolean }): void {
    const row = byKey.value.get(key);
    if (!row || !model.value) return;
    record(withChange(edits.value, model.value, row, patch, now()));
  }

  function remove(key: string): void {
    const row = byKey.value.get(key);
    if (!row || !model.value) return;
    if (selectedKey.value === key) selectedKey.value = null;
    record(withDelete(edits.value, model.value, row, now()));
  }

  /** Adds the user's own indicator on text[start, end); its key, or null when the text holds no number. */
  function add(start: number, end: number): string | null {
    const m = model.value;
    if (!m || end <= start) return null;
    if (!parseValue(m.text.slice(start, end))) return null;
    const ind = buildAdded(m, extracted.value, start, end);
    const fields: IndicatorFields = {
      name: ind.name,
      value: ind.value,
      valueMax: ind.valueMax ?? null,
      unit: ind.unit,
      kind: ind.kind,
      qualifier: ind.qualifier,
      status: ind.status,
      period: ind.period,
    };
    record(withAdd(edits.value, m, start, end, fields, now()));
    const row = rows.value.find((r) => r.origin === 'added' && r.start === start && r.end === end);
    selectedKey.value = row?.key ?? null;
    return selectedKey.value;
  }

  /** The row whose value is drawn at a text offset (the shortest, if several). */
  function at(offset: number): IndicatorRow | null {
    let best: IndicatorRow | null = null;
    for (const r of rows.value) {
      if (r.start > offset) break;
      if (offset < r.end && (!best || r.end - r.start < best.end - best.start)) best = r;
    }
    return best;
  }

  function revealFromText(key: string): void {
    selectedKey.value = key;
    revealSeq.value++;
  }

  /** A header click: ascending, then descending, then back to reading order. */
  function sortBy(key: TableSort['key']): void {
    const { key: k, dir } = sort.value;
    sort.value = k !== key ? { key, dir: 1 } : dir === 1 ? { key, dir: -1 } : { key: 'order', dir: 1 };
  }

  /**
   * Runs `start` once the document's first page is drawn and the page is idle,
   * so extraction (and handing it the text) never competes with page 1. With
   * no pane showing a text document (component tests), at once.
   */
  function afterFirstPaint(id: string, start: () => void): void {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      stop();
      clearTimeout(fallback);
      whenIdle(start, 1000);
    };
    const stop = watch(
      () => reader.drawnFor,
      (drawn) => drawn === id && go(),
    );
    // A document whose first page never draws (a broken PDF) is extracted anyway.
    const fallback = setTimeout(go, FIRST_PAINT_WAIT_MS);
    // A PDF's pane is not mounted yet when its text arrives (its chunk and
    // pdf.js's parse come after): it is waited for, not taken for no pane.
    if (reader.drawnFor === id || (!reader.surface && !reader.pdfBytes)) go();
  }

  // The document the reader opens: extract once its text is on screen.
  watch(
    () => reader.doc,
    (doc) => {
      if (!doc) {
        close();
        return;
      }
      if (doc.record.id === docId.value && doc.model === model.value) return;
      setTimeout(
        () => afterFirstPaint(doc.record.id, () => reader.doc === doc && void load(doc.record.id, doc.model)),
        0,
      );
    },
    { immediate: true },
  );

  // Marks in the text: redrawn when the pane's DOM, the rows or the selection change.
  let frame = 0;
  function draw(): void {
    frame = 0;
    const surface = reader.surface;
    if (surface && docId.value) drawIndicators(surface, rows.value, selectedKey.value);
    else clearIndicators();
  }
  watch([() => reader.surface, () => reader.layoutVersion, rows, selectedKey], () => {
    if (frame) return;
    frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(draw) : 1;
    if (typeof requestAnimationFrame !== 'function') setTimeout(draw, 0);
  });

  return {
    docId,
    model,
    extracted,
    edits,
    state,
    extractMs,
    filter,
    sort,
    groupBy,
    selectedKey,
    selected,
    revealSeq,
    rows,
    unplaced: computed(() => merged.value.unplaced),
    visible,
    lines,
    periods,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    undo: history.undo,
    redo: history.redo,
    load,
    close,
    flush,
    update,
    remove,
    add,
    at,
    revealFromText,
    sortBy,
  };
});
