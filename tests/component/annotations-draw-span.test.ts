// @vitest-environment jsdom
// Drawing only the annotations that reach into a stretch of the text.
import { describe, expect, it, vi } from 'vitest';
import { drawAnnotations, marksFrom } from '../../src-renderer/src/annotations/draw';
import type { TextSurface } from '../../src-renderer/src/annotations/surface';
import type { Placement } from '../../src-renderer/src/stores/annotations';
import type { Annotation } from '../../src-shared/model';

function note(id: string): Annotation {
  return {
    id,
    target: { start: 0, end: 1, quote: 'x', prefix: '', suffix: '' },
    style: 'highlight',
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('drawAnnotations', () => {
  const places: Array<[string, number, number]> = [
    ['before', 0, 10],
    ['across-start', 95, 105],
    ['inside', 150, 160],
    ['across-end', 195, 210],
    ['after', 300, 310],
  ];
  const items = new Map(places.map(([id]) => [id, note(id)]));
  const placements = new Map<string, Placement>(
    places.map(([id, start, end]) => [id, { start, end, status: 'exact' } as Placement]),
  );

  it('asks for ranges of every placed annotation without a span, and only of those reaching into one with it', () => {
    const rangesFor = vi.fn<TextSurface['rangesFor']>(() => []);
    const surface: TextSurface = { rangesFor, offsetAt: () => null, root: () => null };
    drawAnnotations(surface, marksFrom(items, placements), null);
    expect(rangesFor).toHaveBeenCalledTimes(5);
    rangesFor.mockClear();
    drawAnnotations(surface, marksFrom(items, placements), null, 'main', { start: 100, end: 200 });
    expect(rangesFor.mock.calls.map(([s]) => s)).toEqual([95, 150, 195]);
  });

  it('draws no highlight for an orphan, nor for a note that is not among the annotations', () => {
    const orphaned = new Map(placements);
    orphaned.set('before', { start: 0, end: 10, status: 'orphan' });
    orphaned.set('unknown', { start: 20, end: 30, status: 'exact' });
    expect([...marksFrom(items, orphaned)].map((m) => m.id)).toEqual([
      'across-start',
      'inside',
      'across-end',
      'after',
    ]);
  });
});
