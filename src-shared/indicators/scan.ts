// Finds every number with a unit that could be an indicator ("mentions"),
// and drops those that are dates, ordinals, ranks, codes or parts of names.
import {
  chineseRunEnd,
  isAsciiDigitCode,
  isChineseNumeralChar,
  parseChineseNumeral,
  readArabic,
} from './numbers';
import { quotedRanges, RangeCursor } from './quoted';
import { matchMagnitude, matchTrailingQualifier, matchUnit, startsPersonNoun, type UnitClass } from './units';

export interface Mention {
  /** The numeral, with its magnitude and 多/余: [numStart, numEnd). */
  numStart: number;
  numEnd: number;
  /** End of the unit. */
  unitEnd: number;
  /** End of the unit and the qualifier written after it (`左右`, `以上`). */
  end: number;
  value: number;
  valueMax?: number;
  unit: string;
  cls: UnitClass;
  /** `3万多`, `1800余`, or a range: at least the value. */
  more: boolean;
  after: 'approx' | 'above' | 'below' | null;
}

const NUMERAL_START = /[0-9〇零一二两三四五六七八九十百千万亿]/g;
const RANGE_DASH = new Set([...'-–—~〜至到']);
/** Units a lone Chinese digit may carry (`提高两个百分点`, `增长一倍`); `一所`, `三大`, `五年` are words. */
const SINGLE_DIGIT_CLASSES = new Set<UnitClass>(['points', 'times']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

function skipSpaces(text: string, pos: number, max = 2): number {
  let i = pos;
  while (i < text.length && i - pos < max && isSpace(text.charAt(i))) i++;
  return i;
}

function prevNonSpace(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 3 && isSpace(text.charAt(i))) i--;
  return i >= 0 ? text.charAt(i) : '';
}

