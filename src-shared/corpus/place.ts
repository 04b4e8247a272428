// A document's place in the corpus, guessed at import: the region it speaks
// for (from the title, else from the opening lines' `在湖北省第十四届人民代表大会`
// or `国务院总理`), its level, and the years it reviews and plans. Nothing is
// guessed from a passing mention (a `来源：北京日报` line names a newspaper,
// not the region): what cannot be told stays null, and the library asks.
import type { DocumentMeta, TextModel } from '../model';
import { findPlaceIn, lookupRegion, NATIONAL } from './gazetteer';
import type { Place, RegionLevel } from './gazetteer';

export interface CorpusMeta {
  level: RegionLevel | null;
  /** The province the region belongs to (itself for a province). */
  province: string | null;
  /** Years the report looks back on (its `过去一年` or `过去五年`). */
  reviewed: number[];
  /** Years it sets targets for. */
  planned: number[];
}

/** How far into the text the opening lines are looked at (characters). */
const HEAD_CHARS = 600;
/** How far a `过去五年` review is looked for. */
const REVIEW_CHARS = 4000;

const CONGRESS = /在([\u4e00-\u9fff]{2,16}?)第[一二三四五六七八九十]{1,4}届人民代表大会/;
const GOVERNMENT = /([\u4e00-\u9fff]{2,16}?)人民政府(?:省长|市长|主席|州长|县长|区长)/;
const NATIONAL_HEAD = /全国人民代表大会|国务院总理/;

function placeFromHead(head: string): Place | null {
  if (NATIONAL_HEAD.test(head)) return { region: NATIONAL, level: 'national', province: null };
  for (const pattern of [CONGRESS, GOVERNMENT]) {
    const name = pattern.exec(head)?.[1];
    if (!name) continue;
    const place = lookupRegion(name) ?? findPlaceIn(name);
    if (place) return place;
  }
  return null;
}

/** A region the gazetteer does not know (a district, a misspelling): kept, its level unknown. */
export interface UnknownPlace {
  region: string;
  level: null;
  province: null;
}

/** The region a title or opening lines name, resolved in the gazetteer. */
export function guessPlace(
  title: string,
  guessedRegion: string | null,
  head: string,
): Place | UnknownPlace | null {
  // A bare `政府工作报告` title reads as the national report; only the opening lines can confirm it.
  const unconfirmedNational =
    guessedRegion === NATIONAL && !NATIONAL_HEAD.test(head) && !/国务院|中华人民共和国/.test(title);
  if (guessedRegion && !unconfirmedNational) {
    return lookupRegion(guessedRegion) ?? { region: guessedRegion, level: null, province: null };
  }
  return placeFromHead(head) ?? (title ? findPlaceIn(title) : null);
}

/** The years a report of `year` reviews and plans (five years back at the end of a term). */
export function yearsFor(year: number | null, fiveYears: boolean): Pick<CorpusMeta, 'reviewed' | 'planned'> {
  if (year === null) return { reviewed: [], planned: [] };
  const back = fiveYears ? [5, 4, 3, 2, 1] : [1];
  const valid = (y: number) => y >= 1900 && y <= 2200;
  return { reviewed: back.map((n) => year - n).filter(valid), planned: [year].filter(valid) };
}

/** The years a report of `year` reviews and plans, from its opening pages. */
export function guessYears(year: number | null, text: string): Pick<CorpusMeta, 'reviewed' | 'planned'> {
  return yearsFor(year, /过去五年|五年来/.test(text.slice(0, REVIEW_CHARS)));
}

/** Region, level, province and years for a newly imported document. */
export function guessCorpusMeta(
  meta: DocumentMeta,
  model: TextModel,
): { region: string | null; corpus: CorpusMeta } {
  const head = model.text.slice(0, HEAD_CHARS);
  const place = guessPlace(meta.title, meta.region, head);
  return {
    region: place?.region ?? null,
    corpus: {
      level: place?.level ?? null,
      province: place?.province ?? null,
      ...guessYears(meta.year, model.text),
    },
  };
}

/** Level and province for a region the user typed (null when the gazetteer does not know it). */
export function placeOf(region: string | null): Pick<CorpusMeta, 'level' | 'province'> {
  const place = region ? lookupRegion(region) : null;
  return { level: place?.level ?? null, province: place?.province ?? null };
}

/** A document whose year or region is unknown: the library asks the user. */
export function needsPlace(doc: { year: number | null; region: string | null }): boolean {
  return doc.year === null || doc.region === null;
}
