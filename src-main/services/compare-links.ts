// <userData>/name-links.json: the user's own links and unlinks between
// indicator names (src-shared/compare/unify.ts), one set for the library,
// written atomically through JsonStore with backups like every database.
import { join } from 'node:path';
import * as v from 'valibot';
import type { Notice } from '../../src-shared/api';
import { NameLinksSchema } from '../../src-shared/api';
import type { NameLinks } from '../../src-shared/compare/unify';
import type { DatabaseCodec } from './database-codec';
import { JsonStore } from './json-store';
import type { StoreOptions } from './json-store';

export const NAME_LINKS_FILE = 'name-links.json';
export const NAME_LINKS_SCHEMA_VERSION = 1;

export interface NameLinksData {
  schemaVersion: number;
  links: NameLinks['links'];
  unlinks: NameLinks['unlinks'];
}

export const nameLinksCodec: DatabaseCodec<NameLinksData> = {
  schemaVersion: NAME_LINKS_SCHEMA_VERSION,
  schema: v.strictObject({
    schemaVersion: v.literal(NAME_LINKS_SCHEMA_VERSION),
    ...NameLinksSchema.entries,
  }),
  // Version 1 is the first; later versions add their steps here.
  migrate: (raw) => raw,
};

export type NameLinksOptions = Partial<
  Pick<StoreOptions<NameLinksData>, 'now' | 'ops' | 'log' | 'backupIntervalMs' | 'keepBackups'>
>;

export class NameLinksService {
  private store: Promise<JsonStore<NameLinksData>> | null = null;
  private opened: JsonStore<NameLinksData> | null = null;
  private gathered: Notice[] = [];

  constructor(
    private readonly paths: { root: string; backupsDir: string },
    private readonly options: NameLinksOptions = {},
  ) {}

  async links(): Promise<NameLinks> {
    const { data } = await this.open();
    return { links: data.links.map(([a, b]) => [a, b]), unlinks: data.unlinks.map(([a, b]) => [a, b]) };
  }

  async saveLinks(next: NameLinks): Promise<null> {
    const store = await this.open();
    await store.update((data) => {
      data.links = next.links.map(([a, b]) => [a, b]);
      data.unlinks = next.unlinks.map(([a, b]) => [a, b]);
    });
    return null;
  }

  notices(): Notice[] {
    const out = [...this.gathered, ...(this.opened?.drainNotices() ?? [])];
    this.gathered = [];
    return out;
  }

  pendingWrites(): number {
    return this.opened?.pendingWrites() ?? 0;
  }

  async flush(): Promise<void> {
    await this.opened?.flush();
  }

  private open(): Promise<JsonStore<NameLinksData>> {
    if (!this.store) {
      this.store = JsonStore.open<NameLinksData>({
        ...this.options,
        ...nameLinksCodec,
        file: join(this.paths.root, NAME_LINKS_FILE),
        backupDir: this.paths.backupsDir,
        defaults: () => ({ schemaVersion: NAME_LINKS_SCHEMA_VERSION, links: [], unlinks: [] }),
      }).then((s) => {
        this.opened = s;
        return s;
      });
      // A failed open is tried again on the next call.
      this.store.catch(() => (this.store = null));
    }
    return this.store;
  }
}
