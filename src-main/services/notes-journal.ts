// The changes made to a document's notes since its notes.json was last
// written: one JSON line per save, appended. Applying a change records what
// it replaced, so a change whose append failed can be taken back, and
// replaying the journal over a notes.json that already holds some of it
// gives the same notes (each change sets or removes annotations by id).
import * as v from 'valibot';
import { AnnotationSchema } from '../../src-shared/api';
import type { Annotation } from '../../src-shared/model';

export interface NotesChange {
  upserts: readonly Annotation[];
  deletes: readonly string[];
}

/** One annotation a change touched: what it was before (none: added) and after (none: deleted). */
export interface Touched {
  id: string;
  before?: Annotation;
  after?: Annotation;
}

export const JOURNAL_VERSION = 1;

const EntrySchema = v.strictObject({
  v: v.literal(JOURNAL_VERSION),
  upserts: v.array(AnnotationSchema),
  deletes: v.array(v.pipe(v.string(), v.uuid())),
});

export function encodeEntry(change: NotesChange): string {
  return `${JSON.stringify({ v: JOURNAL_VERSION, upserts: change.upserts, deletes: change.deletes })}\n`;
}

export interface ParsedJournal {
  changes: NotesChange[];
  /** A line that is not a change, not counting an unfinished last line (an append cut short). */
  damaged: boolean;
}

/** The changes in a journal's text, up to the first line that is not one. */
export function parseJournal(text: string): ParsedJournal {
  const lines = text.split('\n');
  // What follows the last newline was never acknowledged: an append cut short.
  lines.pop();
  const changes: NotesChange[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return { changes, damaged: true };
    }
    const entry = v.safeParse(EntrySchema, raw);
    if (!entry.success) return { changes, damaged: true };
    changes.push({ upserts: entry.output.upserts, deletes: entry.output.deletes });
  }
  return { changes, damaged: false };
}

/**
 * Apply `change` to `list` in place (upserts replace by id or are added, then
 * deletes remove by id; an unknown id is ignored) and say what it touched.
 */
export function applyChange(list: Annotation[], change: NotesChange): Touched[] {
  const touched: Touched[] = [];
  const at = new Map<string, number>();
  list.forEach((a, i) => at.set(a.id, i));
  for (const a of change.upserts) {
    const i = at.get(a.id);
    const before = i === undefined ? undefined : list[i];
    if (i === undefined || before === undefined) {
      at.set(a.id, list.length);
      list.push(a);
      touched.push({ id: a.id, after: a });
    } else {
      list[i] = a;
      touched.push({ id: a.id, before, after: a });
    }
  }
  const gone = new Set(change.deletes.filter((id) => at.has(id)));
  if (gone.size > 0) {
    let kept = 0;
    for (const a of list) {
      if (gone.has(a.id)) touched.push({ id: a.id, before: a });
      else list[kept++] = a;
    }
    list.length = kept;
  }
  return touched;
}

/** Take back what `applyChange` did (the list may have been rebuilt since: this goes by id). */
export function undoChange(list: Annotation[], touched: readonly Touched[]): void {
  const at = new Map<string, number>();
  list.forEach((a, i) => at.set(a.id, i));
  const removed = new Set<number>();
  for (let t = touched.length - 1; t >= 0; t--) {
    const { id, before } = touched[t] ?? { id: '' };
    const i = at.get(id);
    if (before === undefined) {
      if (i !== undefined) removed.add(i);
      at.delete(id);
    } else if (i !== undefined) {
      list[i] = before;
    } else {
      at.set(id, list.length);
      list.push(before);
    }
  }
  if (removed.size === 0) return;
  let kept = 0;
  list.forEach((a, i) => {
    if (!removed.has(i)) list[kept++] = a;
  });
  list.length = kept;
}
