// The annotation manager: the open document's annotations, where each sits in
// the current text, undo and redo, and batched saves. Components only show
// and ask; every change goes through here.
import { defineStore } from 'pinia';
import { ref, shallowRef, triggerRef } from 'vue';
import type { Annotation, AnnotationColor, AnnotationStyle, TextModel } from '@shared/model';
import { MAX_NOTE_CHARS } from '@shared/model';
import { i18n } from '../i18n';
import { anchor } from '@shared/anchoring/anchor';
import { describeRange } from '@shared/anchoring/describe';
import { expandAnnotations, type CompactList } from '@shared/anchoring/compact';
import { decodeMarks, type Mark, type MarkList } from '@shared/anchoring/marks';
import { api } from '../api';
import { describeError } from '../errors';
import { useNotify } from './notify';
import { reasonOf, useSaveState } from './save-state';
import { pageOfOffset } from '../pdf/text-map';
import type { AnnotationFilter } from '../annotations/filter';
import { annotationViews } from '../annotations/views';
import { createSaveQueue } from '../annotations/save-queue';
import { createHistory } from '../annotations/history';
import { annotationAt, type Placement } from '../annotations/hit';

export type { Placement } from '../annotations/hit';

/** Marks drawn ahead of their annotations, and how many annotations they stand for. */
export interface MarkPreview {
  marks: readonly Mark[];
  covers: number;
}

function nowIso(): string {
  return new Date().toISOString();
}

