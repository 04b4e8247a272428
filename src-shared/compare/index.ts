// Reports compared: indicator names unified, targets paired with outcomes and judged, tables of many reports.
export * from './names-data';
export * from './unify';
export * from './units';
export * from './verdict';
export * from './pairing';
export * from './report-meta';
export * from './rows';
export * from './rows-sort';
export * from './across';
export * from './match-sections';
export * from './beside-choices';
