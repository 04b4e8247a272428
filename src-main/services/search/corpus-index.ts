// The library's search index: FlexSearch (its CJK charset, one term per
// character) says which texts and notes can hold a query; the exact match is
// then found in those only, with find-in-document's folding (whitespace, full-
// and half-width, Latin case), so a hit here is a hit in the reader too, at
// every query length. FlexSearch alone would answer `质新` for `新质`.
import FlexSearch from 'flexsearch';
import { buildSearchIndex, findAllIn, foldQuery } from '../../../src-shared/text/search';
import type { SearchIndex, TextRange } from '../../../src-shared/text/search';

const { Index, Charset } = FlexSearch;

/** A note as it is searched: its text and tags on one string. */
export interface NoteEntry {
  annotationId: string;
  start: number | null;
  text: string;
  tags: string[];
}

export interface EntryMatches<T> {
  entry: T;
  ranges: TextRange[];
}

export interface TextMatches {
  id: string;
  /** Every match in the text. */
  count: number;
  /** The first `keep` of them. */
  ranges: TextRange[];
}

/**
 * Counts the non-overlapping matches of an already folded needle and keeps the
 * first `keep` as ranges of the original text (the same matches, in the same
 * order, as find-in-document's findAllIn).
 */
function countIn(index: SearchIndex, needle: string, keep: number): { count: number; ranges: TextRange[] } {
  const ranges: TextRange[] = [];
  let count = 0;
  const { folded, origin } = index;
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    if (count < keep) ranges.push({ start: origin[at] ?? 0, end: (origin[at + needle.length - 1] ?? 0) + 1 });
    count++;
  }
  return { count, ranges };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

function newFlex() {
  return new Index({ encoder: Charset.CJK, tokenize: 'strict', resolution: 1, context: false });
}

type Flex = ReturnType<typeof newFlex>;

export class CorpusIndex {
  private flex: Flex = newFlex();
  private readonly texts = new Map<string, { text: string; index: SearchIndex }>();
  private readonly notes = new Map<string, Array<NoteEntry & { folded: SearchIndex }>>();

  get documentIds(): string[] {
    return [...this.texts.keys()];
  }

  hasText(id: string): boolean {
    return this.texts.has(id);
  }

  /** Adds or replaces a document's text; `indexed` says FlexSearch holds it already (loaded from disk). */
  setText(id: string, text: string, indexed = false): void {
    this.texts.set(id, { text, index: buildSearchIndex(text) });
    if (!indexed) this.flex.update(`t:${id}`, foldQuery(text));
  }

  setNotes(id: string, notes: readonly NoteEntry[], indexed = false): void {
    for (const old of this.notes.get(id) ?? []) this.flex.remove(`n:${id}:${old.annotationId}`);
    const entries = notes.map((n) => ({ ...n, folded: buildSearchIndex(noteText(n)) }));
    if (entries.length) this.notes.set(id, entries);
    else this.notes.delete(id);
    if (!indexed) for (const n of entries) this.flex.add(`n:${id}:${n.annotationId}`, n.folded.folded);
  }

  remove(id: string): void {
    this.setNotes(id, []);
    this.texts.delete(id);
    this.flex.remove(`t:${id}`);
  }

  /** Keys FlexSearch may hold for `query`; null when it cannot narrow (no CJK character). */
  private candidates(query: string): Set<string> | null {
    const chars = [...new Set(foldQuery(query).match(CJK) ?? [])];
    if (!chars.length) return null;
    const size = this.texts.size + [...this.notes.values()].reduce((n, list) => n + list.length, 0);
    return new Set(this.flex.search(chars.join(''), { limit: Math.max(size, 1) }).map(String));
  }

  /** Exact matches of `query` in every text that has one: all counted, the first `keep` placed. */
  searchTexts(query: string, keep = 20): TextMatches[] {
    const needle = foldQuery(query);
    if (!needle) return [];
    const keys = this.candidates(query);
    const out: TextMatches[] = [];
    for (const [id, { index }] of this.texts) {
      if (keys && !keys.has(`t:${id}`)) continue;
      const { count, ranges } = countIn(index, needle, keep);
      if (count) out.push({ id, count, ranges });
    }
    return out;
  }

  /** Exact matches of `query` in notes and tags, by document. */
  searchNotes(query: string): Map<string, Array<EntryMatches<NoteEntry>>> {
    const keys = this.candidates(query);
    const out = new Map<string, Array<EntryMatches<NoteEntry>>>();
    for (const [id, list] of this.notes) {
      for (const note of list) {
        if (keys && !keys.has(`n:${id}:${note.annotationId}`)) continue;
        const ranges = findAllIn(note.folded, query, 1000);
        if (!ranges.length) continue;
        const entry: NoteEntry = {
          annotationId: note.annotationId,
          start: note.start,
          text: note.text,
          tags: note.tags,
        };
        const found = out.get(id) ?? [];
        found.push({ entry, ranges });
        out.set(id, found);
      }
    }
    return out;
  }

  textOf(id: string): string | undefined {
    return this.texts.get(id)?.text;
  }

  notesOf(id: string): readonly NoteEntry[] {
    return this.notes.get(id) ?? [];
  }

  /** FlexSearch's own data, to keep on disk. */
  async exportFlex(): Promise<Record<string, string>> {
    const parts: Record<string, string> = {};
    await this.flex.export(async (key, data) => {
      parts[key] = data;
    });
    return parts;
  }

  importFlex(parts: Record<string, string>): void {
    this.flex = newFlex();
    for (const [key, data] of Object.entries(parts)) this.flex.import(key, data);
  }

  clearFlex(): void {
    this.flex = newFlex();
  }
}

/** What of a note is searched: its Markdown and its tags (as `#tag`). */
export function noteText(note: Pick<NoteEntry, 'text' | 'tags'>): string {
  return [note.text, ...note.tags.map((t) => `#${t}`)].join('\n');
}
