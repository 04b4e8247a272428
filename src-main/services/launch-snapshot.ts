// The library as the app last drew it (its markup, and the key of the rows,
// settings and build it was drawn from), kept in launch-snapshot.json beside
// the library. When the page is served at launch and the launch lands in the
// library, the page carries it if the key still fits what the library is now
// (src-shared/launch/snapshot-key.ts), and the renderer shows it before its
// bundle has run (src-renderer/src/shell/snapshot-paint.ts). It is a
// picture, not data: a missing or damaged file costs one launch its head
// start (a damaged one is kept aside, as every damaged file is), and nothing
// is written read-only.
import { join } from 'node:path';
import { schemas } from '../../src-shared/api';
import type { ApiArgs, LaunchSnapshot, ReadingState } from '../../src-shared/api';
import { THEMES } from '../../src-shared/model';
import type { DocumentRecord, Settings } from '../../src-shared/model';
import { recentIds, snapshotKey } from '../../src-shared/launch/snapshot-key';
import { SNAPSHOT_DATA_ID } from '../../src-shared/launch/page-ids';
import type { SnapshotData } from '../../src-shared/launch/snapshot-key';
import { writeFileAtomic } from './atomic-write';
import { readOrSetAside } from './set-aside';
import type { WriteOps } from './atomic-write';

const FileSchema = schemas['launch.saveSnapshot'];

/** What the library is now, as the page would draw it. */
export interface LibraryNow {
  rows(): DocumentRecord[];
  settings(): Settings;
  reading(): ReadingState;
}

/** The page's script URLs in order, as the renderer reads them (`script[src]`). */
export function scriptsOf(html: string): string {
  return [...html.matchAll(/<script\b[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]).join(' ');
}

export class LaunchSnapshotService {
  private kept: LaunchSnapshot | null = null;
  private read: Promise<void> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;

  constructor(
    userData: string,
    private readonly now: LibraryNow,
    private readonly options: { ops?: WriteOps; readOnly?: boolean } = {},
  ) {
    this.file = join(userData, 'launch-snapshot.json');
  }

  /** The snapshot kept, or null (none yet, or damaged). */
  async get(): Promise<LaunchSnapshot | null> {
    this.read ??= this.load();
    await this.read;
    return this.kept;
  }

  /** Keeps `snapshot` in place of the last (nothing when read-only). */
  save(snapshot: ApiArgs['launch.saveSnapshot']): Promise<null> {
    this.read = Promise.resolve();
    this.kept = { key: snapshot.key, html: snapshot.html };
    if (this.options.readOnly) return Promise.resolve(null);
    const text = JSON.stringify(this.kept);
    const next = this.writing.then(() => writeFileAtomic(this.file, text, this.options.ops));
    this.writing = next.catch(() => undefined);
    return next.then(() => null);
  }

  flush(): Promise<void> {
    return this.writing;
  }

  /**
   * The app's page (`indexHtml`, as built) as served: in the user's theme
   * and language, with the snapshot in its head when the launch lands in the library and the library, settings,
   * documents read last and build are those it was drawn from.
   */
  async page(indexHtml: string): Promise<string> {
    const settings = this.now.settings();
    // The theme and language at once: a dark app does not flash white while its bundle loads.
    const theme = THEMES.includes(settings.theme) ? settings.theme : 'light';
    const lang = settings.locale === 'en' ? 'en' : 'zh-CN';
    const page = indexHtml.replace(/<html\b[^>]*>/, `<html lang="${lang}" data-theme="${theme}">`);
    const kept = await this.get();
    const reading = this.now.reading();
    if (!kept || reading.current !== null) return page;
    const rows = this.now.rows();
    const key = snapshotKey({
      build: scriptsOf(indexHtml),
      rows,
      settings,
      recent: recentIds(reading.places, rows),
    });
    const at = page.indexOf('<script');
    if (key !== kept.key || at < 0) return page;
    const data: SnapshotData = { html: kept.html };
    // JSON in a data block, every `<` escaped: nothing in it can close the element.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const block = `<script type="application/json" id="${SNAPSHOT_DATA_ID}">${json}</script>\n    `;
    return `${page.slice(0, at)}${block}${page.slice(at)}`;
  }

  private async load(): Promise<void> {
    this.kept = await readOrSetAside(this.file, FileSchema, this.options.readOnly);
  }
}
