// Annotations read from another tool's file, placed in one document's text:
// each found by its quote and context with our fuzzy anchoring (positions
// are only a hint; absurd ones are ignored), its target then described
// afresh from our text. What cannot be found is kept with its quote as "not
// found" (the reader shows it as such), never dropped; an id already in the
// document is skipped, so importing a file twice adds nothing.
import { anchor } from '../anchoring/anchor';
import { describeRange, pageAt } from '../anchoring/describe';
import {
  CONTEXT_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  type Annotation,
  type PageSpan,
  type TextTarget,
} from '../model';
import { noteIdFor, uuidFromName } from './ids';
import { documentIri } from './jsonld-export';
import type { ForeignNote } from './jsonld-read';

export interface PlaceInput {
  docId: string;
  text: string;
  pages?: readonly PageSpan[];
  /** Ids of the annotations the document has already. */
  existing: ReadonlySet<string>;
  notes: readonly ForeignNote[];
  /** ISO 8601, for notes without dates. */
  now: string;
}

export interface PlaceResult {
  /** The new annotations, ready to save. */
  annotations: Annotation[];
  placed: number;
  notFound: number;
  /** Already in the document (same id). */
  duplicates: number;
  /** Addressed to another document of ours (`urn:sha256:` of another id). */
  otherDocuments: number;
  /** Without a quote or a usable position, or with a quote too long. */
  unreadable: number;
}

function tail(s: string, n: number): string {
  return s.slice(Math.max(0, s.length - n));
}

function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const tag = t.trim().slice(0, MAX_TAG_CHARS);
    if (tag && !out.includes(tag)) out.push(tag);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

function validPosition(p: ForeignNote['position'], text: string): p is { start: number; end: number } {
  return p !== null && p.start >= 0 && p.end > p.start && p.end <= text.length;
}

type Placement = { target: TextTarget | null; found: boolean } | null;

function placeOne(n: ForeignNote, input: PlaceInput): Placement {
  const { text, pages } = input;
  const quote = n.quote;
  if (quote) {
    if (quote.exact.length > MAX_QUOTE_CHARS) return null;
    const pos = validPosition(n.position, text) ? n.position : null;
    const hint: TextTarget = {
      start: pos?.start ?? 0,
      end: pos?.end ?? quote.exact.length,
      quote: quote.exact,
      prefix: tail(quote.prefix, CONTEXT_CHARS),
      suffix: quote.suffix.slice(0, CONTEXT_CHARS),
    };
    const a = anchor(text, hint);
    if (a.status === 'exact') {
      // Where its own file said, with its own context: kept as written.
      const page = pageAt(pages, a.start);
      return { target: page === undefined ? hint : { ...hint, page }, found: true };
    }
    if (a.status !== 'orphan') {
      return { target: describeRange(text, a.start, a.end, pageAt(pages, a.start)), found: true };
    }
    // Kept with its quote: the reader lists it as not found.
    const kept: TextTarget = { ...hint, start: 0, end: Math.min(quote.exact.length, MAX_QUOTE_CHARS) };
    if (n.page !== null && n.page >= 1 && n.page <= 100_000) kept.page = n.page;
    return { target: kept, found: false };
  }
  if (validPosition(n.position, text)) {
    const { start, end } = n.position;
    if (end - start > MAX_QUOTE_CHARS || text.slice(start, end).trim() === '') return null;
    return { target: describeRange(text, start, end, pageAt(pages, start)), found: true };
  }
  // No selector at all: a note on the whole document, if it says anything.
  if (n.note.trim() === '' && n.tags.length === 0) return null;
  return { target: null, found: true };
}

export function placeForeignNotes(input: PlaceInput): PlaceResult {
  const result: PlaceResult = {
    annotations: [],
    placed: 0,
    notFound: 0,
    duplicates: 0,
    otherDocuments: 0,
    unreadable: 0,
  };
  const ours = documentIri(input.docId);
  const seen = new Set(input.existing);
  input.notes.forEach((n, i) => {
    if (n.source?.startsWith('urn:sha256:') && n.source.toLowerCase() !== ours) {
      result.otherDocuments++;
      return;
    }
    // Without an id, the note's own content names it, so a second import still finds it.
    const id = n.id
      ? noteIdFor(n.id)
      : uuidFromName(`${input.docId}:${n.quote?.exact ?? ''}:${n.note}:${n.created ?? i}`);
    if (seen.has(id)) {
      result.duplicates++;
      return;
    }
    const placement = placeOne(n, input);
    if (!placement) {
      result.unreadable++;
      return;
    }
    seen.add(id);
    const createdAt = n.created ?? input.now;
    result.annotations.push({
      id,
      target: placement.target,
      style: n.style ?? 'highlight',
      color: n.color ?? 'yellow',
      note: n.note.slice(0, MAX_NOTE_CHARS),
      tags: cleanTags(n.tags),
      createdAt,
      updatedAt: n.modified ?? createdAt,
    });
    if (placement.found) result.placed++;
    else result.notFound++;
  });
  return result;
}
