// The ids of the launch snapshot's elements in the page (see snapshot-key.ts):
// the data block the main process puts in the page, and the element the
// early script shows it in. Only the main process and the early script use
// them (the app's bundle does not: the early script needs nothing from it).

/** The element of the served page that carries the snapshot, as JSON (SnapshotData). */
export const SNAPSHOT_DATA_ID = 'rl-snapshot-data';

/** The element holding the snapshot while it is shown (styles.css places it over the page). */
export const SNAPSHOT_ID = 'rl-snapshot';

// A launch on a PDF left open: the page 1 drawn before the app's bundle runs
// (src-renderer/src/launch-pdf.ts). The main process moves the app's script
// into APP_ENTRY_META when it knows where the reader's pane was (PANE_DATA_ID);
// the early script draws the page there first, then loads the app.

/** The element of the served page that carries where the reader's PDF pane was, as JSON (PaneRect). */
export const PANE_DATA_ID = 'rl-pane-data';

/** The meta naming the app's script when the page is served with it held back. */
export const APP_ENTRY_META = 'reportlens-app-entry';

/** The metas the build puts in index.html naming the first page's script and its stylesheets. */
export const FIRST_PAGE_META = 'reportlens-first-page';
export const FIRST_PAGE_CSS_META = 'reportlens-first-page-css';

/** The element holding the page drawn before the app (removed once the reader has drawn its own). */
export const FIRST_PAGE_ID = 'rl-first-page';
