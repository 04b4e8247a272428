import { describe, expect, it } from 'vitest';
import { TagCounts } from '../../../src-main/services/tag-counts';

describe('TagCounts', () => {
  it('orders by use over all documents, ties in code-point order', () => {
    const counts = new TagCounts();
    counts.setDoc('a', [{ tags: ['b', 'a'] }, { tags: ['b'] }]);
    counts.setDoc('b', [{ tags: ['c'] }, { tags: ['c'] }, { tags: ['c'] }]);
    expect(counts.sorted()).toEqual(['c', 'b', 'a']);
  });

  it('counts a tag once per annotation', () => {
    const counts = new TagCounts();
    counts.change('a', ['x', 'x', 'y'], 1);
    counts.change('a', ['y'], 1);
    expect(counts.sorted()).toEqual(['y', 'x']);
  });

  it('forgets a tag no annotation uses any more', () => {
    const counts = new TagCounts();
    counts.change('a', ['x'], 1);
    counts.change('a', ['x'], -1);
    expect(counts.sorted()).toEqual([]);
  });

  it('replaces or drops one document without touching the others', () => {
    const counts = new TagCounts();
    counts.setDoc('a', [{ tags: ['x'] }, { tags: ['x'] }]);
    counts.setDoc('b', [{ tags: ['x'] }, { tags: ['y'] }]);
    counts.setDoc('a', [{ tags: ['z'] }]);
    expect(counts.sorted()).toEqual(['x', 'y', 'z']);
    counts.dropDoc('b');
    expect(counts.sorted()).toEqual(['z']);
    expect(counts.has('b')).toBe(false);
    expect(counts.has('a')).toBe(true);
  });
});
