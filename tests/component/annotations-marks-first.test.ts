// @vitest-environment jsdom
// A document's highlights before its annotations: the store draws the marks
// (anchoring/marks.ts) as soon as they come, then the annotations replace
// them; marks worked out against another text, or for a document left since,
// are never drawn.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Bridge } from '../../src-shared/api';
import type { Annotation } from '../../src-shared/model';
import { buildTextModel } from '../../src-shared/text';
import { compactAnnotations } from '../../src-shared/anchoring/compact';
import { describeRange } from '../../src-shared/anchoring/describe';
import { marksOf, type MarkList } from '../../src-shared/anchoring/marks';
import { useAnnotations } from '../../src-renderer/src/stores/annotations';
import { marksToDraw } from '../../src-renderer/src/components/reader/pane-context';

const DOC = 'b'.repeat(64);
const OTHER = 'c'.repeat(64);
const model = buildTextModel(
  '一、总体情况\n\n全年地区生产总值增长6%，居民收入增长7%。\n\n二、今年安排\n\n力争增长5%左右。',
);

function noteOn(quote: string, id: string, color: Annotation['color'] = 'yellow'): Annotation {
  const start = model.text.indexOf(quote);
  return {
    id,
    target: describeRange(model.text, start, start + quote.length),
    style: 'highlight',
    color,
    note: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const stored: Annotation[] = [
  noteOn('增长6%', '11111111-1111-4111-8111-111111111111', 'green'),
  noteOn('增长5%左右', '22222222-2222-4222-8222-222222222222'),
  // Its quote no longer where its offsets say: to be found again, so not a mark.
  {
    ...noteOn('居民收入', '33333333-3333-4333-8333-333333333333'),
    target: { start: 0, end: 4, quote: '居民收入', prefix: '', suffix: '' },
  },
];
let listed: number;

beforeEach(() => {
  listed = 0;
  const bridge: Bridge = {
    async invoke(method) {
      if (method === 'annotations.listCompact') {
        listed++;
        return { ok: true, value: compactAnnotations(model.text, stored) };
      }
      if (method === 'annotations.tags') return { ok: true, value: [] };
      if (method === 'annotations.save') return { ok: true, value: null };
      return { ok: false, error: { code: 'not-found', message: method } };
    },
    on: () => () => undefined,
  };
  (window as unknown as { api: Bridge }).api = bridge;
  setActivePinia(createPinia());
});

describe('marks first, annotations after', () => {
  it('draws the marks the text describes before any annotation has come, then the annotations in their place', async () => {
    const store = useAnnotations();
    await store.start(DOC, model, Promise.resolve(marksOf(model.text, stored)));
    expect(listed).toBe(0);
    expect(store.items.size).toBe(0);
    const first = marksToDraw(store);
    expect([...first.marks].map((m) => [m.id, model.text.slice(m.start, m.end), m.color])).toEqual([
      [null, '增长6%', 'green'],
      [null, '增长5%左右', 'yellow'],
    ]);
    // Two of three annotations are accounted for: the third is drawn once found again.
    expect(first.covers).toBe(2);
    // One made meanwhile is drawn beside them.
    const made = store.create({ start: 0, end: 2, color: 'blue' });
    expect([...marksToDraw(store).marks].map((m) => m.id)).toEqual([null, null, made?.id]);
    expect(marksToDraw(store).covers).toBe(3);
    const version = store.version;
    await store.fill(DOC);
    expect(listed).toBe(1);
    expect(store.preview).toBeNull();
    expect(store.version).toBeGreaterThan(version);
    const after = marksToDraw(store);
    expect(after.covers).toBe(4);
    expect([...after.marks].map((m) => m.id)).toContain('33333333-3333-4333-8333-333333333333');
    expect(store.loadedId).toBe(DOC);
  });

  it('draws no marks worked out against another text, nor malformed ones', async () => {
    const store = useAnnotations();
    const longer: MarkList = { ...marksOf(model.text, stored), chars: model.text.length + 1 };
    await store.start(DOC, model, Promise.resolve(longer));
    expect(store.preview).toBeNull();
    const outside: MarkList = {
      chars: model.text.length,
      total: 1,
      marks: [0, model.text.length + 5, 0, 0],
      pending: 0,
    };
    await store.start(DOC, model, Promise.resolve(outside));
    expect(store.preview).toBeNull();
    const unknownColour: MarkList = { chars: model.text.length, total: 1, marks: [0, 2, 0, 9], pending: 0 };
    await store.start(DOC, model, Promise.resolve(unknownColour));
    expect(store.preview).toBeNull();
    // Marks that never come: the annotations are drawn once they do.
    await store.start(DOC, model, Promise.reject(new Error('gone')));
    expect(store.preview).toBeNull();
    await store.fill(DOC);
    expect(store.items.size).toBe(3);
  });

  it("does not draw a document's marks, nor fill in its annotations, once another has been started on", async () => {
    const store = useAnnotations();
    let arrive: (list: MarkList) => void = () => undefined;
    const late = new Promise<MarkList>((resolve) => (arrive = resolve));
    const first = store.start(DOC, model, late);
    await store.start(OTHER, model);
    arrive(marksOf(model.text, stored));
    await first;
    expect(store.docId).toBe(OTHER);
    expect(store.preview).toBeNull();
    await store.fill(DOC);
    expect(listed).toBe(0);
    expect(store.items.size).toBe(0);
  });
});
