// Finds every number with a unit that could be an indicator ("mentions"),
// and drops those that are dates, ordinals, ranks, codes or parts of names.
import {
  chineseRunEnd,
  isAsciiDigitCode,
  isChineseNumeralChar,
  isSpace,
  parseChineseNumeral,
  readArabic,
  skipSpaces,
} from './numbers';
import { indexTail, peopleTail } from './implied-units';
import { readTail, type After, type Tail } from './tail';
import { quotedRanges, RangeCursor } from './quoted';
import { matchMagnitude, type UnitClass } from './units';

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
  after: After;
}

const NUMERAL_START = /[0-9〇零一二两三四五六七八九十百千万亿]/g;
const RANGE_DASH = new Set([...'-–—~〜至到']);
/** Between two values with their units (`5万元至8万元`, `6%-6.5%`): `到` there means "up to" a new level instead. */
const UNIT_RANGE_DASH = new Set([...'-–—~〜至']);
/** Units a lone Chinese digit may carry (`提高两个百分点`, `增长一倍`, `四成`); `一所`, `三大`, `五年` are words. */
const SINGLE_DIGIT_CLASSES = new Set<UnitClass>(['points', 'times', 'ratio']);
function foldUnit(unit: string): string {
  return unit.replace(/％/g, '%');
}

function prevNonSpace(text: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && pos - i <= 3 && isSpace(text.charAt(i))) i--;
  return i >= 0 ? text.charAt(i) : '';
}

