// Search across the library: every document's text and every note and tag.
// The index lives in memory and on disk (search-index.json, written atomically
// a moment after each change); a missing or damaged file is rebuilt from the
// documents themselves, with a message, the damaged one kept aside (the
// file's shape: saved-index.ts).
import { join } from 'node:path';
import type { Notice } from '../../../src-shared/api';
import type { NoteHit, SearchDocResult, SearchResults, TermCount } from '../../../src-shared/corpus/api';
import type { Annotation, DocumentRecord } from '../../../src-shared/model';
import { nodeWriteOps, writeFileAtomic } from '../atomic-write';
import type { WriteOps } from '../atomic-write';
import { CorpusIndex, noteText } from './corpus-index';
import { notesStamp, readSavedIndex, savedIndexBody, SEARCH_INDEX_FILE, toEntries } from './saved-index';
import type { SavedIndex } from './saved-index';
import { snippetAt } from './snippet';
import { nextTurn } from '../next-turn';

export { SEARCH_INDEX_FILE };

const SAVE_DELAY_MS = 1000;
/**
 * The index is read this long after the services start, unless a call needs
 * it sooner (the window's first call for notices, once its first screen is
 * drawn, is one). Reading it parses the saved file and every document's text,
 * and a launch that did it at once answered the window's first calls (the
 * library's rows, the document left open) hundreds of milliseconds late.
 */
const LOAD_DELAY_MS = 3000;
const NOTE_HITS_PER_DOCUMENT = 20;

export interface SearchLibrary {
  list(): DocumentRecord[];
  /** `keep` false: the index's read does not push out one the reader will ask for (library.ts). */
  open(arg: { id: string }, keep?: boolean): Promise<{ model: { text: string } }>;
  onRemove(hook: (id: string) => Promise<void>): void;
}

export interface SearchNotes {
  list(arg: { id: string }): Promise<Annotation[]>;
}

export interface SearchOptions {
  ops?: WriteOps;
  log?: (message: string, err?: unknown) => void;
  saveDelayMs?: number;
  /** How long after start the index is read if nothing asks for it sooner (LOAD_DELAY_MS). */
  loadDelayMs?: number;
  /** A library opened read-only: the index lives in memory and nothing is written or moved. */
  readOnly?: boolean;
}

export class SearchService {
  private readonly index = new CorpusIndex();
  private readonly noteStamps = new Map<string, string>();
  private loading: Promise<void> | null = null;
  private loadTimer: ReturnType<typeof setTimeout> | null = null;
  /** Documents when the services started: a missing index is news only if there was one to lose. */
  private readonly docsAtStart: number;
  /** Resolves once the file on disk was read or found damaged (its notice gathered). */
  private readonly checked: Promise<void>;
  private markChecked: () => void = () => undefined;
  private gathered: Notice[] = [];
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** Changes to the index, one after the other; queries wait for those already asked. */
  private indexing: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(
    private readonly library: SearchLibrary,
    private readonly notes: SearchNotes,
    root: string,
    private readonly options: SearchOptions = {},
  ) {
    this.file = join(root, SEARCH_INDEX_FILE);
    library.onRemove((id) =>
      this.queue(() => {
        this.index.remove(id);
        this.noteStamps.delete(id);
        this.scheduleSave();
      }),
    );
    this.docsAtStart = library.list().length;
    this.checked = new Promise((ok) => (this.markChecked = ok));
    this.loadTimer = setTimeout(() => void this.loaded(), options.loadDelayMs ?? LOAD_DELAY_MS);
    // A CLI command or a test that never needs the index does not wait for the timer to exit.
    this.loadTimer.unref?.();
  }

  /** The index read from disk and the documents (started at the first call that needs it). */
  private loaded(): Promise<void> {
    if (this.loadTimer) clearTimeout(this.loadTimer);
    this.loadTimer = null;
    this.loading ??= this.load()
      .catch((err: unknown) => this.log('search index: loading failed', err))
      .finally(() => this.markChecked());
    return this.loading;
  }

  /** Resolves when a damaged or missing index has been told (before the rebuild ends); starts the reading. */
  whenChecked(): Promise<void> {
    void this.loaded();
    return this.checked;
  }

  /** Resolves when the index holds every document (tests and the benchmark wait for it). */
  whenReady(): Promise<void> {
    return this.current();
  }

  notices(): Notice[] {
    const out = this.gathered;
    this.gathered = [];
    return out;
  }

  /**
   * Indexes a new document's text after the import's answer has gone, a
   * step at a time (a text of 20 million characters takes seconds, and other
   * calls are answered between the steps); a query asked meanwhile waits for
   * it. Resolves once indexed.
   */
  documentAdded(id: string, text: string): Promise<void> {
    return this.queue(async () => {
      await new Promise((ok) => setTimeout(ok, 0));
      // Removed while waiting its turn: nothing to index.
      if (this.index.hasText(id) || !this.library.list().some((r) => r.id === id)) return;
      await this.index.setTextInSteps(id, text, false, nextTurn);
      this.scheduleSave();
    });
  }

  notesChanged(id: string): Promise<void> {
    return this.queue(async () => {
      if (!this.index.hasText(id)) return;
      await this.indexNotes(id, false);
      this.scheduleSave();
    });
  }

