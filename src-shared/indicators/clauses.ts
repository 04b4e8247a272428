// Clause and sentence boundaries, found in one pass. A clause is what a
// reader quotes for one value (`地方税收收入达 113.87 亿元`); a sentence is
// how far a cue such as `到2025年，` reaches.

/** Brackets this short are an aside (`（预计数，下同）`): their commas split nothing. */
const MAX_ASIDE = 40;
/** A clause quoted for a value extends at most this far on each side of it. */
export const MAX_CLAUSE_SIDE = 100;

function isClauseBreak(folded: string, original: string, i: number): boolean {
  const ch = folded.charAt(i);
  switch (ch) {
    case ',':
      // An ASCII comma between digits groups thousands (`1,234`).
      return !(
        original.charAt(i) === ',' &&
        /[0-9]/.test(folded.charAt(i - 1)) &&
        /[0-9]/.test(folded.charAt(i + 1))
      );
    case ';':
    case ':':
      return !(/[0-9]/.test(folded.charAt(i - 1)) && /[0-9]/.test(folded.charAt(i + 1)));
    case '。':
    case '!':
    case '?':
    case '\n':
      return true;
    default:
      return false;
  }
}

function isSentenceBreak(ch: string): boolean {
  return ch === '。' || ch === '!' || ch === '?' || ch === '\n';
}

export interface Boundaries {
  /** Positions of clause-ending characters, ascending. */
  clauses: number[];
  /** Positions of sentence-ending characters, ascending. */
  sentences: number[];
}

export function findBoundaries(folded: string, original: string): Boundaries {
  const clauses: number[] = [];
  const sentences: number[] = [];
  const n = folded.length;
  let asideEnd = -1;
  for (let i = 0; i < n; i++) {
    const ch = folded.charAt(i);
    if (ch === '(' && i >= asideEnd) {
      const limit = Math.min(n, i + MAX_ASIDE);
      for (let j = i + 1; j < limit; j++) {
        const c = folded.charAt(j);
        if (c === ')') {
          asideEnd = j;
          break;
        }
        if (c === '\n' || c === '(') break;
      }
    }
    if (isSentenceBreak(ch)) sentences.push(i);
    if (i < asideEnd && ch !== '\n') continue;
    if (isClauseBreak(folded, original, i)) clauses.push(i);
  }
  return { clauses, sentences };
}

/** For positions asked in increasing order: the boundaries around them. */
export class BoundaryCursor {
  private k = 0;
  constructor(
    private readonly breaks: readonly number[],
    private readonly length: number,
  ) {}

  /** [start, end) of the unit containing `pos`: after the previous break, up to the next one. */
  around(pos: number): [number, number] {
    while (this.k < this.breaks.length && (this.breaks[this.k] ?? 0) < pos) this.k++;
    const prev = this.k > 0 ? (this.breaks[this.k - 1] ?? -1) : -1;
    const next = this.k < this.breaks.length ? (this.breaks[this.k] ?? this.length) : this.length;
    return [prev + 1, next];
  }
}
