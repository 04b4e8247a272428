// @vitest-environment jsdom
// A document and its notes, in two steps: the text shows once its highlights
// have come (or after NOTES_WAIT_MS without them), and the annotations
// themselves are asked for only once it is drawn (a PDF: its first page).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { buildTextModel } from '../../src-shared/text';
import type { OpenedDocument } from '../../src-shared/api';
import { compactAnnotations } from '../../src-shared/anchoring/compact';
import { marksOf } from '../../src-shared/anchoring/marks';
import { useReader } from '../../src-renderer/src/stores/reader';
import { useAnnotations } from '../../src-renderer/src/stores/annotations';
import { DRAWN_WAIT_MS, NOTES_WAIT_MS, openWithNotes } from '../../src-renderer/src/shell/open-document';

const ID = 'b'.repeat(64);
const model = buildTextModel('一、标题\n\n正文，增长5%。');
const note = {
  id: '11111111-1111-4111-8111-111111111111',
  target: {
    start: 7,
    end: 9,
    quote: model.text.slice(7, 9),
    prefix: model.text.slice(0, 7),
    suffix: model.text.slice(9),
  },
  style: 'highlight' as const,
  color: 'green' as const,
  note: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
/** What happened, in order: calls made, and the document shown. */
let events: string[];
let marksIn: number;

function fakeApi(type: 'txt' | 'pdf'): void {
  const opened = {
    record: { id: ID, type, fileName: `x.${type}`, title: 't', importedAt: '2024-01-01T00:00:00.000Z' },
    model,
  } as unknown as OpenedDocument;
  const answers: Record<string, unknown> = {
    'document.open': opened,
    'document.source': new Uint8Array([1, 2, 3]),
    'annotations.marks': marksOf(model.text, [note]),
    'annotations.listCompact': compactAnnotations(model.text, [note]),
    'annotations.tags': [],
  };
  (window as unknown as { api: unknown }).api = {
    invoke: async (method: string) => {
      events.push(method);
      if (method === 'annotations.marks') await new Promise((ok) => setTimeout(ok, marksIn));
      return { ok: true, value: answers[method] ?? null };
    },
    on: () => () => undefined,
  };
}

beforeEach(() => {
  events = [];
  vi.useFakeTimers();
  setActivePinia(createPinia());
});

/** Opens a document whose pane draws it `drawIn` ms after it is shown. */
async function open(
  type: 'txt' | 'pdf',
  drawIn = 20,
): Promise<{ shownAt: number; annotations: ReturnType<typeof useAnnotations> }> {
  fakeApi(type);
  const reader = useReader();
  const annotations = useAnnotations();
  let shownAt = -1;
  const t0 = Date.now();
  const stop = setInterval(() => {
    if (reader.doc && shownAt < 0) {
      shownAt = Date.now() - t0;
      events.push('shown');
    }
    if (shownAt >= 0 && !reader.drawnFor && Date.now() - t0 >= shownAt + drawIn) {
      reader.drawnFor = ID;
      events.push('drawn');
    }
  }, 1);
  const opening = openWithNotes({ reader, annotations }, ID, null, type);
  await vi.advanceTimersByTimeAsync(marksIn + Math.min(drawIn, DRAWN_WAIT_MS) + 1000);
  await opening;
  clearInterval(stop);
  return { shownAt, annotations };
}

describe('opening a document with its notes', () => {
  it('shows a text with its highlights, then asks for the annotations themselves', async () => {
    marksIn = 40;
    const { shownAt, annotations } = await open('txt');
    expect(shownAt).toBeGreaterThanOrEqual(40);
    expect(events.indexOf('shown')).toBeLessThan(events.indexOf('drawn'));
    expect(events.indexOf('drawn')).toBeLessThan(events.indexOf('annotations.listCompact'));
    expect(events.indexOf('annotations.marks')).toBeLessThan(events.indexOf('shown'));
    expect(annotations.loadedId).toBe(ID);
    expect(annotations.items.get(note.id)?.color).toBe('green');
    expect(annotations.preview).toBeNull();
  });

  it('shows a text without them when they are late, and a PDF at once', async () => {
    marksIn = 5000;
    expect((await open('txt')).shownAt).toBeLessThan(NOTES_WAIT_MS + 20);
    setActivePinia(createPinia());
    events = [];
    marksIn = 400;
    expect((await open('pdf', 600)).shownAt).toBeLessThan(50);
    // Its annotations once its first page is drawn.
    expect(events.indexOf('drawn')).toBeLessThan(events.indexOf('annotations.listCompact'));
    expect(events).toContain('annotations.listCompact');
  });

  it('asks for the annotations of a document that never draws, after a while', async () => {
    marksIn = 10;
    const { annotations } = await open('pdf', 1e9);
    expect(events).not.toContain('drawn');
    expect(annotations.loadedId).toBe(ID);
  });
});
