// @vitest-environment jsdom
// Deleting a note offers it back in its toast: the button is the manager's
// own undo, the note returns exactly as it was (id, colour, text, tags,
// anchor) and is saved again; a deletion deeper in the history comes back
// on its own; the toast goes when Ctrl+Z has already brought the note back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Bridge } from '../../src-shared/api';
import type { Annotation } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';
import { compactAnnotations } from '../../src-shared/anchoring/compact';
import { useAnnotations } from '../../src-renderer/src/stores/annotations';
import { useNotify } from '../../src-renderer/src/stores/notify';
import { deleteNote } from '../../src-renderer/src/stores/note-delete';

const DOC = 'c'.repeat(64);
const model = buildTextModel(
  '一、总体情况\n\n全年地区生产总值增长6%，居民收入增长7%。\n\n二、今年安排\n\n力争增长5%左右。',
);

interface SaveCall {
  upserts: Annotation[];
  deletes: string[];
}
let saves: SaveCall[];

beforeEach(() => {
  vi.useFakeTimers();
  saves = [];
  const bridge: Bridge = {
    async invoke(method, arg) {
      if (method === 'annotations.list') return { ok: true, value: [] };
      if (method === 'annotations.listCompact')
        return { ok: true, value: compactAnnotations(model.text, []) };
      if (method === 'annotations.tags') return { ok: true, value: [] };
      if (method === 'app.status') return { ok: true, value: { readOnly: null } };
      if (method === 'annotations.save') {
        saves.push(arg as SaveCall);
        return { ok: true, value: null };
      }
      return { ok: false, error: { code: 'not-found', message: method } };
    },
    on: () => () => undefined,
  };
  (window as unknown as { api: Bridge }).api = bridge;
  setActivePinia(createPinia());
});
afterEach(() => vi.useRealTimers());

async function withNote(quote: string) {
  const store = useAnnotations();
  if (!store.docId) await store.load(DOC, model);
  const start = model.text.indexOf(quote);
  const a = store.create({ start, end: start + quote.length, color: 'green' });
  if (!a) throw new Error('not created');
  store.update(a.id, { note: '偏低' });
  store.update(a.id, { tags: ['经济'] });
  await vi.advanceTimersByTimeAsync(1000);
  return { store, note: store.items.get(a.id) as Annotation };
}

const toastFor = () => {
  const toast = useNotify().toasts.find((t) => t.action);
  if (!toast) throw new Error('no toast with a button');
  return toast;
};

describe('deleting a note', () => {
  it('shows a toast whose undo brings the same note back and saves it again', async () => {
    const { store, note } = await withNote('居民收入增长7%');
    saves = [];
    deleteNote(note.id);
    expect(store.items.has(note.id)).toBe(false);
    const toast = toastFor();
    expect(toast.text).toContain('居民收入增长7%');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([{ id: DOC, upserts: [], deletes: [note.id] }]);

    useNotify().act(toast.id);
    expect(store.items.get(note.id)).toEqual(note);
    expect(store.placements.get(note.id)?.status).toBe('exact');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves[1]).toEqual({ id: DOC, upserts: [note], deletes: [] });
    expect(useNotify().toasts).toEqual([]);
  });

  it('brings back a deletion that is no longer the last change', async () => {
    const { store, note } = await withNote('居民收入增长7%');
    deleteNote(note.id);
    const first = toastFor();
    const later = store.create({ ...{ start: 0, end: 2 } });
    useNotify().act(first.id);
    expect(store.items.get(note.id)).toEqual(note);
    expect(store.items.has(later?.id ?? '')).toBe(true);
    // Its return is one more step: Ctrl+Z takes it away again, then the later note.
    store.undo();
    expect(store.items.has(note.id)).toBe(false);
    store.undo();
    expect(store.items.has(later?.id ?? '')).toBe(false);
  });

  it('names an empty document note plainly', async () => {
    const store = useAnnotations();
    await store.load(DOC, model);
    const a = store.create({});
    deleteNote(a?.id ?? '');
    expect(toastFor().text).toBe('已删除一条笔记');
  });

  it('closes the toast when Ctrl+Z has already brought the note back', async () => {
    const { store, note } = await withNote('力争增长5%左右');
    deleteNote(note.id);
    expect(useNotify().toasts).toHaveLength(1);
    store.undo();
    await vi.advanceTimersByTimeAsync(0);
    expect(useNotify().toasts).toEqual([]);
    expect(store.undoDelete(note.id)).toBe(false);
    expect(store.items.get(note.id)).toEqual(note);
  });
});
