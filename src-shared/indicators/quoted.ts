// Short quoted names and book titles: `“881314”格局`, `“十四五”`, `“三类500强”`,
// `《……三年行动计划》`. A number inside one is part of a name or a slogan.

/** A quotation longer than this is a quotation, not a name: numbers in it may count. */
export const MAX_QUOTED_NAME = 25;
/** Book and document titles run longer. */
export const MAX_TITLE = 60;

/** Opening mark → closing mark, by UTF-16 code. */
const PAIRS = new Map<number, number>(
  [
    ['“', '”'],
    ['「', '」'],
    ['『', '』'],
    ['‘', '’'],
    ['《', '》'],
    ['〈', '〉'],
    ['"', '"'],
  ].map(([o = '', c = '']) => [o.charCodeAt(0), c.charCodeAt(0)]),
);
const BREAKS = new Set([...'\n，。；！？'].map((c) => c.charCodeAt(0)));
const TITLE_CLOSE = new Set(['》'.charCodeAt(0), '〉'.charCodeAt(0)]);

/** [start, end) ranges of short quoted names and titles, in order, not overlapping. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const close = PAIRS.get(text.charCodeAt(i));
    if (close === undefined) {
      i++;
      continue;
    }
    const limit = Math.min(n, i + 1 + (TITLE_CLOSE.has(close) ? MAX_TITLE : MAX_QUOTED_NAME));
    let j = i + 1;
    // A name in quotes holds no clause break: past one, the closing mark belongs to something else.
    while (j < limit && text.charCodeAt(j) !== close && !BREAKS.has(text.charCodeAt(j))) j++;
    if (j < limit && text.charCodeAt(j) === close) {
      ranges.push([i, j + 1]);
      i = j + 1;
    } else {
      i++;
    }
  }
  return ranges;
}

/** Answers "is this position inside a range?" for positions asked in increasing order. */
export class RangeCursor {
  private k = 0;
  constructor(private readonly ranges: ReadonlyArray<readonly [number, number]>) {}

  contains(pos: number): boolean {
    while (this.k < this.ranges.length && (this.ranges[this.k]?.[1] ?? 0) <= pos) this.k++;
    const r = this.ranges[this.k];
    return r !== undefined && r[0] <= pos && pos < r[1];
  }
}
