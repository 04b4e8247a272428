// Whether a PDF's bytes may hold annotations other readers wrote (anything
// but links and form fields), read from the raw file before pdf.js is asked.
// pdf.js parses every annotation of a page to answer getAnnotations(), links
// included: a 352-page book with a link on half its pages spends ~0.5 s of
// its worker on them, a third of the import, for nothing we keep. The scan
// is conservative: it answers "no" only when it can see every annotation's
// /Subtype in the file, and "maybe" for anything it cannot read plainly.

/** /Subtype values that are never an annotation we keep: fonts, images, forms, links and fields. */
const NOT_NOTES = new Set([
  'Type0',
  'Type1',
  'Type1C',
  'Type3',
  'TrueType',
  'MMType1',
  'CIDFontType0',
  'CIDFontType0C',
  'CIDFontType2',
  'OpenType',
  'Image',
  'Form',
  'PS',
  'XML',
  'Link',
  'Widget',
]);

/** Bytes that end a name: white space and the delimiters ( ) < > [ ] { } / %. */
const ENDS_NAME = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32, ...'()<>[]{}/%'.split('').map((ch) => ch.charCodeAt(0))])
  ENDS_NAME[c] = 1;

const SLASH = 0x2f;
const HASH = 0x23;
const PERCENT = 0x25;
/** Longer names are not ours to read (a stream's binary noise). */
const MAX_NAME = 127;

function nameEnd(bytes: Uint8Array, from: number): number {
  let j = from;
  while (j < bytes.length && j - from < MAX_NAME && !ENDS_NAME[bytes[j] as number]) j++;
  return j;
}

/** The name's text, # escapes decoded (`High#6cight` is `Highlight`). */
function nameText(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let j = from; j < to; j++) out += String.fromCharCode(bytes[j] as number);
  return out.includes('#')
    ? out.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : out;
}

/** Past white space and comments. */
function skipBlank(bytes: Uint8Array, from: number): number {
  let j = from;
  while (j < bytes.length) {
    const c = bytes[j] as number;
    if (c === PERCENT) {
      while (j < bytes.length && bytes[j] !== 10 && bytes[j] !== 13) j++;
    } else if (c === 0 || c === 9 || c === 10 || c === 12 || c === 13 || c === 32) j++;
    else break;
  }
  return j;
}

/**
 * False when the file surely holds no annotation but links and form fields;
 * true when it may (a markup subtype is named, or objects are packed out of
 * sight in object streams). Names are read with their # escapes decoded.
 * Visits each '/' of the file once: ~3 MB in a few milliseconds.
 */
export function mayHoldNotes(bytes: Uint8Array, from = 0, to = bytes.length): boolean {
  // The names that begin in [from, to): a caller may scan a large file a slice at a time.
  for (let i = bytes.indexOf(SLASH, from); i !== -1 && i < to; i = bytes.indexOf(SLASH, i + 1)) {
    const start = i + 1;
    const end = nameEnd(bytes, start);
    if (end === start) continue;
    const first = bytes[start];
    // Only names that could be /Subtype or /ObjStm are read as text.
    if (first === 0x53 || first === 0x4f || bytes.subarray(start, end).includes(HASH)) {
      const name = nameText(bytes, start, end);
      // Objects packed in compressed streams cannot be seen.
      if (name === 'ObjStm') return true;
      if (name === 'Subtype') {
        const at = skipBlank(bytes, end);
        if (bytes[at] === SLASH && !NOT_NOTES.has(nameText(bytes, at + 1, nameEnd(bytes, at + 1))))
          return true;
      }
    }
    i = end - 1;
  }
  return false;
}

/** Bytes scanned between two yields to the event loop. */
const SLICE = 4 * 1024 * 1024;

/** mayHoldNotes a slice at a time, letting the page breathe between slices (a 100 MB file takes ~0.5 s). */
export async function mayHoldNotesAsync(bytes: Uint8Array): Promise<boolean> {
  for (let at = 0; at < bytes.length; at += SLICE) {
    if (mayHoldNotes(bytes, at, Math.min(bytes.length, at + SLICE))) return true;
    if (at + SLICE < bytes.length) await new Promise((ok) => setTimeout(ok, 0));
  }
  return false;
}
