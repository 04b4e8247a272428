// Undo and redo over snapshots: at most `max` steps back, and a new change clears what could be redone.
import { describe, expect, it } from 'vitest';
import { snapshotHistory } from '../../src-renderer/src/indicators/snapshots';

describe("the indicator table's undo history", () => {
  it('goes back at most max steps, forward again, and forgets the way forward on a new change', () => {
    let value: readonly string[] = [];
    const h = snapshotHistory(
      () => value,
      (v) => (value = v),
      2,
    );
    h.record(['a']);
    h.record(['a', 'b']);
    h.record(['a', 'b', 'c']);
    expect(h.undo()).toBe(true);
    expect(value).toEqual(['a', 'b']);
    expect(h.undo()).toBe(true);
    expect(value).toEqual(['a']);
    // The first state ([]) fell off: two steps is all it keeps.
    expect(h.undo()).toBe(false);
    expect(h.canRedo.value).toBe(true);
    expect(h.redo()).toBe(true);
    expect(value).toEqual(['a', 'b']);
    h.record(['x']);
    expect(h.canRedo.value).toBe(false);
    expect(h.redo()).toBe(false);
    h.clear();
    expect(h.canUndo.value).toBe(false);
  });
});
