// The library's search index: FlexSearch (its CJK charset, one term per
// character, kept on disk) says which notes can hold a query; each document's
// text has a table of where every character sits (char-positions.ts), so a
// query checks only the places of its rarest character. The exact match uses
// find-in-document's folding (whitespace, full- and half-width, Latin case),
// so a hit here is a hit in the reader too, at every query length. FlexSearch
// alone would answer `质新` for `新质`.
import FlexSearch from 'flexsearch';
import {
  buildSearchIndex,
  buildSearchIndexInSteps,
  findAllIn,
  foldQuery,
} from '../../../src-shared/text/search';
import type { SearchIndex, TextRange } from '../../../src-shared/text/search';
import { CharPositions, toRanges } from './char-positions';

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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** The CJK characters of a text, each once, in the order first seen. */
function cjkCharacters(chars: CharPositions): string {
  const out: string[] = [];
  for (const code of chars.codes()) if (isCjk(code)) out.push(String.fromCharCode(code));
  return out.join(' ');
}

function newFlex() {
  return new Index({ encoder: Charset.CJK, tokenize: 'strict', resolution: 1, context: false });
}

type Flex = ReturnType<typeof newFlex>;

export class CorpusIndex {
  private flex: Flex = newFlex();
  /** Each text with its folded form and where each character of that sits (what a query reads). */
  private readonly texts = new Map<string, { text: string; index: SearchIndex; chars: CharPositions }>();
  private readonly notes = new Map<string, Array<NoteEntry & { folded: SearchIndex }>>();

  get documentIds(): string[] {
    return [...this.texts.keys()];
  }

  hasText(id: string): boolean {
    return this.texts.has(id);
  }

  /** Adds or replaces a document's text; `indexed` says FlexSearch holds it already (loaded from disk). */
  setText(id: string, text: string, indexed = false): void {
    const index = buildSearchIndex(text);
    this.putText(id, text, index, new CharPositions(index.folded), indexed);
  }

  /** The same, built with `pause()` between steps (a text of millions of characters takes seconds). */
  async setTextInSteps(
    id: string,
    text: string,
    indexed: boolean,
    pause: () => Promise<void>,
  ): Promise<void> {
    const index = await buildSearchIndexInSteps(text, pause);
    await pause();
    this.putText(id, text, index, await CharPositions.inSteps(index.folded, pause), indexed);
  }

  private putText(
    id: string,
    text: string,
    index: SearchIndex,
    chars: CharPositions,
    indexed: boolean,
  ): void {
    this.texts.set(id, { text, index, chars });
    // FlexSearch is only asked which texts hold every CJK character of a query: each character once is enough.
    if (!indexed) this.flex.update(`t:${id}`, cjkCharacters(chars));
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

  /**
   * Exact matches of `query` in every text that has one: all counted, the
   * first `keep` placed (the same matches, in the same order, as
   * find-in-document's findAllIn). Each text's character positions already
   * tell which texts can hold the query and where to look, so FlexSearch is
   * not asked here (it narrows the notes, which have no such table).
   */
  searchTexts(query: string, keep = 20): TextMatches[] {
    const needle = foldQuery(query);
    if (!needle) return [];
    const out: TextMatches[] = [];
    for (const [id, { index, chars }] of this.texts) {
      const { count, starts } = chars.find(needle, keep);
      if (count) out.push({ id, count, ranges: toRanges(starts, needle.length, index.origin) });
    }
    return out;
  }

  /** Exact matches of `query` in notes and tags, by document. */
  searchNotes(query: string): Map<string, Array<EntryMatches<NoteEntry>>> {
    const out = new Map<string, Array<EntryMatches<NoteEntry>>>();
    // No notes: no reason to ask FlexSearch (a one-character query returns every text's key).
    if (!this.notes.size) return out;
    const keys = this.candidates(query);
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
