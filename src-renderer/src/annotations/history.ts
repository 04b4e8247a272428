// The annotation manager's undo and redo: each change is a command that
// knows its before and after, so undoing applies the before and redoing the
// after, through the one `apply` the store uses for every change.
import { ref } from 'vue';
import type { Annotation } from '@shared/model';

export type Command =
  | { kind: 'create'; after: Annotation }
  | { kind: 'update'; before: Annotation; after: Annotation }
  | { kind: 'delete'; before: Annotation };

const MAX_UNDO = 200;
/** Edits of one note's text this close together are one step to undo. */
const TYPING_MS = 1500;

/**
 * `apply(next, id)` puts `next` in place of annotation `id` (null: takes it
 * away); `has(id)`: whether it is there now.
 */
export function createHistory(
  apply: (next: Annotation | null, id: string) => void,
  has: (id: string) => boolean,
) {
  const undoStack = ref<Command[]>([]);
  const redoStack = ref<Command[]>([]);

  function record(cmd: Command): void {
    undoStack.value.push(cmd);
    if (undoStack.value.length > MAX_UNDO) undoStack.value.shift();
    redoStack.value = [];
  }

  /** Records an edit; typing in a note is one step to undo, not one per keystroke. */
  function recordUpdate(before: Annotation, after: Annotation, noteOnly: boolean): void {
    const last = undoStack.value.at(-1);
    if (
      noteOnly &&
      last?.kind === 'update' &&
      last.after.id === after.id &&
      Date.parse(after.updatedAt) - Date.parse(last.after.updatedAt) < TYPING_MS
    ) {
      last.after = after;
      redoStack.value = [];
      return;
    }
    record({ kind: 'update', before, after });
  }

  function undo(): boolean {
    const cmd = undoStack.value.pop();
    if (!cmd) return false;
    if (cmd.kind === 'create') apply(null, cmd.after.id);
    else apply(cmd.before, cmd.before.id);
    redoStack.value.push(cmd);
    return true;
  }

  function redo(): boolean {
    const cmd = redoStack.value.pop();
    if (!cmd) return false;
    if (cmd.kind === 'delete') apply(null, cmd.before.id);
    else apply(cmd.after, cmd.after.id);
    undoStack.value.push(cmd);
    return true;
  }

  /** Undoes one deletion (its toast's button) wherever it sits in the history; deeper than the top, the note's return is itself one step to undo. */
  function undoDelete(id: string): boolean {
    const stack = undoStack.value;
    const i = stack.findLastIndex((c) => c.kind === 'delete' && c.before.id === id);
    const cmd = stack[i];
    if (!cmd || cmd.kind !== 'delete' || has(id)) return false;
    if (i === stack.length - 1) return undo();
    stack.splice(i, 1);
    apply(cmd.before, id);
    record({ kind: 'create', after: cmd.before });
    return true;
  }

  function clear(): void {
    undoStack.value = [];
    redoStack.value = [];
  }

  return { undoStack, redoStack, record, recordUpdate, undo, redo, undoDelete, clear };
}
