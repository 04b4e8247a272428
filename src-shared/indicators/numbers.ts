// Numerals as reports write them: Arabic (`113.87`, `1,234.5`, full-width
// `１２` once folded), Chinese (`三千`, `两万`, `一百零五`), mixed (`1.13万`,
// `3万多`), and ranges (`2-3`, `10～15`). Every reader here walks forward
// from a position without backtracking, so scanning a text stays linear.

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const NUMERAL_CODES = new Set(
  [...Object.keys(CN_DIGIT), ...Object.keys(CN_SMALL), ...Object.keys(CN_BIG)].map((c) => c.charCodeAt(0)),
);

export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES.has(code);
}

export function isChineseNumeralChar(ch: string): boolean {
  return ch.length === 1 && NUMERAL_CODES.has(ch.charCodeAt(0));
}

export function isAsciiDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Digits this long are not a quantity (an ID, a run of garbage). */
const MAX_DIGITS = 24;

export interface ChineseNumeral {
  value: number;
  /** Only digits, no 十百千万亿 (`二〇三五`): a year or a code, never an amount by itself. */
  digitsOnly: boolean;
}

/**
 * Reads a whole run of Chinese numeral characters, strictly: `三千`, `两万`,
 * `一百零五`, `十三`, `百万`, `三亿五千万`. Runs that are not one well-formed
 * numeral (`十四五`, `三五`, `百千万`, `一一`) give null: they are names, not numbers.
 */
export function parseChineseNumeral(s: string): ChineseNumeral | null {
  if (s.length === 0) return null;
  let digitsOnly = true;
  for (const ch of s) if (!(ch in CN_DIGIT)) digitsOnly = false;
  if (digitsOnly) {
    if (s.length === 1) return { value: CN_DIGIT[s] ?? 0, digitsOnly: true };
    let v = 0;
    for (const ch of s) v = v * 10 + (CN_DIGIT[ch] ?? 0);
    return { value: v, digitsOnly: true };
  }
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let afterZero = false;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let prevUnit = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (pending !== null && !afterZero) return null;
      afterZero = d === 0;
      pending = d === 0 ? null : d;
      if (d === 0) lastSmall = Infinity;
      continue;
    }
    const small = CN_SMALL[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      let digit = pending;
      if (digit === null) {
        // A bare 十 starts a section (`十三`, `二十万零十`); a bare 百/千 only the numeral (`百万`).
        if (small === 10 || i === 0) digit = 1;
        else return null;
      }
      section += digit * small;
      pending = null;
      afterZero = false;
      lastSmall = small;
      prevUnit = small;
      continue;
    }
    const big = CN_BIG[ch];
    if (big === undefined) return null;
    if (pending !== null) section += pending;
    pending = null;
    afterZero = false;
    if (big === 1e8 && prevUnit === 1e4 && section === 0) {
      total *= 1e8; // 万亿
    } else {
      if (section === 0) {
        // A bare 万/亿 only at the start (`万亿`), never `亿万`, `万万`.
        if (i !== 0) return null;
        section = 1;
      }
      if (big === 1e8) {
        if (lastBig !== Infinity) return null;
        total = (total + section) * 1e8;
      } else {
        if (lastBig === 1e4) return null;
        total += section * 1e4;
      }
    }
    section = 0;
    lastSmall = Infinity;
    lastBig = big;
    prevUnit = big;
  }
  if (pending !== null) {
    // `二十五`, `一百零五`; but not the colloquial `一百五` (150 or 105?).
    if (prevUnit > 10 && !afterZero && s.charAt(s.length - 2) !== '零') return null;
    section += pending;
  }
  return { value: total + section, digitsOnly: false };
}

export interface ArabicNumber {
  value: number;
  end: number;
  /** Digits before the decimal point. */
  intDigits: number;
  hasDecimal: boolean;
}

/**
 * Reads an Arabic number at `pos` of `folded` (full-width already folded to
 * ASCII). A comma groups thousands only where the original text has an ASCII
 * comma followed by exactly three digits (`1,234.5`); a Chinese comma
 * (folded to ',') always separates.
 */
export function readArabic(folded: string, original: string, pos: number): ArabicNumber | null {
  let i = pos;
  const n = folded.length;
  let digits = '';
  while (i < n && isAsciiDigitCode(folded.charCodeAt(i))) digits += folded.charAt(i++);
  if (digits.length === 0) return null;
  while (
    i + 3 < n &&
    original.charAt(i) === ',' &&
    isAsciiDigitCode(folded.charCodeAt(i + 1)) &&
    isAsciiDigitCode(folded.charCodeAt(i + 2)) &&
    isAsciiDigitCode(folded.charCodeAt(i + 3)) &&
    !isAsciiDigitCode(folded.charCodeAt(i + 4))
  ) {
    digits += folded.slice(i + 1, i + 4);
    i += 4;
  }
  const intDigits = digits.length;
  let hasDecimal = false;
  if (folded.charAt(i) === '.' && isAsciiDigitCode(folded.charCodeAt(i + 1))) {
    hasDecimal = true;
    digits += '.';
    i++;
    while (i < n && isAsciiDigitCode(folded.charCodeAt(i))) digits += folded.charAt(i++);
  }
  if (intDigits > MAX_DIGITS) return { value: Number.NaN, end: i, intDigits, hasDecimal };
  return { value: Number(digits), end: i, intDigits, hasDecimal };
}

/** End of the run of Chinese numeral characters starting at `pos`. */
export function chineseRunEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && NUMERAL_CODES.has(text.charCodeAt(i))) i++;
  return i;
}

/** Spaces inside a figure's writing (`3 万`): space, tab, no-break space; never a line break. */
export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

/** `pos` moved past at most `max` such spaces. */
export function skipSpaces(text: string, pos: number, max = 2): number {
  let i = pos;
  while (i < text.length && i - pos < max && isSpace(text.charAt(i))) i++;
  return i;
}
