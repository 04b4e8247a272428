// How often each tag is used, over all documents, kept up to date change by
// change: each document's share is kept apart so that a document whose notes
// are replaced (restored, removed) can be taken out without a rescan.

export class TagCounts {
  private readonly totals = new Map<string, number>();
  private readonly perDoc = new Map<string, Map<string, number>>();

  /** Whether `id`'s share is counted. */
  has(id: string): boolean {
    return this.perDoc.has(id);
  }

  /** Count `id`'s tags afresh from all of its annotations. */
  setDoc(id: string, annotations: Iterable<{ tags: readonly string[] }>): void {
    this.dropDoc(id);
    const mine = new Map<string, number>();
    this.perDoc.set(id, mine);
    for (const a of annotations) this.change(id, a.tags, 1);
  }

  dropDoc(id: string): void {
    const mine = this.perDoc.get(id);
    if (!mine) return;
    for (const [tag, n] of mine) this.bump(this.totals, tag, -n);
    this.perDoc.delete(id);
  }

  /** Add (+1) or take away (-1) the tags of one annotation of `id`. */
  change(id: string, tags: readonly string[], sign: 1 | -1): void {
    let mine = this.perDoc.get(id);
    if (!mine) {
      mine = new Map();
      this.perDoc.set(id, mine);
    }
    // A tag given twice on one annotation counts once.
    for (const tag of new Set(tags)) {
      this.bump(mine, tag, sign);
      this.bump(this.totals, tag, sign);
    }
  }

  /** Every tag in use, most used first; ties in code-point order, so the list is stable. */
  sorted(): string[] {
    return [...this.totals]
      .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
      .map(([tag]) => tag);
  }

  private bump(counts: Map<string, number>, tag: string, by: number): void {
    const n = (counts.get(tag) ?? 0) + by;
    if (n > 0) counts.set(tag, n);
    else counts.delete(tag);
  }
}
