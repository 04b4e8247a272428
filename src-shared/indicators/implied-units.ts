// Numbers whose unit is not written but said by the words around them: an
// index's value (none), and a count of people given with a magnitude alone.
import type { Tail } from './tail';
import { skipSpaces } from './numbers';
import { matchMagnitude } from './units';

/** `道路交通指数从6.32下降至6.08`, `两化融合指数达到92`: what comes before an index's value, which has no unit. */
const INDEX_BEFORE =
  /指数\s*(?:[从由]\s*[0-9.]+\s*)?(?:[从由为是]|达到?|(?:下降|降低|上升|提高|提升)?[至到]|降至|升至)\s*$/;

/** The unitless value of an index, when the words before it say it is one. */
export function indexTail(text: string, start: number, numEnd: number): Tail | null {
  if (!INDEX_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  if (/[0-9.%]/.test(text.charAt(numEnd))) return null;
  return {
    numEnd,
    magnitude: '',
    more: false,
    unit: '',
    cls: 'measure',
    unitEnd: numEnd,
    end: numEnd,
    after: null,
  };
}

/** `参与人次超630万`, `旅居人数达389.75万`, `旅客吞吐量破亿`: people counted in the clause before, the number a magnitude alone. */
const PEOPLE_BEFORE = /(人次|人数|游客|旅客(?:吞吐量|发送量|运输量)?)[^，。；,;、]{0,8}$/;

/** The unit a magnitude alone implies after a count of people (`万人次`, `万人`). */
export function peopleTail(text: string, start: number, numEnd: number): Tail | null {
  const people = PEOPLE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const j = skipSpaces(text, numEnd);
  const magnitude = people ? matchMagnitude(text, j) : null;
  if (!people || !magnitude) return null;
  const unitEnd = j + magnitude.length;
  // Only where the number ends: a unit or a noun after the magnitude is another reading.
  if (!/^(?:[，。；、,;和及与）)]|$)/.test(text.slice(unitEnd, unitEnd + 1))) return null;
  // Journeys are counted in 人次 (`旅客吞吐量再次破亿`), people in 人.
  const unit = `${magnitude}${people[1] === '人次' || people[1]?.endsWith('量') ? '人次' : '人'}`;
  return { numEnd: unitEnd, magnitude, more: false, unit, cls: 'count', unitEnd, end: unitEnd, after: null };
}
