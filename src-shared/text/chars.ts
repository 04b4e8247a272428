// Character classes the text model decides with. Everything works on UTF-16
// code units (what JavaScript strings index), so offsets stay exact.

/** Whitespace for trimming: ASCII controls and spaces, NBSP, the Unicode spaces, U+3000, BOM. */
export function isSpaceCode(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Characters written without spaces around them when a line is joined: CJK
 * ideographs, kana, hangul, CJK and full-width punctuation, and the general
 * punctuation block (“ ” ‘ ’ — …) that Chinese text uses. Surrogates count too:
 * astral characters in these documents are CJK extension ideographs.
 */
export function isWideCode(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x206f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/** Han ideographs (BMP unified + extension A + compatibility). */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

const TERMINAL = new Set([...'。！？；：…．!?;:.']);
/** Closing marks that end a sentence only when what they close did (`……。”`). */
const CLOSING = new Set([...'”’」』）)》〉】〕］]"\'']);
/** Punctuation that separates clauses inside a sentence. */
const CLAUSE = new Set([...'，、；。！？,;']);

export function isTerminalPunct(ch: string): boolean {
  return TERMINAL.has(ch);
}

export function isClausePunct(ch: string): boolean {
  return CLAUSE.has(ch);
}

/**
 * Whether text[start, end) ends a sentence: its last character (after trailing
 * whitespace) is terminal punctuation, possibly followed by closing quotes or
 * brackets. A bare closing mark (`“八大工程”` at the end of a line) does not.
 */
export function endsSentence(text: string, start = 0, end = text.length): boolean {
  let i = end - 1;
  while (i >= start && isSpaceCode(text.charCodeAt(i))) i--;
  while (i >= start && CLOSING.has(text.charAt(i))) i--;
  return i >= start && TERMINAL.has(text.charAt(i));
}

/** Characters a Chinese line never starts with: a line starting with one continues the previous. */
const NO_LINE_START = new Set([...'，。、；：！？）》」』”’〕】…,.;:!?)']);
/** Characters a Chinese line never ends with: a line ending with one continues on the next. */
const NO_LINE_END = new Set([...'（《「『“‘〔【(，、']);

export function cannotStartLine(ch: string): boolean {
  return NO_LINE_START.has(ch);
}

export function cannotEndLine(ch: string): boolean {
  return NO_LINE_END.has(ch);
}

/** Opening marks: nothing follows them across a line break. */
const OPENING = new Set([...'“‘([{']);
/** Closing marks and pauses: nothing precedes them across a line break. */
const CLOSING_OR_PAUSE = new Set([...'”’)]},.;:!?%']);

function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015);
}

/** Wide as in isWideCode, but without the general punctuation that Latin text uses too (“ ” — …). */
function isCjkCode(code: number): boolean {
  return isWideCode(code) && !(code >= 0x2010 && code <= 0x206f);
}

/**
 * What goes between two pieces of one paragraph when a line break is removed:
 * nothing next to CJK text or whitespace, after a hyphen or dash, after an
 * opening quote or before a closing one; one space between two Latin words or
 * numbers (`“piracy.”` + `A generation`).
 */
export function joinSeparator(prevCode: number, nextCode: number): string {
  if (Number.isNaN(prevCode) || Number.isNaN(nextCode)) return '';
  if (isSpaceCode(prevCode) || isSpaceCode(nextCode)) return '';
  if (isDash(prevCode) || isDash(nextCode)) return '';
  if (OPENING.has(String.fromCharCode(prevCode)) || CLOSING_OR_PAUSE.has(String.fromCharCode(nextCode)))
    return '';
  if (isCjkCode(prevCode) || isCjkCode(nextCode)) return '';
  return ' ';
}

/** Index of the first non-space code unit in [start, end), or end. */
export function skipSpaceForward(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last non-space code unit in [start, end), or start. */
export function skipSpaceBackward(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