function isLatin(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

/** What follows a numeral: 多/余, a magnitude, the unit and a trailing qualifier. */
interface Tail {
  numEnd: number;
  magnitude: string;
  more: boolean;
  unit: string;
  cls: UnitClass;
  unitEnd: number;
  end: number;
  after: Mention['after'];
}

function readTail(text: string, original: string, pos: number, allowMagnitude: boolean): Tail | null {
  let j = skipSpaces(text, pos);
  let more = false;
  if (text.charAt(j) === '多' || text.charAt(j) === '余') {
    more = true;
    j++;
  }
  let magnitude = '';
  if (allowMagnitude) {
    const m = matchMagnitude(text, j);
    if (m !== null) {
      magnitude = m;
      j += m.length;
      if (!more && (text.charAt(j) === '多' || text.charAt(j) === '余')) {
        more = true;
        j++;
      }
    }
  }
  const numEnd = j;
  j = skipSpaces(text, j);
  const match = matchUnit(text, j);
  let unit: string;
  let cls: UnitClass;
  let unitEnd: number;
  if (match && match.unit === '人' && magnitude !== '' && /[口民员才群]/.test(text.charAt(match.end))) {
    // `3000万人口`, `807万人民`: the noun is 人口; the unit, implied, is 万人.
    unit = `${magnitude}人`;
    cls = 'count';
    unitEnd = j;
  } else if (match) {
    // The unit as written: `％` stays full-width, as the report has it.
    unit = magnitude + original.slice(j, match.end);
    cls = match.cls;
    unitEnd = match.end;
  } else if (magnitude !== '' && startsPersonNoun(text, j)) {
    unit = `${magnitude}人`;
    cls = 'count';
    unitEnd = j;
  } else {
    return null;
  }
  const q = matchTrailingQualifier(text, skipSpaces(text, unitEnd));
  return {
    numEnd,
    magnitude,
    more,
    unit,
    cls,
    unitEnd,
    end: q ? q.end : unitEnd,
    after: q ? q.qualifier : null,
  };
}

/** Whether the context of a numeral makes it an ordinal, a rank or part of a code. */
function isExcludedContext(text: string, start: number, numEnd: number, tail: Tail): boolean {
  const before = prevNonSpace(text, start);
  if (before === '第') return true;
  if ((before === '前' || before === '后') && /^(名|位|个|家)$/.test(tail.unit)) return true;
  if (isLatin(text.charAt(start - 1)) || isLatin(text.charAt(numEnd))) return true;
  if (/[+*×/=#@_%$&]/.test(text.charAt(start - 1)) || /[+*×/=#@_]/.test(text.charAt(tail.unitEnd)))
    return true;
  if (tail.cls === 'date') return true;
  return false;
}

/**
 * Mentions in `folded` (the text with full-width forms folded to ASCII, same
 * length); `original` is consulted for what folding hides (ASCII vs Chinese commas).
 */
export function scanMentions(folded: string, original: string): Mention[] {
  const mentions: Mention[] = [];
  const quoted = new RangeCursor(quotedRanges(original));
  NUMERAL_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERAL_START.exec(folded)) !== null) {
    const start = m.index;
    const mention = isAsciiDigitCode(folded.charCodeAt(start))
      ? readArabicMention(folded, original, start)
      : readChineseMention(folded, original, start);
    const next = mention ? Math.max(mention.numEnd, start + 1) : skipNumeral(folded, original, start);
    NUMERAL_START.lastIndex = next;
    if (!mention || quoted.contains(start)) continue;
    mentions.push(mention);
  }
  return mentions;
}

function skipNumeral(folded: string, original: string, start: number): number {
  if (isAsciiDigitCode(folded.charCodeAt(start))) {
    const a = readArabic(folded, original, start);
    return a ? a.end : start + 1;
  }
  return chineseRunEnd(folded, start);
}

function readArabicMention(text: string, original: string, start: number): Mention | null {
  const a = readArabic(text, original, start);
  if (!a) return null;
  // Inside a longer token: `1.2.3`, or a decimal's tail.
  if (text.charAt(start - 1) === '.' && isAsciiDigitCode(text.charCodeAt(start - 2))) return null;
  let numEnd = a.end;
  let valueMax: number | undefined;
  const dash = skipSpaces(text, numEnd, 1);
  if (RANGE_DASH.has(text.charAt(dash))) {
    const second = skipSpaces(text, dash + 1, 1);
    if (isAsciiDigitCode(text.charCodeAt(second))) {
      const b = readArabic(text, original, second);
      if (b && b.value > a.value) {
        valueMax = b.value;
        numEnd = b.end;
      }
    }
  }
  const tail = readTail(text, original, numEnd, true);
  if (!tail || !Number.isFinite(a.value)) return null;
  if (isExcludedContext(text, start, a.end, tail)) return null;
  return {
    numStart: start,
    numEnd: tail.numEnd,
    unitEnd: tail.unitEnd,
    end: tail.end,
    value: a.value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit: tail.unit,
    cls: tail.cls,
    more: tail.more || valueMax !== undefined,
    after: tail.after,
  };
}

/** Characters a lone Chinese digit's unit may start with (`个百分点`, `百分点`, `倍`). */
const SINGLE_DIGIT_UNIT_START = /[个百倍]/;

function readChineseMention(text: string, original: string, start: number): Mention | null {
  // Part of an Arabic number's magnitude (`3万`) was read with it.
  if (isAsciiDigitCode(text.charCodeAt(start - 1))) return null;
  // Most Chinese numerals in prose are words (`统一`, `一体`, `十分`): a cheap test first.
  const second = text.charAt(start + 1);
  if (!isChineseNumeralChar(second) && !SINGLE_DIGIT_UNIT_START.test(second)) return null;
  // Vague amounts: `数十万`, `几百`, `上千`, `成千上万`.
  if (/[数几上成近]/.test(text.charAt(start - 1))) return null;
  // `万亿台阶`, `百万雄师`, `千家万户`: a bare magnitude is a word, not an amount.
  if (!/[一二两三四五六七八九十]/.test(text.charAt(start))) return null;
  const runEnd = chineseRunEnd(text, start);
  const parsed = parseChineseNumeral(text.slice(start, runEnd));
  if (!parsed) return null;
  const single = runEnd - start === 1;
  if (parsed.digitsOnly && !single) return null;
  const tail = readTail(text, original, runEnd, false);
  if (!tail) return null;
  if (single && !SINGLE_DIGIT_CLASSES.has(tail.cls)) return null;
  if (isExcludedContext(text, start, runEnd, tail)) return null;
  return {
    numStart: start,
    numEnd: tail.numEnd,
    unitEnd: tail.unitEnd,
    end: tail.end,
    value: parsed.value,
    unit: tail.unit,
    cls: tail.cls,
    more: tail.more,
    after: tail.after,
  };
}
