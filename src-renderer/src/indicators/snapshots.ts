// Undo and redo over whole snapshots of a value that is never mutated (each
// change makes a new one, as merge.ts does with the edit list): a snapshot
// costs one reference.
import { computed, shallowRef } from 'vue';

export function snapshotHistory<T>(current: () => T, apply: (value: T) => void, max: number) {
  const undoStack = shallowRef<T[]>([]);
  const redoStack = shallowRef<T[]>([]);
  /** One step back (or forward): the last snapshot of `from` applied, the current value kept in `to`. */
  function step(from: typeof undoStack, to: typeof undoStack): boolean {
    const snapshot = from.value.at(-1);
    if (snapshot === undefined) return false;
    from.value = from.value.slice(0, -1);
    to.value = [...to.value, current()];
    apply(snapshot);
    return true;
  }
  return {
    /** Applies `next`, the current value kept to go back to (at most `max` of them). */
    record(next: T): void {
      undoStack.value = [...undoStack.value.slice(-(max - 1)), current()];
      redoStack.value = [];
      apply(next);
    },
    undo: () => step(undoStack, redoStack),
    redo: () => step(redoStack, undoStack),
    clear(): void {
      undoStack.value = [];
      redoStack.value = [];
    },
    canUndo: computed(() => undoStack.value.length > 0),
    canRedo: computed(() => redoStack.value.length > 0),
  };
}
