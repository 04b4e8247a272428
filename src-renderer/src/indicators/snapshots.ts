// Undo and redo over whole snapshots of a value that is never mutated (each
// change makes a new one, as merge.ts does with the edit list): a snapshot
// costs one reference.
import { computed, shallowRef } from 'vue';

export function snapshotHistory<T>(current: () => T, apply: (value: T) => void, max: number) {
  const undoStack = shallowRef<T[]>([]);
  const redoStack = shallowRef<T[]>([]);
  return {
    /** Applies `next`, the current value kept to go back to (at most `max` of them). */
    record(next: T): void {
      undoStack.value = [...undoStack.value.slice(-(max - 1)), current()];
      redoStack.value = [];
      apply(next);
    },
    undo(): boolean {
      const prev = undoStack.value.at(-1);
      if (prev === undefined) return false;
      undoStack.value = undoStack.value.slice(0, -1);
      redoStack.value = [...redoStack.value, current()];
      apply(prev);
      return true;
    },
    redo(): boolean {
      const next = redoStack.value.at(-1);
      if (next === undefined) return false;
      redoStack.value = redoStack.value.slice(0, -1);
      undoStack.value = [...undoStack.value, current()];
      apply(next);
      return true;
    },
    clear(): void {
      undoStack.value = [];
      redoStack.value = [];
    },
    canUndo: computed(() => undoStack.value.length > 0),
    canRedo: computed(() => redoStack.value.length > 0),
  };
}
