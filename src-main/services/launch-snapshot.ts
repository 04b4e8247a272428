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
import * as v from 'valibot';
import { PaneRectSchema, schemas } from '../../src-shared/api';
import type { ApiArgs, FirstPageData, LaunchSnapshot, PaneRect, ReadingState } from '../../src-shared/api';
import { THEMES } from '../../src-shared/model';
import type { DocumentRecord, Settings } from '../../src-shared/model';
import { recentIds, snapshotKey } from '../../src-shared/launch/snapshot-key';
import {
  APP_ENTRY_META,
  FIRST_PAGE_META,
  PANE_DATA_ID,
  SNAPSHOT_DATA_ID,
} from '../../src-shared/launch/page-ids';
import type { SnapshotData } from '../../src-shared/launch/snapshot-key';
import { writeFileAtomic } from './atomic-write';
import { readOrSetAside } from './set-aside';
import type { WriteOps } from './atomic-write';

const FileSchema = schemas['launch.saveSnapshot'];

/** The window sizes whose pane's place is kept. */
export const MAX_PANES = 4;
const PanesFileSchema = v.strictObject({ panes: v.pipe(v.array(PaneRectSchema), v.maxLength(MAX_PANES)) });

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

/** JSON for a data block in the page, every `<` escaped: nothing in it can close the element. */
function dataBlock(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>\n    `;
}

/**
 * `page` without the app's own script (its address returned apart, for the
 * early script to load once it has drawn the PDF's page 1); null if the page
 * has no such script, or was not built with the first page's script.
 */
export function holdAppScript(page: string): { page: string; entry: string } | null {
  if (!page.includes(`name="${FIRST_PAGE_META}"`)) return null;
  const tag = [...page.matchAll(/<script type="module"(?: crossorigin)? src="([^"]*)"><\/script>\s*/g)].find(
    (m) => !/launch-early/.test(m[1] ?? ''),
  );
  if (!tag?.[1] || tag.index === undefined) return null;
  return { page: page.slice(0, tag.index) + page.slice(tag.index + tag[0].length), entry: tag[1] };
}

export class LaunchSnapshotService {
  private kept: LaunchSnapshot | null = null;
  private read: Promise<void> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly file: string;
  private readonly paneFile: string;
  private paneKept: Promise<PaneRect[]> | null = null;

  constructor(
    userData: string,
    private readonly now: LibraryNow,
    private readonly options: { ops?: WriteOps; readOnly?: boolean } = {},
  ) {
    this.file = join(userData, 'launch-snapshot.json');
    this.paneFile = join(userData, 'launch-pane.json');
  }

  /**
   * Where the reader's PDF pane was last laid out, in each of the last few
   * window sizes, most recent first (the window opens at one size, and may be
   * resized later): none yet, or damaged (kept aside), is none.
   */
  async panes(): Promise<PaneRect[]> {
    this.paneKept ??= readOrSetAside(this.paneFile, PanesFileSchema, this.options.readOnly).then(
      (file) => file?.panes ?? [],
    );
    return this.paneKept;
  }

  /** Keeps where the reader's PDF pane is, in its window's size (nothing written when read-only). */
  async savePane(rect: PaneRect): Promise<null> {
    const others = (await this.panes()).filter((p) => p.width !== rect.width || p.height !== rect.height);
    const panes = [rect, ...others].slice(0, MAX_PANES);
    this.paneKept = Promise.resolve(panes);
    if (this.options.readOnly) return null;
    const text = JSON.stringify({ panes });
    const next = this.writing.then(() => writeFileAtomic(this.paneFile, text, this.options.ops));
    this.writing = next.catch(() => undefined);
    return next.then(() => null);
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
    const reading = this.now.reading();
    if (reading.current !== null) return this.pdfFirst(page, reading.current);
    const kept = await this.get();
    if (!kept) return page;
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
    return `${page.slice(0, at)}${dataBlock(SNAPSHOT_DATA_ID, data)}${page.slice(at)}`;
  }

  /**
   * A launch on document `id`: when it is a PDF and the reader's pane has been
   * laid out before, the page carries where, and the app's script is held
   * back until the early script has drawn page 1 there (launch-pdf.ts): the
   * page's thread is then pdf.js's alone. Otherwise the page as it is.
   */
  private async pdfFirst(page: string, id: string): Promise<string> {
    if (this.now.rows().find((r) => r.id === id)?.type !== 'pdf') return page;
    const panes = await this.panes();
    // The early script takes the one of its window's size, if any.
    const held = panes.length ? holdAppScript(page) : null;
    const at = held?.page.indexOf('<script') ?? -1;
    if (!held || at < 0) return page;
    // Before the early script (async: it may run before the parser reaches what follows it).
    const meta = `<meta name="${APP_ENTRY_META}" content="${held.entry}" />\n    `;
    // The document too: its bytes are asked for at once, not after the reading state's round trip.
    const data: FirstPageData = { id, panes };
    return `${held.page.slice(0, at)}${dataBlock(PANE_DATA_ID, data)}${meta}${held.page.slice(at)}`;
  }

  private async load(): Promise<void> {
    this.kept = await readOrSetAside(this.file, FileSchema, this.options.readOnly);
  }
}
