// The combined table's rows sorted fast enough for 30,000 rows: string
// columns sort by a rank computed once per column (not by a collator call
// per comparison), and rows in table order by one native numeric sort. Pure.
import type { CombinedRow, CombinedSort, CombinedSortKey } from './rows';

/** The columns that sort by text: every key but the numeric ones. */
type StringKey = Exclude<CombinedSortKey, 'order' | 'year' | 'value' | 'page'>;

const collator = new Intl.Collator('zh-CN', { numeric: true });
// Ranks of a column's distinct values, per row set: sorting by a column twice costs one collation.
const rankCache = new WeakMap<readonly CombinedRow[], Map<StringKey, Map<string, number>>>();

function ranksOf(all: readonly CombinedRow[], key: StringKey): Map<string, number> {
  let byKey = rankCache.get(all);
  if (!byKey) rankCache.set(all, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const distinct = [...new Set(all.map((r) => r[key] ?? ''))].sort(collator.compare);
  const ranks = new Map(distinct.map((v, i) => [v, i]));
  byKey.set(key, ranks);
  return ranks;
}

const SLOT = 2 ** 21;

/**
 * Positions sorted by integer keys, ties by position, with one native numeric
 * sort of packed `key * SLOT + position` numbers (no comparator call per
 * comparison); null when the keys or the row count do not fit.
 */
function packedOrder(keys: Float64Array, dir: 1 | -1): Uint32Array | null {
  const n = keys.length;
  if (n >= SLOT) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    if (!Number.isInteger(k)) return null;
    if (k < min) min = k;
    if (k > max) max = k;
  }
  if (max - min >= 2 ** 31) return null;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++)
    packed[i] = (dir === 1 ? (keys[i] as number) - min : max - (keys[i] as number)) * SLOT + i;
  packed.sort();
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = (packed[i] as number) % SLOT;
  return out;
}

function inTableOrder(rows: readonly CombinedRow[]): boolean {
  for (let i = 1; i < rows.length; i++)
    if ((rows[i - 1] as CombinedRow).order >= (rows[i] as CombinedRow).order) return false;
  return true;
}

/**
 * Sorted rows. `all` is the unfiltered row set the ranks are kept for (pass
 * the same array between calls). Values sort within their unit: 5500 亿元 and
 * 3000 万人 do not compare. Ties keep table order. Keys go into typed arrays
 * first (a sort of 30,000 rows then reads no row objects); rows in table
 * order, as filtering leaves them, sort by one native numeric sort.
 */
export function sortCombined(
  rows: readonly CombinedRow[],
  sort: CombinedSort,
  all: readonly CombinedRow[] = rows,
): CombinedRow[] {
  const { key, dir } = sort;
  const ordered = inTableOrder(rows);
  // Table order is the order rows are built and filtered in: nothing to sort.
  if (key === 'order' && dir === 1 && ordered) return rows.slice();
  const n = rows.length;
  const a = new Float64Array(n);
  const b = key === 'value' ? new Float64Array(n) : null;
  if (key === 'order' || key === 'year' || key === 'page') {
    // A missing year or page (-1) sorts before every real one.
    for (let i = 0; i < n; i++) {
      const r = rows[i] as CombinedRow;
      a[i] = key === 'order' ? r.order : key === 'year' ? (r.year ?? -1) : (r.page ?? -1);
    }
  } else if (key === 'value') {
    const units = ranksOf(all, 'unit');
    for (let i = 0; i < n; i++) {
      const r = rows[i] as CombinedRow;
      a[i] = units.get(r.unit) ?? 0;
      if (b) b[i] = r.value;
    }
  } else {
    const ranks = ranksOf(all, key);
    for (let i = 0; i < n; i++) a[i] = ranks.get((rows[i] as CombinedRow)[key] ?? '') ?? 0;
  }
  let positions = !b && ordered ? packedOrder(a, dir) : null;
  if (!positions) {
    const order = new Float64Array(n);
    for (let i = 0; i < n; i++) order[i] = (rows[i] as CombinedRow).order;
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    positions = idx.sort(
      (x, y) =>
        ((a[x] as number) - (a[y] as number) || (b ? (b[x] as number) - (b[y] as number) : 0)) * dir ||
        (order[x] as number) - (order[y] as number),
    );
  }
  const out: CombinedRow[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = rows[positions[i] as number] as CombinedRow;
  return out;
}
