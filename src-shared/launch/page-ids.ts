// The ids of the launch snapshot's elements in the page (see snapshot-key.ts):
// the data block the main process puts in the page, and the element the
// early script shows it in. Only the main process and the early script use
// them (the app's bundle does not: the early script needs nothing from it).

/** The element of the served page that carries the snapshot, as JSON (SnapshotData). */
export const SNAPSHOT_DATA_ID = 'rl-snapshot-data';

/** The element holding the snapshot while it is shown (styles.css places it over the page). */
export const SNAPSHOT_ID = 'rl-snapshot';
