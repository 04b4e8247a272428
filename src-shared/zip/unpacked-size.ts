// Guards against zip bombs before a .docx reaches mammoth (which unpacks every
// part into memory): the sizes the central directory declares are added up,
// then every part is really inflated, in small steps, counting what comes out
// and stopping at the cap, since a bomb may declare small sizes and lie.
import { Inflate } from 'fflate';
import { AppError } from '../errors';

/**
 * Largest total a .docx may unpack to. The biggest work report we have
 * unpacks to under 2 MB; mammoth holds the parts and their XML trees in
 * memory at once, several times their size, so 128 MiB keeps the renderer
 * far from its heap limit while leaving room for documents full of images.
 */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032x, so one step yields <= ~16 MiB. */
const STEP = 16 * 1024;
const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const UNKNOWN = 0xffffffff;

interface Entry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

function tooLarge(size: number): AppError {
  return new AppError('docx-too-large', `unpacks to more than ${size} bytes`, { size });
}

function damaged(why: string): AppError {
  return new AppError('docx-invalid', why);
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD_SIG) return i;
  }
  throw damaged('no zip central directory');
}

/** The entries of the central directory (zip64 sizes count as unknown and are measured). */
export function readCentralDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw damaged('too short for a zip');
  const eocd = findEndOfDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CEN_SIG)
      throw damaged('bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function dataStart(view: DataView, entry: Entry): number {
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOC_SIG) throw damaged('bad local header');
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

/** Inflates one part, counting output; throws as soon as `budget` is exceeded. */
function inflatedSize(data: Uint8Array, budget: number, cap: number): number {
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > budget) throw tooLarge(cap);
  });
  try {
    for (let i = 0; i < data.length; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged(`a part cannot be unpacked: ${err instanceof Error ? err.message : String(err)}`);
  }
  return produced;
}

/**
 * Throws `docx-too-large` when the archive declares, or really unpacks to,
 * more than `cap` bytes; `docx-invalid` when it is not a readable zip.
 * Returns the total unpacked size.
 */
export function checkUnpackedSize(bytes: Uint8Array, cap = MAX_UNPACKED_BYTES): number {
  const entries = readCentralDirectory(bytes);
  let declared = 0;
  for (const e of entries) {
    if (e.declaredSize !== UNKNOWN) declared += e.declaredSize;
    if (declared > cap) throw tooLarge(cap);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    const start = dataStart(view, e);
    const size = e.compressedSize === UNKNOWN ? bytes.length - start : e.compressedSize;
    const data = bytes.subarray(start, Math.min(bytes.length, start + size));
    if (e.method === 0) total += data.length;
    else if (e.method === 8) total += inflatedSize(data, cap - total, cap);
    else throw damaged(`unsupported compression method ${e.method}`);
    if (total > cap) throw tooLarge(cap);
  }
  return total;
}
