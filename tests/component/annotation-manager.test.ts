// @vitest-environment jsdom
// The annotation manager: create, edit, recolour, delete, undo and redo, and
// batched saves through the API (a fake bridge records what reaches it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Bridge } from '../../src-shared/api';
import type { Annotation } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';
import { compactAnnotations } from '../../src-shared/anchoring/compact';
import { describeRange } from '../../src-shared/anchoring/describe';
import { useAnnotations } from '../../src-renderer/src/stores/annotations';
import { RETRY_MS, useSaveState } from '../../src-renderer/src/stores/save-state';

const DOC = 'b'.repeat(64);
const model = buildTextModel(
  '一、总体情况\n\n全年地区生产总值增长6%，居民收入增长7%。\n\n二、今年安排\n\n力争增长5%左右。',
);

interface SaveCall {
  upserts: Annotation[];
  deletes: string[];
}
let saves: SaveCall[];
let stored: Annotation[];
/** The error the next saves get (a full disk), or null. */
let failSaves: { code: 'storage'; message: string; params: { reason: string } } | null;

beforeEach(() => {
  vi.useFakeTimers();
  saves = [];
  stored = [];
  failSaves = null;
  const bridge: Bridge = {
    async invoke(method, arg) {
      if (method === 'annotations.list') return { ok: true, value: stored };
      if (method === 'annotations.listCompact')
        return { ok: true, value: compactAnnotations(model.text, stored) };
      if (method === 'annotations.tags') return { ok: true, value: ['财政'] };
      if (method === 'app.status') return { ok: true, value: { readOnly: null } };
      if (method === 'annotations.save') {
        if (failSaves) return { ok: false, error: failSaves };
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

afterEach(() => {
  vi.useRealTimers();
});

async function loaded() {
  const store = useAnnotations();
  await store.load(DOC, model);
  return store;
}

function offsetsOf(quote: string): { start: number; end: number } {
  const start = model.text.indexOf(quote);
  return { start, end: start + quote.length };
}

describe('the annotation manager', () => {
  it('creates an annotation with its quote, context and place, and saves it once after a pause', async () => {
    const store = await loaded();
    const a = store.create({ ...offsetsOf('增长6%'), color: 'green' });
    expect(a?.target).toMatchObject({ quote: '增长6%', prefix: expect.stringContaining('地区生产总值') });
    expect(store.placements.get(a?.id ?? '')).toMatchObject({ status: 'exact' });
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([{ id: DOC, upserts: [a], deletes: [] }]);
  });

  it('undoes and redoes create, edit, recolour and delete in order', async () => {
    const store = await loaded();
    const a = store.create({ ...offsetsOf('居民收入增长7%') });
    const id = a?.id ?? '';
    vi.advanceTimersByTime(2000);
    store.update(id, { note: '比去年高' });
    vi.advanceTimersByTime(2000);
    store.update(id, { color: 'red' });
    store.remove(id);
    expect(store.items.has(id)).toBe(false);

    expect(store.undo()).toBe(true); // delete
    expect(store.items.get(id)?.color).toBe('red');
    expect(store.undo()).toBe(true); // recolour
    expect(store.items.get(id)?.color).toBe('yellow');
    expect(store.items.get(id)?.note).toBe('比去年高');
    expect(store.undo()).toBe(true); // edit
    expect(store.items.get(id)?.note).toBe('');
    expect(store.undo()).toBe(true); // create
    expect(store.items.has(id)).toBe(false);
    expect(store.undo()).toBe(false);

    expect(store.redo()).toBe(true);
    expect(store.redo()).toBe(true);
    expect(store.redo()).toBe(true);
    expect(store.items.get(id)).toMatchObject({ note: '比去年高', color: 'red' });
    expect(store.redo()).toBe(true);
    expect(store.items.has(id)).toBe(false);
    expect(store.redo()).toBe(false);
  });

  it('makes one undo step of a burst of typing, and a new edit clears redo', async () => {
    const store = await loaded();
    const id = store.create({ ...offsetsOf('力争增长5%左右') })?.id ?? '';
    vi.advanceTimersByTime(2000);
    for (const text of ['目', '目标', '目标偏低']) {
      store.update(id, { note: text });
      vi.advanceTimersByTime(200);
    }
    store.undo();
    expect(store.items.get(id)?.note).toBe('');
    store.redo();
    expect(store.items.get(id)?.note).toBe('目标偏低');
    store.undo();
    store.update(id, { tags: ['增长'] });
    expect(store.redo()).toBe(false);
  });

  it('saves the net result of many changes as one batch', async () => {
    const store = await loaded();
    const a = store.create({ ...offsetsOf('增长6%') });
    const b = store.create({ ...offsetsOf('增长7%') });
    store.remove(a?.id ?? '');
    store.update(b?.id ?? '', { tags: ['收入'] });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.deletes).toEqual([a?.id]);
    expect(saves[0]?.upserts.map((x) => [x.id, x.tags])).toEqual([[b?.id, ['收入']]]);
  });

  it('sends at most 250 ms after the first unsent edit, however fast edits keep coming', async () => {
    const store = await loaded();
    const a = store.create({ ...offsetsOf('增长6%') });
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(100);
      store.update(a?.id ?? '', { note: `第${i}次` });
      if (i === 2) expect(saves.length).toBeGreaterThanOrEqual(1);
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(saves.length).toBeGreaterThanOrEqual(4);
    expect(saves.at(-1)?.upserts[0]?.note).toBe('第9次');
  });

  it('shows unsent edits as pending, and a disk that refuses them as a failure, kept and sent once it can', async () => {
    const store = await loaded();
    const state = useSaveState();
    failSaves = { code: 'storage', message: 'the disk is full', params: { reason: 'ENOSPC' } };
    const a = store.create({ ...offsetsOf('增长6%') });
    expect(state.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(300);
    expect(state.state).toBe('failed');
    expect(state.failureKey).toBe('saveState.failedFull');
    expect(saves).toEqual([]);
    failSaves = null;
    await vi.advanceTimersByTimeAsync(RETRY_MS + 100);
    expect(saves).toEqual([{ id: DOC, upserts: [a], deletes: [] }]);
    expect(state.state).toBe('saved');
    expect(state.failureKey).toBeNull();
  });

  it('keeps a failed save with its own document when another one is opened', async () => {
    const store = await loaded();
    failSaves = { code: 'storage', message: 'the disk is full', params: { reason: 'ENOSPC' } };
    const a = store.create({ ...offsetsOf('增长6%') });
    await vi.advanceTimersByTimeAsync(300);
    const other = 'c'.repeat(64);
    await store.load(other, model);
    failSaves = null;
    const b = store.create({ ...offsetsOf('增长7%') });
    await store.flush();
    expect(saves).toContainEqual({ id: DOC, upserts: [a], deletes: [] });
    expect(saves).toContainEqual({ id: other, upserts: [b], deletes: [] });
  });

  it('places stored annotations in a changed text, and keeps what cannot be placed as an orphan', async () => {
    const time = new Date(0).toISOString();
    const base: Omit<Annotation, 'id' | 'target'> = {
      style: 'highlight',
      color: 'blue',
      note: '',
      tags: [],
      createdAt: time,
      updatedAt: time,
    };
    stored = [
      // Offsets from an older edition: the quote now sits elsewhere.
      {
        ...base,
        id: crypto.randomUUID(),
        target: { start: 0, end: 5, quote: '力争增长5%', prefix: '', suffix: '' },
      },
      {
        ...base,
        id: crypto.randomUUID(),
        target: { start: 3, end: 9, quote: '这句话已删除了', prefix: '', suffix: '' },
      },
      { ...base, id: crypto.randomUUID(), target: null, note: '整篇的看法' },
    ];
    const store = await loaded();
    const [moved, orphan, doc] = stored;
    expect(store.placements.get(moved?.id ?? '')).toMatchObject({
      status: 'moved',
      ...offsetsOf('力争增长5%'),
    });
    expect(store.placements.get(orphan?.id ?? '')?.status).toBe('orphan');
    expect(store.ordered.map((a) => a.id)).toEqual([doc?.id, moved?.id, orphan?.id]);
    // The new place is remembered.
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves[0]?.upserts.map((a) => a.target?.start)).toEqual([offsetsOf('力争增长5%').start]);
  });

  it('gets stored notes whole, from offsets or, when its text is not the one they were sent for, from the whole list', async () => {
    const made = [offsetsOf('增长6%'), offsetsOf('力争增长5%')].map(({ start, end }, i) => ({
      id: crypto.randomUUID(),
      target: describeRange(model.text, start, end),
      style: 'highlight' as const,
      color: 'green' as const,
      note: `看法${i}`,
      tags: [],
      createdAt: new Date(0).toISOString(),
      updatedAt: new Date(0).toISOString(),
    }));
    stored = made;
    const store = await loaded();
    expect([...store.items.values()]).toEqual(made);
    // Compacted against another text (the reader's copy is not the stored one): asked for whole.
    const wrong = {
      chars: model.text.length + 1,
      annotations: made.map((a) => ({ ...a, target: { start: a.target.start + 1, end: a.target.end + 1 } })),
    };
    await store.load(DOC, model, Promise.resolve(wrong));
    expect([...store.items.values()]).toEqual(made);
  });

  it('filters by colour, tag and text, and counts', async () => {
    const store = await loaded();
    const a = store.create({ ...offsetsOf('增长6%'), color: 'green', tags: ['经济'] });
    store.create({ ...offsetsOf('增长7%'), color: 'red', note: '收入' });
    store.filter.colors = ['green'];
    expect(store.visible.map((x) => x.id)).toEqual([a?.id]);
    store.filter = { colors: [], tags: [], text: '收入' };
    expect(store.visible).toHaveLength(1);
    expect(store.colorCounts.get('green')).toBe(1);
    expect(store.tagCounts).toEqual([['经济', 1]]);
    expect(store.allTags).toEqual(['经济', '财政']);
  });

  it('orders notes at one place by when they were made, and an empty filter shows them all', async () => {
    const at = offsetsOf('增长6%');
    const target = { ...at, quote: '增长6%', prefix: '', suffix: '' };
    const note = (id: string, createdAt: string): Annotation => ({
      id,
      target,
      style: 'highlight',
      color: 'yellow',
      note: '',
      tags: [],
      createdAt,
      updatedAt: createdAt,
    });
    // Stored newest first; a note about the whole document comes before them.
    stored = [
      note('c', '2025-03-02T00:00:00.000Z'),
      note('a', '2024-12-31T23:59:59.999Z'),
      note('b', '2025-01-01T00:00:00.000Z'),
      { ...note('d', '2026-01-01T00:00:00.000Z'), target: null },
    ];
    const store = await loaded();
    expect(store.ordered.map((a) => a.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(store.visible.map((a) => a.id)).toEqual(['d', 'a', 'b', 'c']);
    store.filter.colors = ['yellow'];
    store.filter.text = '  ';
    expect(store.visible).toHaveLength(4);
    store.filter.tags = ['none'];
    expect(store.visible).toHaveLength(0);
  });

  it('reads the list again without emptying it on the way (the cards stay until the new list is in)', async () => {
    const store = await loaded();
    const a = store.create({ ...offsetsOf('增长6%') });
    if (!a) throw new Error('not created');
    await store.flush();
    const at = offsetsOf('增长7%');
    const added = { ...a, id: 'from-pdf', target: describeRange(model.text, at.start, at.end) };
    stored = [a, added];
    const reading = store.reload(DOC);
    expect(store.ordered.map((x) => x.id)).toEqual([a.id]);
    await reading;
    expect(store.ordered.map((x) => x.id)).toEqual([a.id, 'from-pdf']);
    expect(store.placements.get('from-pdf')?.status).toBe('exact');
    // What was done before the reading can still be undone.
    expect(store.undoStack.length).toBe(1);
  });
});
