// Which section of another report answers a heading of this one, for reading
// two reports side by side: `一、2013年工作回顾` in one year's report and
// `一、2014年工作回顾` in the next are the same section. Two clues, kept apart
// so the reader can be offered both when they disagree: the numbering path
// (`三、>（二）`, the same in both outlines) and the words of the title once
// numbering and years are taken out.
import { parseChineseNumeral } from '../indicators/numbers';
import { foldWidth } from '../text/fold';

/** What matching needs of an outline item. */
export interface SectionHeading {
  title: string;
  level: number;
}

/** A heading's own numbering: `一、` cn, `（一）` cn-paren, `1.` arabic, `（1）` arabic-paren, `第一章` part. */
export interface SectionNumber {
  kind: 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'part';
  n: number;
}

export interface SectionMatch {
  /** Index in the other outline. */
  index: number;
  /** The numbering path is the same (`二、` and `二、`, `三、>（二）` and `三、>（二）`). */
  sameNumber: boolean;
  /** Likeness of the titles without numbering and years, 0..1. */
  similarity: number;
}

export interface SectionOffer {
  /** The one to offer first: numbering and title weighed together. */
  best: SectionMatch | null;
  /** The section with the same numbering path, if any. */
  byNumber: SectionMatch | null;
  /** The section with the most similar title, if any is similar enough. */
  byTitle: SectionMatch | null;
}

/** Below this likeness two titles are not offered as the same section on their words alone. */
export const MIN_TITLE_SIMILARITY = 0.5;
/** What the same numbering path weighs against the likeness of titles when choosing the best. */
const NUMBER_WEIGHT = 0.5;

const CN = '[一二三四五六七八九十]{1,3}';
const NUMBERINGS: ReadonlyArray<{ kind: SectionNumber['kind']; re: RegExp }> = [
  { kind: 'part', re: new RegExp(`^第(${CN}|[0-9]{1,2})(?:章|部分|篇|节)`) },
  { kind: 'cn', re: new RegExp(`^(${CN})[、．.]`) },
  { kind: 'cn-paren', re: new RegExp(`^[（(]\\s?(${CN})\\s?[）)]`) },
  { kind: 'arabic-paren', re: /^[（(]\s?([0-9]{1,2})\s?[）)]/ },
  { kind: 'arabic', re: /^([0-9]{1,2})(?:[.．](?![0-9])|、)/ },
];

function numeralValue(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  return parseChineseNumeral(s)?.value ?? null;
}

/** The numbering a heading starts with, and where its words begin. */
function splitNumbering(title: string): { number: SectionNumber | null; rest: string } {
  const t = foldWidth(title).trim();
  for (const { kind, re } of NUMBERINGS) {
    const m = re.exec(t);
    const n = m?.[1] ? numeralValue(m[1]) : null;
    if (m && n !== null) return { number: { kind, n }, rest: t.slice(m[0].length) };
  }
  return { number: null, rest: t };
}

/** A heading's own numbering, if it has one. */
export function sectionNumber(title: string): SectionNumber | null {
  return splitNumbering(title).number;
}

// Years change from one report to the next and say nothing of the section:
// `2013年`, `2013—2017年`, `二〇一三年`, `今年`, `明年`, `上年`.
const YEARS =
  /(?:19|20)[0-9]{2}(?:\s*[-—–~至到]\s*(?:19|20)?[0-9]{2})?年?|[〇零一二三四五六七八九]{4}年|[今明去上本]年(?:度)?/g;
// Punctuation, spaces, quotes and the outline's ellipsis carry no words.
const NOISE = /[\s\p{P}\p{S}…]/gu;

/** A heading's words: without its numbering, years, punctuation and spaces. */
export function sectionWords(title: string): string {
  return splitNumbering(title).rest.replace(YEARS, '').replace(NOISE, '');
}

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) grams.set(s, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = (chars[i] ?? '') + (chars[i + 1] ?? '');
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Likeness of two headings' words (Dice coefficient over character pairs), 0..1. */
export function titleSimilarity(a: string, b: string): number {
  const wa = sectionWords(a);
  const wb = sectionWords(b);
  if (!wa || !wb) return 0;
  if (wa === wb) return 1;
  const ga = bigrams(wa);
  const gb = bigrams(wb);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

/**
 * Each heading's numbering path: its own number behind those of the headings
 * it sits under (the nearest earlier heading of a higher level, and so on).
 * A heading without numbering has no path: it can match only by title.
 */
export function numberPaths(outline: readonly SectionHeading[]): Array<string | null> {
  const paths: Array<string | null> = [];
  // The open headings by level, as the outline is walked in reading order.
  const stack: Array<{ level: number; key: string | null }> = [];
  for (const item of outline) {
    while (stack.length && (stack.at(-1)?.level ?? 0) >= item.level) stack.pop();
    const n = sectionNumber(item.title);
    const own = n ? `${n.kind}:${n.n}` : null;
    const parents = stack.map((s) => s.key);
    const key = own && parents.every((p) => p !== null) ? [...parents, own].join('>') : null;
    paths.push(key);
    stack.push({ level: item.level, key });
  }
  return paths;
}

/** The section of `other` that answers heading `index` of `outline`: by numbering, by title, and the best of both. */
export function matchSection(
  outline: readonly SectionHeading[],
  index: number,
  other: readonly SectionHeading[],
): SectionOffer {
  const source = outline[index];
  if (!source) return { best: null, byNumber: null, byTitle: null };
  const path = numberPaths(outline)[index] ?? null;
  const otherPaths = numberPaths(other);
  let byNumber: SectionMatch | null = null;
  let byTitle: SectionMatch | null = null;
  let best: SectionMatch | null = null;
  let bestScore = 0;
  for (const [i, item] of other.entries()) {
    const sameNumber = path !== null && otherPaths[i] === path;
    const similarity = titleSimilarity(source.title, item.title);
    const match: SectionMatch = { index: i, sameNumber, similarity };
    if (sameNumber && !byNumber) byNumber = match;
    // Ties go to the heading at the same level, then to the first.
    const better =
      !byTitle ||
      similarity > byTitle.similarity ||
      (similarity === byTitle.similarity &&
        item.level === source.level &&
        other[byTitle.index]?.level !== source.level);
    if (similarity >= MIN_TITLE_SIMILARITY && better) byTitle = match;
    const score = similarity + (sameNumber ? NUMBER_WEIGHT : 0);
    if ((sameNumber || similarity >= MIN_TITLE_SIMILARITY) && score > bestScore) {
      best = match;
      bestScore = score;
    }
  }
  return { best, byNumber, byTitle };
}
