// What the library's launch snapshot was drawn from, as one short key: the
// build (the page's scripts, whose names change with every change to the
// app), the library's rows, the settings and the documents read last. The app
// computes it from what it drew when it keeps the snapshot
// (src-renderer/src/shell/launch-snapshot.ts); the main process from the
// library when it serves the page (src-main/services/launch-snapshot.ts), and
// puts the snapshot in the page only when the two agree.

export interface SnapshotBasis {
  /** The page's script URLs, in order, space-separated. */
  build: string;
  /** The library's rows, as `library.list` gives them. */
  rows: unknown;
  /** The settings, as `settings.get` gives them. */
  settings: unknown;
  /** recentIds(). */
  recent: readonly string[];
}

/** How many of the documents read last the library shows. */
const RECENT = 6;

/** The documents read last that are still in the library (`rows`), most recent first, as the library shows them. */
export function recentIds(
  places: ReadonlyArray<{ id?: unknown }>,
  rows: ReadonlyArray<{ id?: unknown }>,
): string[] {
  const ids = new Set(rows.map((r) => r.id));
  return places.flatMap((p) => (typeof p.id === 'string' && ids.has(p.id) ? [p.id] : [])).slice(0, RECENT);
}

/** cyrb53: a 53-bit string hash, as base-36 text (not for secrets: for telling states apart). */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The key of a library drawn from `basis` (the text's length beside its hash). */
export function snapshotKey(basis: SnapshotBasis): string {
  const text = JSON.stringify([basis.build, basis.rows, basis.settings, basis.recent]);
  return `${text.length.toString(36)}-${hash(text)}`;
}

/** What the served page carries: the markup (its theme is on the page's root already). */
export interface SnapshotData {
  html: string;
}
