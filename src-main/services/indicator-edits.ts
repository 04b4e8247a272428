// docs/<id>/indicators.json: the user's edits to one document's indicator
// table (a lowdb database of its own, version 2: with a checksum), written atomically through
// JsonStore with rotating backups (`indicators-<id>.*`) and recovered from
// them when damaged, like the notes. The extraction itself is never stored:
// the renderer runs it again and lays these edits over it.
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { IndicatorEditSchema } from '../../src-shared/api';
import type { IndicatorEdit, Notice } from '../../src-shared/api';
import { salvageList } from './database-codec';
import type { DatabaseCodec } from './database-codec';
import { listBackups } from './backups';
import { JsonStore } from './json-store';
import type { StoreOptions } from './json-store';
import type { LibraryService } from './library';
import { docDir } from './paths';

export const INDICATOR_EDITS_FILE = 'indicators.json';
export const INDICATOR_EDITS_SCHEMA_VERSION = 2;

export interface IndicatorEditsData {
  schemaVersion: number;
  edits: IndicatorEdit[];
}

export const indicatorEditsCodec: DatabaseCodec<IndicatorEditsData> = {
  schemaVersion: INDICATOR_EDITS_SCHEMA_VERSION,
  schema: v.strictObject({
    schemaVersion: v.literal(INDICATOR_EDITS_SCHEMA_VERSION),
    edits: v.array(IndicatorEditSchema),
  }),
  // Version 2 only adds the checksum: a version 1 file reads as it is.
  migrate: (raw) => raw,
  checksumFrom: 2,
  salvage: (raw) => ({
    schemaVersion: INDICATOR_EDITS_SCHEMA_VERSION,
    edits: salvageList(raw['edits'], v.object(IndicatorEditSchema.entries)),
  }),
};

export function indicatorEditsBackupName(id: string): string {
  return `indicators-${id}`;
}

export type IndicatorEditsLibrary = Pick<LibraryService, 'paths' | 'record' | 'onRemove'>;

export type IndicatorEditsOptions = Partial<
  Pick<
    StoreOptions<IndicatorEditsData>,
    'now' | 'ops' | 'log' | 'backupIntervalMs' | 'keepBackups' | 'readOnly'
  >
>;

function copyEdit(e: IndicatorEdit): IndicatorEdit {
  return { ...e, target: { ...e.target }, fields: { ...e.fields } };
}

export class IndicatorEditsService {
  private readonly stores = new Map<string, Promise<JsonStore<IndicatorEditsData>>>();
  private readonly open = new Map<string, JsonStore<IndicatorEditsData>>();
  private gathered: Notice[] = [];

  constructor(
    private readonly library: IndicatorEditsLibrary,
    private readonly options: IndicatorEditsOptions = {},
  ) {
    library.onRemove((id) => this.close(id));
  }

  /** The document's edits (empty when it has none). AppError('not-found') for a document not in the library. */
  async edits({ id }: { id: string }): Promise<IndicatorEdit[]> {
    const store = await this.storeFor(id);
    return store.data.edits.map(copyEdit);
  }

  /** Replaces the document's edits in one durable write; AppError('storage') when it fails, with the old ones kept. */
  async saveEdits({ id, edits }: { id: string; edits: readonly IndicatorEdit[] }): Promise<null> {
    const store = await this.storeFor(id);
    await store.update((data) => {
      data.edits = edits.map(copyEdit);
    });
    return null;
  }

  /** Notices from opening a database (one restored from a backup); each handed out once. */
  notices(): Notice[] {
    const out = this.gathered;
    this.gathered = [];
    return out;
  }

  pendingWrites(): number {
    let n = 0;
    for (const store of this.open.values()) n += store.pendingWrites();
    return n;
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.stores.values()]);
    await Promise.all([...this.open.values()].map((s) => s.flush()));
  }

  /** Close a removed document's database and drop its backups. */
  async close(id: string): Promise<void> {
    const pending = this.stores.get(id);
    this.stores.delete(id);
    if (pending) await (await pending.catch(() => null))?.flush();
    this.open.delete(id);
    const place = { dir: this.library.paths.backupsDir, name: indicatorEditsBackupName(id) };
    for (const name of await listBackups(place)) await unlink(join(place.dir, name)).catch(() => undefined);
  }

  private storeFor(id: string): Promise<JsonStore<IndicatorEditsData>> {
    this.library.record(id);
    let pending = this.stores.get(id);
    if (!pending) {
      const paths = this.library.paths;
      pending = JsonStore.open<IndicatorEditsData>({
        ...this.options,
        ...indicatorEditsCodec,
        file: join(docDir(paths, id), INDICATOR_EDITS_FILE),
        backupDir: paths.backupsDir,
        backupName: indicatorEditsBackupName(id),
        defaults: () => ({ schemaVersion: INDICATOR_EDITS_SCHEMA_VERSION, edits: [] }),
      }).then((store) => {
        this.open.set(id, store);
        this.gathered.push(...store.drainNotices());
        return store;
      });
      // A failed open is tried again on the next call.
      pending.catch(() => this.stores.delete(id));
      this.stores.set(id, pending);
    }
    return pending;
  }
}
