// Where each code unit of a folded text occurs, built once per document in
// O(n). A query then visits only the places of its rarest character and checks
// the phrase there, instead of scanning all of the text: `高质量发展` in a
// report of 50,000 characters costs about a hundred comparisons, and a
// one-character query is counted without looking at the text at all.
import type { TextRange } from '../../../src-shared/text/search';

/** Reused between builds made at once: a count per UTF-16 code unit. */
const scratch = new Uint32Array(0x10000);

export interface PhraseMatches {
  /** Every non-overlapping match, as String.indexOf scanning left to right finds them. */
  count: number;
  /** Start offsets (in the folded text) of the first `keep` of them. */
  starts: number[];
}

/** Code units visited between two pauses of CharPositions.inSteps. */
const STEP = 1 << 20;

interface Built {
  runs: Map<number, { from: number; count: number }>;
  positions: Uint32Array;
}

/** The table for `folded`, yielding every `step` code units (run at once, or with pauses). */
function* build(folded: string, counts: Uint32Array, step: number): Generator<void, Built> {
  const n = folded.length;
  const codes: number[] = [];
  for (let at = 0; at < n; at += step) {
    if (at > 0) yield;
    for (let i = at, end = Math.min(n, at + step); i < end; i++) {
      const c = folded.charCodeAt(i);
      const seen = counts[c] as number;
      counts[c] = seen + 1;
      if (seen === 0) codes.push(c);
    }
  }
  const runs = new Map<number, { from: number; count: number }>();
  let from = 0;
  for (const c of codes) {
    const count = counts[c] ?? 0;
    runs.set(c, { from, count });
    // From here on counts[c] is the next free slot of c's run.
    counts[c] = from;
    from += count;
  }
  const positions = new Uint32Array(n);
  for (let at = 0; at < n; at += step) {
    yield;
    for (let i = at, end = Math.min(n, at + step); i < end; i++) {
      const c = folded.charCodeAt(i);
      const slot = counts[c] as number;
      positions[slot] = i;
      counts[c] = slot + 1;
    }
  }
  for (const c of codes) counts[c] = 0;
  return { runs, positions };
}

export class CharPositions {
  /** Code unit -> where its run begins in `positions`, and its length. */
  private readonly runs: Map<number, { from: number; count: number }>;
  /** Every offset of the text, grouped by code unit, each group ascending. */
  private readonly positions: Uint32Array;

  constructor(
    private readonly folded: string,
    built?: Built,
  ) {
    if (!built) {
      const steps = build(folded, scratch, Number.MAX_SAFE_INTEGER);
      let r = steps.next();
      while (!r.done) r = steps.next();
      built = r.value;
    }
    this.runs = built.runs;
    this.positions = built.positions;
  }

  /**
   * The same table, built with `pause()` every million code units: a text of
   * tens of millions of characters does not hold the process for seconds.
   */
  static async inSteps(folded: string, pause: () => Promise<void>, step = STEP): Promise<CharPositions> {
    // A table of its own: a table built at once meanwhile uses the shared one.
    const steps = build(folded, new Uint32Array(0x10000), step);
    let r = steps.next();
    while (!r.done) {
      await pause();
      r = steps.next();
    }
    return new CharPositions(folded, r.value);
  }

  /** The code units that occur, each once. */
  codes(): IterableIterator<number> {
    return this.runs.keys();
  }

  /** How often a code unit occurs. */
  countOf(code: number): number {
    return this.runs.get(code)?.count ?? 0;
  }

  /** Non-overlapping matches of an already folded needle: all counted, the first `keep` placed. */
  find(needle: string, keep: number): PhraseMatches {
    const starts: number[] = [];
    if (!needle) return { count: 0, starts };
    // The needle's rarest code unit and where it sits in the needle.
    let pivot = 0;
    let run: { from: number; count: number } | undefined;
    for (let k = 0; k < needle.length; k++) {
      const r = this.runs.get(needle.charCodeAt(k));
      if (!r) return { count: 0, starts };
      if (!run || r.count < run.count) {
        run = r;
        pivot = k;
      }
    }
    if (!run) return { count: 0, starts };
    const { positions, folded } = this;
    const end = run.from + run.count;
    if (needle.length === 1) {
      for (let i = run.from; i < end && starts.length < keep; i++) starts.push(positions[i] as number);
      return { count: run.count, starts };
    }
    // Candidate starts come in ascending order; taking each one past the last
    // match's end gives the same matches as indexOf from `at + needle.length`.
    let count = 0;
    let free = 0;
    for (let i = run.from; i < end; i++) {
      const at = (positions[i] as number) - pivot;
      if (at < free || !folded.startsWith(needle, at)) continue;
      if (count < keep) starts.push(at);
      count++;
      free = at + needle.length;
    }
    return { count, starts };
  }
}

/** Ranges of the original text for match starts in the folded text. */
export function toRanges(starts: readonly number[], length: number, origin: Uint32Array): TextRange[] {
  return starts.map((at) => ({ start: origin[at] ?? 0, end: (origin[at + length - 1] ?? 0) + 1 }));
}
