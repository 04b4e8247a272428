// The library as last drawn, put in the page served at launch only while it
// is still true: same rows, settings, documents read last and build; never
// when the launch goes to a document; its markup can never close the block
// that carries it; a damaged file is set aside, and nothing is written read-only.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReadingState } from '../../../src-shared/api';
import type { DocumentRecord, Settings } from '../../../src-shared/model';
import {
  holdAppScript,
  LaunchSnapshotService,
  MAX_PANES,
  scriptsOf,
} from '../../../src-main/services/launch-snapshot';
import { recentIds, snapshotKey } from '../../../src-shared/launch/snapshot-key';
import {
  APP_ENTRY_META,
  FIRST_PAGE_META,
  PANE_DATA_ID,
  SNAPSHOT_DATA_ID,
} from '../../../src-shared/launch/page-ids';

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'" />
    <script type="module" async src="./assets/launch-early.js"></script>
    <title>ReportLens</title>
    <script type="module" crossorigin src="./assets/index-AAAA.js"></script>
  </head>
  <body><div id="app"></div></body>
</html>`;

/** The page as built, in the settings' theme and language. */
const THEMED = PAGE.replace('<html lang="zh-CN">', '<html lang="zh-CN" data-theme="dark">');

const row = (id: string, title: string) =>
  ({ id, title, fileName: `${id}.txt` }) as unknown as DocumentRecord;
const SETTINGS = { locale: 'zh-CN', theme: 'dark', fontSize: 18 } as unknown as Settings;
const HTML =
  '<div class="app"><section data-testid="library"><table><tr data-testid="doc-row"><td>衡阳</td></tr></table></section></div>';

let dir: string;
let rows: DocumentRecord[];
let reading: ReadingState;
let settings: Settings;

function service(options: { readOnly?: boolean } = {}): LaunchSnapshotService {
  return new LaunchSnapshotService(
    dir,
    { rows: () => rows, settings: () => settings, reading: () => reading },
    options,
  );
}

/** The key the app computes from what it drew (the same rows, settings and places). */
function keyNow(page = PAGE): string {
  return snapshotKey({
    build: scriptsOf(page),
    rows,
    settings,
    recent: recentIds(reading.places, rows),
  });
}

/** The JSON the served page carries, or null. */
function carried(page: string): { html: string } | null {
  const m = new RegExp(`<script type="application/json" id="${SNAPSHOT_DATA_ID}">([^<]*)</script>`).exec(
    page,
  );
  return m?.[1] ? (JSON.parse(m[1]) as { html: string }) : null;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rl-snapshot-'));
  settings = SETTINGS;
  rows = [row('a', '衡阳市2021年政府工作报告'), row('b', '湖北省2025年政府工作报告')];
  reading = { current: null, places: [{ id: 'b', offset: 10, at: '2026-01-01T00:00:00Z' }] };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LaunchSnapshotService', () => {
  it('reads the page’s scripts in order, as the renderer does', () => {
    expect(scriptsOf(PAGE)).toBe('./assets/launch-early.js ./assets/index-AAAA.js');
  });

  it('puts the library as drawn in the page, before its first script, across a restart', async () => {
    await service().save({ key: keyNow(), html: HTML });
    const page = await service().page(PAGE);
    expect(carried(page)).toEqual({ html: HTML });
    expect(page.indexOf(SNAPSHOT_DATA_ID)).toBeLessThan(page.indexOf('launch-early.js'));
    // The rest of the page as built.
    expect(page.replace(/<script type="application\/json"[^]*?<\/script>\n {4}/, '')).toBe(THEMED);
  });

  it('leaves the page as built when anything it was drawn from has changed', async () => {
    await service().save({ key: keyNow(), html: HTML });
    const changes: Array<() => void> = [
      () => (rows = [...rows, row('c', '新的报告')]),
      () => (rows = [row('a', '改过的标题'), rows[1] ?? row('b', '')]),
      () =>
        (reading = {
          current: null,
          places: [{ id: 'a', offset: 0, at: '2026-01-02T00:00:00Z' }, ...reading.places],
        }),
    ];
    for (const change of changes) {
      const before = { rows, reading };
      change();
      expect(carried(await service().page(PAGE))).toBeNull();
      ({ rows, reading } = before);
      expect(carried(await service().page(PAGE))).not.toBeNull();
    }
    // Another build of the app.
    expect(carried(await service().page(PAGE.replace('index-AAAA', 'index-BBBB')))).toBeNull();
  });

  it('leaves it out when the launch goes to the document left open', async () => {
    await service().save({ key: keyNow(), html: HTML });
    reading = { ...reading, current: 'b' };
    expect(await service().page(PAGE)).toBe(THEMED);
  });

  it('carries markup that cannot close the block it is in', async () => {
    const hostile = `${HTML}</script><script>alert(1)</script><!-- <script>`;
    await service().save({ key: keyNow(), html: hostile });
    const page = await service().page(PAGE);
    expect(page).not.toContain('<script>alert');
    expect(page.match(/<\/script>/g)?.length).toBe((PAGE.match(/<\/script>/g)?.length ?? 0) + 1);
    expect(carried(page)?.html).toBe(hostile);
  });

  it('sets a damaged file aside and serves the page as built', async () => {
    await writeFile(join(dir, 'launch-snapshot.json'), '{"key": "1-a", "html": ');
    expect(await service().page(PAGE)).toBe(THEMED);
    const files = await readdir(dir);
    expect(files.some((f) => f.startsWith('launch-snapshot.json.damaged-'))).toBe(true);
    // The next snapshot is kept beside it.
    await service().save({ key: keyNow(), html: HTML });
    expect(carried(await service().page(PAGE))?.html).toBe(HTML);
  });

  it('serves the page in the user’s theme and language, kept or not', async () => {
    expect(await service().page(PAGE)).toBe(THEMED);
    settings = { ...SETTINGS, locale: 'en', theme: 'sepia' } as Settings;
    expect(await service().page(PAGE)).toContain('<html lang="en" data-theme="sepia">');
    settings = { ...SETTINGS, theme: '"><script>' } as unknown as Settings;
    expect(await service().page(PAGE)).toContain('<html lang="zh-CN" data-theme="light">');
  });

  it('writes nothing read-only', async () => {
    const readOnly = service({ readOnly: true });
    await readOnly.save({ key: keyNow(), html: HTML });
    await readOnly.flush();
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the last of several saves', async () => {
    const s = service();
    void s.save({ key: keyNow(), html: '<div>old</div>' });
    await s.save({ key: keyNow(), html: HTML });
    const file = JSON.parse(await readFile(join(dir, 'launch-snapshot.json'), 'utf8')) as { html: string };
    expect(file.html).toBe(HTML);
  });
});

describe('the page served for a PDF left open (its page drawn before the app: launch-pdf.ts)', () => {
  const BUILT = PAGE.replace(
    '<script type="module" async',
    `<meta name="${FIRST_PAGE_META}" content="./assets/launch-pdf.js" />\n    <script type="module" async`,
  );
  const PANE = { top: 105, left: 230, right: 486, bottom: 0, width: 1280, height: 800 };
  const pdfRow = (id: string) => ({ ...row(id, 'PDF'), type: 'pdf' }) as unknown as DocumentRecord;

  /** The pane's place the page carries, or null. */
  function paneCarried(page: string): unknown {
    const m = new RegExp(`<script type="application/json" id="${PANE_DATA_ID}">([^<]*)</script>`).exec(page);
    return m?.[1] ? JSON.parse(m[1]) : null;
  }

  beforeEach(() => {
    rows = [pdfRow('p'), row('t', '衡阳')];
    reading = { current: 'p', places: [{ id: 'p', offset: 0, at: '2026-01-01T00:00:00Z' }] };
  });

  it('holds the app’s script back, naming it and the pane’s place before the early script', async () => {
    await service().savePane(PANE);
    const page = await service().page(BUILT);
    expect(page).not.toContain('<script type="module" crossorigin src="./assets/index-AAAA.js">');
    expect(paneCarried(page)).toEqual({ id: 'p', panes: [PANE] });
    const meta = page.indexOf(`<meta name="${APP_ENTRY_META}" content="./assets/index-AAAA.js" />`);
    expect(meta).toBeGreaterThan(0);
    // The early script is async: what it reads comes before it.
    expect(meta).toBeLessThan(page.indexOf('launch-early.js'));
    expect(page.indexOf(PANE_DATA_ID)).toBeLessThan(page.indexOf('launch-early.js'));
    expect(holdAppScript(BUILT)?.entry).toBe('./assets/index-AAAA.js');
  });

  it('serves the page as built for a text report, with no pane kept, or a build without the first page', async () => {
    const asBuilt = BUILT.replace('<html lang="zh-CN">', '<html lang="zh-CN" data-theme="dark">');
    expect(await service().page(BUILT)).toBe(asBuilt);
    await service().savePane(PANE);
    reading = { ...reading, current: 't' };
    expect(await service().page(BUILT)).toBe(asBuilt);
    reading = { ...reading, current: 'p' };
    expect(await service().page(PAGE)).toBe(THEMED);
    expect(holdAppScript(PAGE)).toBeNull();
  });

  it('keeps the pane’s place in each of the last window sizes, most recent first, across restarts', async () => {
    const s = service();
    await s.savePane(PANE);
    const wide = { ...PANE, width: 1920, height: 1080, right: 600 };
    await s.savePane(wide);
    // A panel dragged at the first size: that size's place is replaced, and comes first.
    const dragged = { ...PANE, left: 300 };
    await s.savePane(dragged);
    expect(await service().panes()).toEqual([dragged, wide]);
    for (let w = 1; w <= MAX_PANES + 2; w++) await s.savePane({ ...PANE, width: 1000 + w });
    const kept = await service().panes();
    expect(kept.length).toBe(MAX_PANES);
    expect(kept[0]?.width).toBe(1000 + MAX_PANES + 2);
  });

  it('sets a damaged file aside (none kept, the page as built), and writes nothing read-only', async () => {
    await writeFile(join(dir, 'launch-pane.json'), '{"panes": [{"top": 1, "left": "<b>"}]}');
    expect(await service().panes()).toEqual([]);
    expect((await readdir(dir)).some((f) => f.startsWith('launch-pane.json.damaged-'))).toBe(true);
    expect(await service().page(BUILT)).not.toContain(APP_ENTRY_META);
    const readOnly = service({ readOnly: true });
    await readOnly.savePane(PANE);
    await readOnly.flush();
    expect(await service().panes()).toEqual([]);
  });
});
