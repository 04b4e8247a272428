// The changes made to a document's notes since its notes.json was last
// written: one line per save, appended, each with its length and checksum so
// that an append cut short by a crash (dropped silently) is told apart from
// damage (every line that verifies is kept, and the user is told). Applying a change records what
// it replaced, so a change whose append failed can be taken back, and
// replaying the journal over a notes.json that already holds some of it
// gives the same notes (each change sets or removes annotations by id).
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { AnnotationSchema } from '../../src-shared/api';
import { arePlainIds, arePlainValidAnnotations } from '../../src-shared/annotation-check';
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

/** Version 2: each line carries its length and a checksum (version 1 lines still read). */
export const JOURNAL_VERSION = 2;

const LegacyEntrySchema = v.strictObject({
  v: v.literal(1),
  upserts: v.array(AnnotationSchema),
  deletes: v.array(v.pipe(v.string(), v.uuid())),
});

const EntrySchema = v.strictObject({
  upserts: v.array(AnnotationSchema),
  deletes: v.array(v.pipe(v.string(), v.uuid())),
});

/** EntrySchema's check, fast for a line of thousands of annotations (see annotation-check.ts). */
function isPlainEntry(raw: unknown): raw is NotesChange {
  if (typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype)
    return false;
  let keys = 0;
  for (const key in raw) {
    if (!Object.hasOwn(raw, key) || (key !== 'upserts' && key !== 'deletes')) return false;
    keys++;
  }
  const { upserts, deletes } = raw as Record<string, unknown>;
  return keys === 2 && arePlainValidAnnotations(upserts) && arePlainIds(deletes);
}

/** The first 64 bits of the SHA-256 of a record: plenty to tell a damaged line from a good one. */
function recordSum(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** One line: `J <bytes of json> <checksum> <json>`; only a whole, verified line counts. */
export function encodeEntry(change: NotesChange): string {
  const json = JSON.stringify({ upserts: change.upserts, deletes: change.deletes });
  return `J ${Buffer.byteLength(json)} ${recordSum(json)} ${json}\n`;
}

const RECORD = /^J (\d{1,10}) ([0-9a-f]{16}) /;

function parseLine(line: string): NotesChange | null {
  const head = RECORD.exec(line);
  let raw: unknown;
  try {
    if (head) {
      const json = line.slice(head[0].length);
      if (Buffer.byteLength(json) !== Number(head[1]) || recordSum(json) !== head[2]) return null;
      raw = JSON.parse(json);
      if (isPlainEntry(raw)) return { upserts: raw.upserts, deletes: raw.deletes };
      const entry = v.safeParse(EntrySchema, raw);
      return entry.success ? entry.output : null;
    }
    // A version 1 line (no checksum), from before the upgrade.
    if (!line.startsWith('{"v":1,')) return null;
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  const legacy = v.safeParse(LegacyEntrySchema, raw);
  return legacy.success ? { upserts: legacy.output.upserts, deletes: legacy.output.deletes } : null;
}

/** The start of a line as an append cut short leaves it: no NUL, the start of a record. */
function looksTorn(tail: string): boolean {
  if (tail.includes('\0')) return false;
  return tail === 'J' || tail.startsWith('J ') || tail.startsWith('{"v":1,') || '{"v":1,'.startsWith(tail);
}

export interface ParsedJournal {
  /** Every line that verifies, in order. */
  changes: NotesChange[];
  /** Lines that do not verify (damage: not something a crash makes). */
  damaged: number;
  /** The last line is unfinished (an append cut short by a crash); it was dropped. */
  torn: boolean;
}

export interface ParseOptions {
  /** The app was closed cleanly since the last write: an unfinished last line is damage, not a crash. */
  tornTailIsDamage?: boolean;
}

/** The changes in a journal's text: every line that verifies; the others counted as damaged. */
export function parseJournal(text: string, options: ParseOptions = {}): ParsedJournal {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const changes: NotesChange[] = [];
  let damaged = 0;
  for (const line of lines) {
    if (line === '') continue;
    const change = parseLine(line);
    if (change) changes.push(change);
    else damaged++;
  }
  let torn = false;
  if (tail !== '') {
    const last = parseLine(tail);
    // A whole record missing only its newline: keep it (it verifies); the file still needs repair.
    if (last) {
      changes.push(last);
      torn = true;
    } else if (!options.tornTailIsDamage && looksTorn(tail)) torn = true;
    else damaged++;
  }
  return { changes, damaged, torn };
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