function isLatin(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

/** Whether the context of a numeral makes it an ordinal, a rank or part of a code. */
function isExcludedContext(text: string, start: number, numEnd: number, tail: Tail): boolean {
  const before = prevNonSpace(text, start);
  if (before === '第') return true;
  if ((before === '前' || before === '后') && /^(名|位|个|家|%|％)$/.test(tail.unit)) return true;
  // `时速250公里列车`: what kind of thing; `入围首批20个试点城市`: how large a batch one joined;
  // `新36条`: a policy's nickname.
  if (/时速\s*$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  if (/(?:入围|入选|列入|成为)[^，。；,;]{0,8}首批\s*$/.test(text.slice(Math.max(0, start - 14), start)))
    return true;
  if (before === '新' && tail.unit === '条') return true;
  // `每50公斤提高…`: the amount a price is given per, not a measure.
  if (before === '每' && !/^[，。；、,.;\s]/.test(text.charAt(tail.end) || '。')) return true;
  // `50米内换乘比例`: a bound inside a name.
  if (text.charAt(tail.unitEnd) === '内' && /[\u4e00-\u9fff]/.test(text.charAt(tail.unitEnd + 1)))
    return true;
  // `营收1亿元以上企业`, `5000万元以上项目`: a class of firms or projects by size.
  if (
    tail.after !== null &&
    /^(?:的)?(?:企业|项目|工业企业|重大项目)/.test(text.slice(tail.end, tail.end + 5))
  )
    return true;
  // `十届十二次、十三次全会`: which plenary session, not how many.
  if (
    tail.unit === '次' &&
    (before === '届' ||
      /^(?:、[0-9一二三四五六七八九十]+次)*(?:全会|全体会议)/.test(
        text.slice(tail.unitEnd, tail.unitEnd + 24),
      ))
  )
    return true;
  // `3岁以下婴幼儿`, `65岁及以上老人`, `20户及以上自然村`: a bracket of whom or what is counted.
  if (
    /^(?:岁|周岁|户)$/.test(tail.unit) &&
    /^及?以[上下][\u4e00-\u9fff]/.test(text.slice(tail.unitEnd, tail.unitEnd + 4))
  )
    return true;
  if (isLatin(text.charAt(start - 1)) || isLatin(text.charAt(numEnd))) return true;
  if (/[+*×/=#@_%$&]/.test(text.charAt(start - 1)) || /[+*×/=#@_]/.test(text.charAt(tail.unitEnd)))
    return true;
  if (tail.cls === 'date') return true;
  // `以下十二个方面`: the parts of a speech, not a measure.
  if (tail.unit === '个' && text.startsWith('方面', tail.unitEnd)) return true;
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
    // A range written with its unit twice (`5万元至8万元`) is one mention: resume after it.
    const resume = mention ? (mention.valueMax !== undefined ? mention.unitEnd : mention.numEnd) : 0;
    const next = mention ? Math.max(resume, start + 1) : skipNumeral(folded, original, start);
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
  let tail =
    readTail(text, original, numEnd, true) ??
    indexTail(text, start, numEnd) ??
    peopleTail(text, start, numEnd);
  if (!tail || !Number.isFinite(a.value)) return null;
  if (isExcludedContext(text, start, a.end, tail)) return null;
  if (valueMax === undefined) {
    // `5万元至8万元`, `6%－6.5%`: one range, the unit written twice.
    const dash2 = skipSpaces(text, tail.unitEnd, 1);
    const second = skipSpaces(text, dash2 + 1, 1);
    // `提高了25%到40%`: a range too, unless a `从` before makes it an old and a new level.
    const dashOk =
      UNIT_RANGE_DASH.has(text.charAt(dash2)) ||
      (text.charAt(dash2) === '到' &&
        !/[从由][^，。；,;]*$/.test(text.slice(Math.max(0, start - 16), start)));
    if (tail.after === null && dashOk && isAsciiDigitCode(text.charCodeAt(second))) {
      const b = readArabic(text, original, second);
      const tail2 = b ? readTail(text, original, b.end, true) : null;
      if (b && tail2 && b.value > a.value && foldUnit(tail2.unit) === foldUnit(tail.unit)) {
        valueMax = b.value;
        tail = { ...tail2, unit: tail.unit, numEnd: tail.numEnd, more: tail.more || tail2.more };
      }
    }
  }
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

/** Characters a lone Chinese digit's unit may start with (`个百分点`, `百分点`, `倍`, `成`). */
const SINGLE_DIGIT_UNIT_START = /[个百倍成]/;

function readChineseMention(text: string, original: string, start: number): Mention | null {
  // Part of an Arabic number's magnitude (`3万`) was read with it.
  if (isAsciiDigitCode(text.charCodeAt(start - 1))) return null;
  // `突破万亿元`, `近亿人次`: a bare magnitude after a bound.
  const first = text.charAt(start);
  if (first === '万' || first === '亿') return bareMagnitude(text, original, start);
  // Most Chinese numerals in prose are words (`统一`, `一体`, `十分`): a cheap test first.
  const second = text.charAt(start + 1);
  if (!isChineseNumeralChar(second) && !SINGLE_DIGIT_UNIT_START.test(second) && first !== '十') return null;
  // Vague amounts: `数十万`, `几百`, `上千`, `成千上万`.
  if (/[数几上成近]/.test(text.charAt(start - 1))) return null;
  // `万亿台阶`, `百万雄师`, `千家万户`: a bare magnitude is a word, not an amount, unless a
  // bound leads to it (`突破万亿元`, `近亿人次`): then it is one of that magnitude.
  if (!/[一二两三四五六七八九十]/.test(text.charAt(start))) return bareMagnitude(text, original, start);
  const runEnd = chineseRunEnd(text, start);
  const parsed = parseChineseNumeral(text.slice(start, runEnd));
  if (!parsed) return null;
  const single = runEnd - start === 1;
  if (parsed.digitsOnly && !single) return null;
  const tail = readTail(text, original, runEnd, false);
  if (!tail) return null;
  // A lone digit only with points, times or tenths; a lone 十 also counts things (`十项实事`).
  if (single && !SINGLE_DIGIT_CLASSES.has(tail.cls) && !(text.charAt(start) === '十' && tail.cls === 'count'))
    return null;
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

/** Words after which a bare magnitude is an amount: `突破万亿元`, `超万亿元`, `近亿人次`. */
const BOUND_BEFORE = /(?:突破|超过|超|达到|达|近|逾|破)$/;

function bareMagnitude(text: string, original: string, start: number): Mention | null {
  const magnitude = matchMagnitude(text, start);
  if (magnitude === null || !/^(?:万亿|亿|万)$/.test(magnitude)) return null;
  if (!BOUND_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return null;
  // `旅客吞吐量再次破亿`: people counted before it say the unit.
  const tail = readTail(text, original, start, true) ?? peopleTail(text, start, start);
  if (!tail || tail.magnitude !== magnitude || tail.cls === 'date') return null;
  return {
    numStart: start,
    numEnd: tail.numEnd,
    unitEnd: tail.unitEnd,
    end: tail.end,
    value: 1,
    unit: tail.unit,
    cls: tail.cls,
    more: tail.more,
    after: tail.after,
  };
}
