// The corpus view: which reports it covers, their indicators in one table
// (filtered, sorted), targets paired with outcomes, one indicator across
// regions and years, and the user's name links. Components only show and ask.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import {
  acrossOf,
  addLink,
  addUnlink,
  createRowBuilder,
  EMPTY_COMBINED_FILTER,
  filterCombined,
  indicatorChoices,
  NO_LINKS,
  pairTargets,
  reportsByRegion,
  sortCombined,
  toCombinedRecord,
  type CombinedFilter,
  type CombinedRow,
  type CombinedSort,
  type CombinedSortKey,
  type CorpusReport,
  type NameLinks,
} from '@shared/compare';
import { api } from '../api';
import { loadReport, type LoadedReport } from '../compare/load-reports';
import { holdExtractor } from '../indicators/run-extract';
import { describeError } from '../errors';
import { useLibrary } from './library';
import { useNotify } from './notify';

export type CorpusScope = 'all' | 'year' | 'selection';
type RowBuilder = ReturnType<typeof createRowBuilder>;

/** How often a table still loading shows the reports that arrived (ms). */
const PUBLISH_MS = 300;
export type CorpusTab = 'table' | 'promises' | 'across';

export const useCompare = defineStore('compare', () => {
  const library = useLibrary();
  const notify = useNotify();
  const tab = ref<CorpusTab>('table');
  const scope = ref<CorpusScope>('all');
  const scopeYear = ref<number | null>(null);
  const selection = ref<string[]>([]);
  const reports = shallowRef<LoadedReport[]>([]);
  const loading = ref<{ done: number; total: number } | null>(null);
  const links = ref<NameLinks>(NO_LINKS);
  const filter = ref<CombinedFilter>({ ...EMPTY_COMBINED_FILTER });
  const sort = ref<CombinedSort>({ key: 'order', dir: 1 });
  const pairRegion = ref('');
  const allTargets = ref(false);
  const acrossKey = ref('gdp-growth');
  /** How long building the table took (ms), for the footer and the e2e figures. */
  const buildMs = ref(0);

  const chosen = computed(() => {
    const docs = library.documents;
    if (scope.value === 'selection') return docs.filter((d) => selection.value.includes(d.id));
    if (scope.value === 'year')
      return docs.filter((d) => scopeYear.value === null || d.year === scopeYear.value);
    return docs;
  });

  let loadSeq = 0;
  /**
   * Loads (or re-reads the edits of) the chosen reports, one after another,
   * off the UI thread for extraction. The table shows the first report's rows
   * as soon as they are there and grows every PUBLISH_MS, not after the last
   * of a hundred reports.
   */
  async function load(): Promise<void> {
    const seq = ++loadSeq;
    const docs = chosen.value;
    loading.value = { done: 0, total: docs.length };
    const out: LoadedReport[] = [];
    let published = 0;
    // One extraction worker for the whole loop, ended after it.
    const release = holdExtractor();
    try {
      links.value = await api.invoke('compare.links', undefined);
      for (const doc of docs) {
        try {
          out.push(await loadReport(doc));
        } catch (err) {
          notify.push('error', () => `${doc.title}: ${describeError(err)}`);
        }
        if (seq !== loadSeq) return;
        loading.value = { done: out.length, total: docs.length };
        if (out.length < docs.length && (published === 0 || performance.now() - published > PUBLISH_MS)) {
          reports.value = out.slice();
          published = performance.now();
        }
      }
      reports.value = out;
      if (!pairRegion.value || !regions.value.includes(pairRegion.value))
        pairRegion.value = regions.value[0] ?? '';
    } finally {
      release();
      if (seq === loadSeq) loading.value = null;
    }
  }

  // Each report's rows, built once per set of links: while reports arrive the
  // table grows by the new ones only.
  let built: { links: NameLinks; build: RowBuilder; byReport: WeakMap<LoadedReport, CombinedRow[]> } | null =
    null;
  const rows = computed(() => {
    const t0 = performance.now();
    const current = links.value;
    if (built?.links !== current)
      built = { links: current, build: createRowBuilder(current), byReport: new WeakMap() };
    const out: CombinedRow[] = [];
    for (const r of reports.value) {
      let mine = built.byReport.get(r);
      if (!mine || (mine.length > 0 && mine[0]?.order !== out.length)) {
        mine = built.build(
          {
            id: r.record.id,
            report: r.record.title,
            region: r.region,
            year: r.year,
            text: r.model.text,
            rows: r.rows,
          },
          out.length,
        );
        built.byReport.set(r, mine);
      }
      for (const row of mine) out.push(row);
    }
    buildMs.value = Math.round(performance.now() - t0);
    return out;
  });
  const visible = computed(() =>
    sortCombined(filterCombined(rows.value, filter.value), sort.value, rows.value),
  );
  const years = computed(() =>
    [...new Set(rows.value.map((r) => r.year).filter((y): y is number => y !== null))].sort(),
  );
  const rowRegions = computed(() => [...new Set(rows.value.map((r) => r.region))].sort());
  const libraryYears = computed(() =>
    [...new Set(library.documents.map((d) => d.year).filter((y): y is number => y !== null))].sort(),
  );

  const corpusReports = computed<CorpusReport[]>(() =>
    reports.value.map((r) => ({
      id: r.record.id,
      file: r.record.title,
      region: r.region,
      year: r.year,
      text: r.model.text,
      indicators: r.rows,
    })),
  );
  /** Regions with two reports of consecutive years. */
  const regions = computed(() =>
    [...reportsByRegion(corpusReports.value)]
      .filter(([, years]) => [...years.keys()].some((y) => years.has(y + 1)))
      .map(([region]) => region)
      .sort(),
  );
  const pairs = computed(() =>
    pairTargets(
      corpusReports.value.filter((r) => r.region === pairRegion.value),
      { links: links.value, all: allTargets.value },
    ),
  );
  /** Reports left out of the pairing: no region or no year (the library can set them). */
  const unplaced = computed(() => reports.value.filter((r) => r.region === null || r.year === null));
  const choices = computed(() => indicatorChoices(rows.value));
  const across = computed(() => acrossOf(rows.value, acrossKey.value));
  const names = computed(() => [...new Set(rows.value.map((r) => r.name))].sort());

  function sortBy(key: CombinedSortKey): void {
    const cur = sort.value;
    // Ascending, descending, then back to table order.
    if (cur.key !== key) sort.value = { key, dir: 1 };
    else if (cur.dir === 1) sort.value = { key, dir: -1 };
    else sort.value = { key: 'order', dir: 1 };
  }

  async function saveLinks(next: NameLinks): Promise<void> {
    const before = links.value;
    links.value = next;
    try {
      await api.invoke('compare.saveLinks', next);
    } catch (err) {
      links.value = before;
      notify.push('error', () => describeError(err));
    }
  }
  const link = (a: string, b: string) => saveLinks(addLink(links.value, a, b));
  const unlink = (a: string, b: string) => saveLinks(addUnlink(links.value, a, b));
  function removeLink(kind: 'links' | 'unlinks', index: number): Promise<void> {
    return saveLinks({ ...links.value, [kind]: links.value[kind].filter((_, i) => i !== index) });
  }

  function visibleRecords() {
    return visible.value.map(toCombinedRecord);
  }

  return {
    tab,
    scope,
    scopeYear,
    selection,
    chosen,
    reports,
    loading,
    links,
    filter,
    sort,
    rows,
    visible,
    years,
    rowRegions,
    libraryYears,
    regions,
    pairRegion,
    allTargets,
    pairs,
    unplaced,
    choices,
    acrossKey,
    across,
    names,
    buildMs,
    load,
    sortBy,
    link,
    unlink,
    removeLink,
    visibleRecords,
  };
});
