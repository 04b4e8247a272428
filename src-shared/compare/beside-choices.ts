// Which reports to offer first when a second one is opened beside the one
// being read: the analyst checks last year's promises against this year's
// claims, so the same region's previous and next years come first, then the
// region's other years by distance, then everything else as the library lists it.

/** What ordering needs of a library record. */
export interface BesideCandidate {
  id: string;
  region: string | null;
  year: number | null;
  corpus?: { level: string | null } | undefined;
}

export type BesideReason = 'previous-year' | 'next-year' | 'same-region' | 'other';

export interface BesideChoice<T extends BesideCandidate> {
  record: T;
  reason: BesideReason;
}

function sameRegion(a: BesideCandidate, b: BesideCandidate): boolean {
  if (!a.region || a.region !== b.region) return false;
  // A city and a province can share a name (吉林): the levels must not disagree.
  const la = a.corpus?.level ?? null;
  const lb = b.corpus?.level ?? null;
  return la === null || lb === null || la === lb;
}

function reasonFor(current: BesideCandidate, other: BesideCandidate): BesideReason {
  if (!sameRegion(current, other)) return 'other';
  if (current.year !== null && other.year === current.year - 1) return 'previous-year';
  if (current.year !== null && other.year === current.year + 1) return 'next-year';
  return 'same-region';
}

const RANK: Record<BesideReason, number> = { 'previous-year': 0, 'next-year': 1, 'same-region': 2, other: 3 };

/** Every other document, the likeliest second report first; the library's order is kept within a rank. */
export function besideChoices<T extends BesideCandidate>(
  current: BesideCandidate,
  all: readonly T[],
): BesideChoice<T>[] {
  const distance = (r: T): number =>
    current.year !== null && r.year !== null ? Math.abs(r.year - current.year) : Number.MAX_SAFE_INTEGER;
  return all
    .filter((r) => r.id !== current.id)
    .map((record, order) => ({ record, reason: reasonFor(current, record), order }))
    .sort(
      (a, b) =>
        RANK[a.reason] - RANK[b.reason] ||
        (a.reason === 'same-region' ? distance(a.record) - distance(b.record) : 0) ||
        a.order - b.order,
    )
    .map(({ record, reason }) => ({ record, reason }));
}
