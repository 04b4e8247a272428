// Which annotation a click on the text falls in: the innermost covering one;
// orphans (not found in the text) cover nothing.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-shared/model';
import { annotationAt, type Placement } from '../../src-renderer/src/annotations/hit';

const note = (id: string): Annotation => ({
  id,
  target: null,
  style: 'highlight',
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('the annotation at a point', () => {
  const items = new Map(['outer', 'inner', 'lost'].map((id) => [id, note(id)]));
  const places = new Map<string, Placement>([
    ['outer', { start: 0, end: 20, status: 'exact' }],
    ['inner', { start: 5, end: 8, status: 'moved' }],
    ['lost', { start: 0, end: 2, status: 'orphan' }],
  ]);

  it('is the shortest one covering it, an orphan never', () => {
    expect(annotationAt(items, places, 6)?.id).toBe('inner');
    expect(annotationAt(items, places, 1)?.id).toBe('outer');
    expect(annotationAt(items, places, 8)?.id).toBe('outer');
    expect(annotationAt(items, places, 20)).toBeNull();
  });
});
