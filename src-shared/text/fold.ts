// Width and case folding that keeps every offset: each code unit maps to one
// code unit, so a position in the folded string is the same position in the
// original. Indicator extraction can run on `foldWidth(text)` and report
// offsets into `text` directly.

function foldWidthCode(code: number): number {
  // Full-width ASCII variants (！ … ～) map to ASCII; U+3000 to a space.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  return code;
}

function foldCaseCode(code: number): number {
  // ASCII and Latin-1 capitals; other scripts are left alone.
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 0x20;
  return code;
}

function mapCodes(text: string, fn: (code: number) => number): string {
  let out = '';
  let runStart = 0;
  // Copy unchanged runs in bulk: most of a Chinese text is untouched.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = fn(code);
    if (folded !== code) {
      out += text.slice(runStart, i) + String.fromCharCode(folded);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Full-width digits, letters and signs (`１２．５％`) to ASCII (`12.5%`), U+3000 to a space; same length. */
export function foldWidth(text: string): string {
  return mapCodes(text, foldWidthCode);
}

/** `foldWidth` plus lower case for Latin letters; same length. What find-in-document compares. */
export function normalizeForMatch(text: string): string {
  return mapCodes(text, (code) => foldCaseCode(foldWidthCode(code)));
}
