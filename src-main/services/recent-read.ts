// One read shared by the calls that ask for the same thing at the same
// moment: the reader's open, its highlights (annotations.marks) and then its
// notes (annotations.listCompact) all need the document's text model. A read serves further calls for the same key for
// `windowMs` and no longer, so damage done later is found by the next call;
// a failed read is never shared.
export class RecentRead<T> {
  private last: { key: string; read: Promise<T>; at: number } | null = null;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The read shared for `key` if one is recent, else a new one (kept for later calls unless `keep` is false). */
  get(key: string, read: () => Promise<T>, keep = true): Promise<T> {
    const at = this.now();
    const last = this.last;
    if (last?.key === key && at - last.at <= this.windowMs) return last.read;
    if (!keep) return read();
    const entry = { key, read: read(), at };
    this.last = entry;
    entry.read.catch(() => {
      if (this.last === entry) this.last = null;
    });
    return entry.read;
  }

  /** The next call for `key` reads afresh (what was read is no longer what is stored). */
  forget(key: string): void {
    if (this.last?.key === key) this.last = null;
  }
}