export const useAnnotations = defineStore('annotations', () => {
  const notify = useNotify();
  const saveState = useSaveState();
  const docId = ref<string | null>(null);
  /** The document whose annotations have all been read (docId while they are on their way: not yet). */
  const loadedId = ref<string | null>(null);
  const model = shallowRef<TextModel | null>(null);
  const items = shallowRef(new Map<string, Annotation>());
  const placements = shallowRef(new Map<string, Placement>());
  /** The highlights drawn before the annotations themselves come (null once they have: then from items). */
  const preview = shallowRef<MarkPreview | null>(null);
  const selectedId = ref<string | null>(null);
  const knownTags = ref<string[]>([]);
  const filter = ref<AnnotationFilter>({ colors: [], tags: [], text: '' });
  /** Increases whenever what is drawn changes, so panes know to redraw. */
  const version = ref(0);

  const saves = createSaveQueue({
    send: async (batch) => void (await saveState.write(() => api.invoke('annotations.save', batch))),
    onUnsent: (n) => saveState.setUnsent('annotations', n),
    onFailure(err) {
      // A disk that cannot be written is shown by the save banner, and tried again until it can.
      if (reasonOf(err) !== null) return true;
      notify.push('error', () => describeError(err));
      return false;
    },
  });
  const flush = (): Promise<void> => saves.flush();

  function changed(): void {
    triggerRef(items);
    triggerRef(placements);
    version.value++;
  }

  const { ordered, visible, colorCounts, tagCounts, allTags } = annotationViews({
    items,
    placements,
    version,
    filter,
    knownTags,
  });

  function place(a: Annotation): void {
    const text = model.value?.text;
    if (!a.target || text === undefined) {
      placements.value.delete(a.id);
      return;
    }
    const found = anchor(text, a.target);
    placements.value.set(a.id, found);
  }

  /** The whole annotations, rebuilt from the text they came compacted against (or asked for whole). */
  async function listFor(id: string, text: TextModel, listing?: Promise<CompactList>): Promise<Annotation[]> {
    const compact = await (listing ?? api.invoke('annotations.listCompact', { id }));
    return expandAnnotations(text.text, compact) ?? (await api.invoke('annotations.list', { id }));
  }

  function queueUpsert(a: Annotation): void {
    if (docId.value) saves.upsert(docId.value, a);
  }

  function queueDelete(annotationId: string): void {
    if (docId.value) saves.remove(docId.value, annotationId);
  }

  /**
   * Starts on a document: what was shown before is let go, and with `marking`
   * (its marks, anchoring/marks.ts) its highlights can be drawn as soon as
   * they come, before the annotations themselves (fill).
   */
  async function start(id: string, text: TextModel, marking?: Promise<MarkList>): Promise<void> {
    await flush();
    docId.value = id;
    loadedId.value = null;
    model.value = text;
    items.value = new Map();
    placements.value = new Map();
    preview.value = null;
    history.clear();
    selectedId.value = null;
    filter.value = { colors: [], tags: [], text: '' };
    const list = await marking?.catch(() => null);
    if (!list || docId.value !== id || loadedId.value === id) return;
    const marks = decodeMarks(text.text, list);
    if (!marks) return;
    preview.value = { marks, covers: list.total - list.pending };
    version.value++;
  }

  /** Takes in a document's annotations, each placed in its text. */
  function placeAll(list: readonly Annotation[]): void {
    for (const a of list) {
      items.value.set(a.id, a);
      place(a);
      // Found somewhere else than its offsets say (the text changed): remember the new place.
      const p = placements.value.get(a.id);
      if (a.target && p && (p.status === 'moved' || p.status === 'fuzzy')) {
        queueUpsert({ ...a, target: targetFor(p.start, p.end) });
      }
    }
  }

  /** The annotations of the document started on (`listing`: their list, when already asked for). */
  async function fill(id: string, listing?: Promise<CompactList>): Promise<void> {
    const text = model.value;
    if (docId.value !== id || !text) return;
    // Tags only feed autocomplete: the highlights are not held back for them.
    void api
      .invoke('annotations.tags', undefined)
      .then((tags) => {
        if (docId.value === id) knownTags.value = tags;
      })
      .catch(() => undefined);
    const list = await listFor(id, text, listing);
    if (docId.value !== id || model.value !== text) return;
    placeAll(list);
    preview.value = null;
    changed();
    loadedId.value = id;
  }

  /** Loads the document's annotations (`listing`: their list, when already asked for). */
  async function load(id: string, text: TextModel, listing?: Promise<CompactList>): Promise<void> {
    await start(id, text);
    await fill(id, listing);
  }

  /**
   * The current document's annotations read again (after notes were added
   * from a file): the cards stay until the new list is in, then swap at once.
   */
  async function reload(id: string): Promise<void> {
    const text = model.value;
    if (docId.value !== id || !text) return;
    if (loadedId.value !== id) return load(id, text);
    await flush();
    const list = await listFor(id, text);
    if (docId.value !== id || model.value !== text) return;
    items.value = new Map();
    placements.value = new Map();
    placeAll(list);
    if (selectedId.value && !items.value.has(selectedId.value)) selectedId.value = null;
    changed();
  }

  function close(): void {
    void flush();
    docId.value = null;
    loadedId.value = null;
    model.value = null;
    items.value = new Map();
    placements.value = new Map();
    preview.value = null;
    selectedId.value = null;
    changed();
  }

  function targetFor(start: number, end: number): Annotation['target'] {
    const m = model.value;
    if (!m) return null;
    const page = m.pages?.length ? pageOfOffset(m.pages, start) + 1 : undefined;
    return describeRange(m.text, start, end, page);
  }

  const history = createHistory(apply, (id) => items.value.has(id));
  const { undoStack, redoStack, undo, redo, undoDelete } = history;

  /** Applies a command's effect without recording it (do, undo and redo all use this). */
  function apply(next: Annotation | null, id: string): void {
    if (next) {
      items.value.set(id, next);
      place(next);
      queueUpsert(next);
    } else {
      items.value.delete(id);
      placements.value.delete(id);
      if (selectedId.value === id) selectedId.value = null;
      queueDelete(id);
    }
    changed();
  }

  function create(init: {
    start?: number;
    end?: number;
    style?: AnnotationStyle;
    color?: AnnotationColor;
    note?: string;
    tags?: string[];
  }): Annotation | null {
    if (!docId.value) return null;
    const target =
      init.start !== undefined && init.end !== undefined ? targetFor(init.start, init.end) : null;
    if (init.start !== undefined && !target) return null;
    const time = nowIso();
    const a: Annotation = {
      id: crypto.randomUUID(),
      target,
      style: init.style ?? 'highlight',
      color: init.color ?? 'yellow',
      note: init.note ?? '',
      tags: init.tags ?? [],
      createdAt: time,
      updatedAt: time,
    };
    apply(a, a.id);
    history.record({ kind: 'create', after: a });
    selectedId.value = a.id;
    return a;
  }

  function update(id: string, patch: Partial<Pick<Annotation, 'note' | 'tags' | 'color' | 'style'>>): void {
    const before = items.value.get(id);
    if (!before) return;
    if (patch.note !== undefined && patch.note.length > MAX_NOTE_CHARS) {
      notify.push('error', () =>
        i18n.global.t('annotations.noteTooLong', { n: MAX_NOTE_CHARS.toLocaleString() }),
      );
      patch = { ...patch, note: patch.note.slice(0, MAX_NOTE_CHARS) };
    }
    const after: Annotation = { ...before, ...patch, updatedAt: nowIso() };
    apply(after, id);
    history.recordUpdate(before, after, patch.note !== undefined && Object.keys(patch).length === 1);
  }

  function remove(id: string): void {
    const before = items.value.get(id);
    if (!before) return;
    apply(null, id);
    history.record({ kind: 'delete', before });
  }

  /** The annotation drawn at a text offset (the innermost one). */
  function at(offset: number): Annotation | null {
    return annotationAt(items.value, placements.value, offset);
  }

  async function copyFrom(from: string): Promise<number> {
    const id = docId.value;
    const m = model.value;
    if (!id || !m) return 0;
    await flush();
    const { copied } = await api.invoke('annotations.copyFrom', { id, from });
    await reload(id);
    return copied;
  }

  return {
    docId,
    loadedId,
    items,
    placements,
    preview,
    selectedId,
    undoStack,
    redoStack,
    filter,
    version,
    ordered,
    visible,
    colorCounts,
    tagCounts,
    allTags,
    start,
    fill,
    load,
    reload,
    close,
    create,
    update,
    remove,
    undo,
    undoDelete,
    redo,
    at,
    flush,
    copyFrom,
  };
});
