// Where the reader left each document (offset, page, zoom), which documents
// were read last, and which one was open when the app was left, so a launch
// goes straight back to it. Kept in reading.json beside the library: losing
// it costs only places, so a damaged file starts afresh.
import { join } from 'node:path';
import * as v from 'valibot';
import type { ReadingPlace, ReadingState } from '../../src-shared/api';
import { ReadingPlaceSchema } from '../../src-shared/api';
import { writeFileAtomic } from './atomic-write';
import { readOrSetAside } from './set-aside';
import type { WriteOps } from './atomic-write';

/** Places kept; the oldest are forgotten beyond this. */
const MAX_PLACES = 200;

const FileSchema = v.object({
  current: v.nullable(v.string()),
  places: v.array(v.object({ ...ReadingPlaceSchema.entries, at: v.string() })),
});

export class ReadingService {
  private state: ReadingState = { current: null, places: [] };
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private readonly has: (id: string) => boolean,
    private readonly ops?: WriteOps,
    private readonly now: () => Date = () => new Date(),
    private readonly readOnly = false,
  ) {}

  static async open(
    userData: string,
    has: (id: string) => boolean,
    options: { ops?: WriteOps; now?: () => Date; readOnly?: boolean } = {},
  ): Promise<ReadingService> {
    const file = join(userData, 'reading.json');
    const service = new ReadingService(file, has, options.ops, options.now, options.readOnly);
    // A damaged file costs only reading places: start afresh, but keep it aside rather than overwrite it.
    const saved = await readOrSetAside(file, FileSchema, options.readOnly);
    if (saved) service.state = saved;
    return service;
  }

  /** The places of documents still in the library, most recent first. */
  get(): ReadingState {
    const places = this.state.places.filter((p) => this.has(p.id));
    const current = this.state.current !== null && this.has(this.state.current) ? this.state.current : null;
    return { current, places: places.map((p) => ({ ...p })) };
  }

  /** Remembers where the reader is in `place.id`, which becomes the open document. */
  save(place: ReadingPlace): Promise<null> {
    const entry = { ...place, at: this.now().toISOString() };
    const rest = this.state.places.filter((p) => p.id !== place.id);
    this.state = { current: place.id, places: [entry, ...rest].slice(0, MAX_PLACES) };
    return this.write();
  }

  /** The reader went back to the library: the next launch starts there. */
  leave(): Promise<null> {
    if (this.state.current === null) return Promise.resolve(null);
    this.state = { ...this.state, current: null };
    return this.write();
  }

  flush(): Promise<void> {
    return this.writing;
  }

  private write(): Promise<null> {
    if (this.readOnly) return Promise.resolve(null);
    const text = JSON.stringify(this.state);
    const next = this.writing.then(() => writeFileAtomic(this.file, text, this.ops));
    this.writing = next.catch(() => undefined);
    return next.then(() => null);
  }
}