  /** Runs a change once the index is loaded and earlier changes are done; a failure is logged, not passed on. */
  private queue(change: () => void | Promise<void>): Promise<void> {
    const run = this.indexing.then(async () => {
      await this.loaded();
      await change();
    });
    this.indexing = run.catch((err: unknown) => this.log('search index: a change failed', err));
    return run;
  }

  /** The index once loaded and every change asked so far is in. */
  private async current(): Promise<void> {
    await this.loaded();
    await this.indexing;
  }

  async query({ query, perDocument = 20 }: { query: string; perDocument?: number }): Promise<SearchResults> {
    await this.current();
    const records = new Map(this.library.list().map((r) => [r.id, r]));
    const byDoc = new Map<string, SearchDocResult>();
    const resultFor = (record: DocumentRecord): SearchDocResult => {
      let result = byDoc.get(record.id);
      if (!result) {
        const { id, title, region, year } = record;
        result = { id, title, region, year, count: 0, hits: [], notes: [] };
        byDoc.set(id, result);
      }
      return result;
    };
    let total = 0;
    for (const { id, count, ranges } of this.index.searchTexts(query, perDocument)) {
      const record = records.get(id);
      const text = this.index.textOf(id);
      if (!record || text === undefined) continue;
      const result = resultFor(record);
      result.count = count;
      // Fields written out, not spread: spreading two objects per hit cost ten times the snippets (2,000 hits for `的`).
      result.hits = ranges.map(({ start, end }, index) => {
        const { before, match, after } = snippetAt(text, start, end);
        return { start, end, index, before, match, after };
      });
      total += count;
    }
    for (const [id, found] of this.index.searchNotes(query)) {
      const record = records.get(id);
      if (!record) continue;
      const notes: NoteHit[] = [];
      for (const { entry, ranges } of found) {
        total += ranges.length;
        const first = ranges[0];
        if (!first || notes.length >= NOTE_HITS_PER_DOCUMENT) continue;
        const { before, match, after } = snippetAt(noteText(entry), first.start, first.end);
        notes.push({
          annotationId: entry.annotationId,
          start: entry.start,
          tags: entry.tags,
          before,
          match,
          after,
        });
      }
      resultFor(record).notes = notes;
    }
    const documents = [...byDoc.values()].sort(
      (a, b) => b.count + b.notes.length - (a.count + a.notes.length) || (b.year ?? 0) - (a.year ?? 0),
    );
    return { query, total, documents };
  }

  async term({ query }: { query: string }): Promise<TermCount[]> {
    await this.current();
    const counts = new Map(this.index.searchTexts(query, 0).map(({ id, count }) => [id, count]));
    return this.library
      .list()
      .filter((r) => this.index.hasText(r.id))
      .map(({ id, title, region, year, chars }) => ({
        id,
        title,
        region,
        year,
        chars,
        count: counts.get(id) ?? 0,
      }))
      .sort(
        (a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.region ?? '').localeCompare(b.region ?? '', 'zh-CN'),
      );
  }

  /** Writes what is pending now (before quitting). */
  async flush(): Promise<void> {
    await this.current();
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.save());
    }
    await this.saving;
  }

  pendingWrites(): number {
    return this.saveTimer ? 1 : 0;
  }

  private async load(): Promise<void> {
    // The saved index, read into this.index (or null: the index is built afresh).
    const saved = await this.readSaved();
    this.markChecked();
    let changed = !saved;
    for (const record of this.library.list()) {
      try {
        const { model } = await this.library.open({ id: record.id }, false);
        const indexed = saved?.texts[record.id] === model.text.length;
        await this.index.setTextInSteps(record.id, model.text, indexed, nextTurn);
        changed ||= !indexed;
        changed = (await this.indexNotes(record.id, saved?.notes[record.id])) || changed;
      } catch (err) {
        this.log(`search index: document ${record.id} left out`, err);
      }
      // Documents are read one at a time; let other calls in between.
      await nextTurn();
    }
    const known = new Set(this.library.list().map((r) => r.id));
    for (const id of Object.keys(saved?.texts ?? {})) {
      if (!known.has(id)) {
        this.index.remove(id);
        changed = true;
      }
    }
    if (changed) this.scheduleSave();
  }

  /** Reads the notes of one document into the index; true when they differed from `savedStamp`. */
  private async indexNotes(id: string, savedStamp: string | false | undefined): Promise<boolean> {
    const entries = toEntries(await this.notes.list({ id }));
    const stamp = notesStamp(entries);
    const same = savedStamp === stamp;
    this.index.setNotes(id, entries, same);
    this.noteStamps.set(id, stamp);
    return !same;
  }

  private async readSaved(): Promise<SavedIndex | null> {
    const { saved, notice } = await readSavedIndex(this.file, this.index, {
      hadDocuments: this.docsAtStart > 1,
      readOnly: this.options.readOnly === true,
      log: (message, err) => this.log(message, err),
    });
    if (notice) this.gathered.push(notice);
    return saved;
  }

  private scheduleSave(): void {
    if (this.options.readOnly) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.save());
    }, this.options.saveDelayMs ?? SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    try {
      const body = await savedIndexBody(this.index, this.noteStamps);
      await writeFileAtomic(this.file, body, this.options.ops ?? nodeWriteOps);
    } catch (err) {
      // The index is rebuilt from the documents at the next start: nothing the user wrote is lost.
      this.log('search index: could not save', err);
    }
  }

  private log(message: string, err?: unknown): void {
    (this.options.log ?? console.warn)(message, err);
  }
}
