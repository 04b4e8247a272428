// What follows a numeral in a mention (scan.ts): 多/余, a magnitude (万, 亿),
// the unit as written and a trailing qualifier (左右, 以上); or nothing, when
// what follows makes the numeral a word rather than a measure.
import { skipSpaces } from './numbers';
import {
  matchMagnitude,
  matchPer,
  matchTrailingQualifier,
  matchUnit,
  startsPersonNoun,
  type UnitClass,
} from './units';

/** A qualifier written after the unit. */
export type After = 'approx' | 'above' | 'below' | null;

/** Nouns after a count of people that make it a phrase, not a measure (`14亿多中国人民`). */
const PEOPLE_CLICHE = /^(?:中国人|中华儿女|各族人民|人民|同胞)/;
/** `成` as a word after a numeral: `一成不变`, `三成员`. */
const NOT_TENTHS = /^成(?:不变|为|功|果|立|员|绩|本|交|效|熟|型)/;

/** What follows a numeral: 多/余, a magnitude, the unit and a trailing qualifier. */
export interface Tail {
  numEnd: number;
  magnitude: string;
  more: boolean;
  unit: string;
  cls: UnitClass;
  unitEnd: number;
  end: number;
  after: After;
}

export function readTail(text: string, original: string, pos: number, allowMagnitude: boolean): Tail | null {
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
  // `2个多百分点`: more than, in points.
  if (text.startsWith('个多百分点', j) || text.startsWith('多个百分点', j)) {
    const unitEnd = j + 5;
    const q = matchTrailingQualifier(text, skipSpaces(text, unitEnd));
    return {
      numEnd,
      magnitude,
      more: true,
      unit: `${magnitude}个百分点`,
      cls: 'points',
      unitEnd,
      end: q ? q.end : unitEnd,
      after: q ? q.qualifier : 'above',
    };
  }
  // `2.31:1`: a ratio to one, unit as written (`:1`, `：1`).
  if (
    magnitude === '' &&
    text.charAt(j) === ':' &&
    text.charAt(j + 1) === '1' &&
    !/[0-9.]/.test(text.charAt(j + 2))
  ) {
    return {
      numEnd,
      magnitude,
      more,
      unit: original.slice(j, j + 2),
      cls: 'ratio',
      unitEnd: j + 2,
      end: j + 2,
      after: null,
    };
  }
  if (NOT_TENTHS.test(text.slice(j, j + 3))) return null;
  const match = matchUnit(text, j);
  let unit: string;
  let cls: UnitClass;
  let unitEnd: number;
  // `120亿度电`: 度 is a unit only after a magnitude (`36度` is a temperature or an angle).
  if (match?.unit === '度' && magnitude === '') return null;
  if (match && match.unit === '人' && magnitude !== '' && /[口民员才群]/.test(text.charAt(match.end))) {
    // `3000万人口`, `807万人民`: the noun is 人口; the unit, implied, is 万人.
    unit = `${magnitude}人`;
    cls = 'count';
    unitEnd = j;
  } else if (match) {
    // The unit as written: `％` stays full-width, as the report has it; a rate unit whole (`万吨/日`).
    unitEnd = match.cls === 'measure' || match.cls === 'count' ? matchPer(text, match.end) : match.end;
    unit = magnitude + original.slice(j, unitEnd);
    cls = match.cls;
  } else if (magnitude !== '' && startsPersonNoun(text, j)) {
    if (PEOPLE_CLICHE.test(text.slice(j, j + 4))) return null;
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
