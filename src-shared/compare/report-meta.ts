// Where a report sits in the corpus: its region and year. The library's
// document record will carry `region`, `level` and `year` (set by the corpus
// work); until a document has them, the guess from its title line
// (text/meta.ts) stands in, helped by two fallbacks that title-less reports
// need: the delivery date near the top (`2010年3月5日`) or a year in the file
// name, and `中国` for a report delivered to the National People's Congress.
// Kept to this one function so the wiring is one place.
import type { TextModel } from '../model';
import { foldWidth } from '../text/fold';
import { guessMeta } from '../text/meta';

/** What a document record may say of its place; null or missing means unknown. */
export interface PlacedDocument {
  region?: string | null;
  year?: number | null;
}

export interface ReportPlace {
  region: string | null;
  year: number | null;
}

const HEAD_CHARS = 600;

function deliveryYear(head: string): number | null {
  const m = /(?<![0-9])((?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日/.exec(head);
  return m?.[1] ? Number(m[1]) : null;
}

function fileYear(fileName: string): number | null {
  const m = /(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])/.exec(fileName.replace(/^.*[\\/]/, ''));
  return m?.[1] ? Number(m[1]) : null;
}

/** The document's own region and year where set, else guesses from its text and file name. */
export function placeOf(doc: PlacedDocument, model?: TextModel, fileName = ''): ReportPlace {
  let region = doc.region ?? null;
  let year = doc.year ?? null;
  if ((region !== null && year !== null) || !model) return { region, year };
  const guess = guessMeta(model, fileName);
  const head = foldWidth(model.text.slice(0, HEAD_CHARS));
  region ??= guess.region ?? (/全国人民代表大会|全国人大/.test(head) ? '中国' : null);
  year ??= guess.year ?? deliveryYear(head) ?? fileYear(fileName);
  return { region, year };
}
