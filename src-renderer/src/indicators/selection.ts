// An indicator the user adds from a selection: the number and unit read from
// the selected text, a name guessed from the clause before it, status and
// period borrowed from the nearest extracted indicator of the same clause,
// the clause and section found around it. The user corrects the rest. Pure.
import type { Indicator, IndicatorKind, Qualifier } from '@shared/indicators';
import { parseChineseNumeral } from '@shared/indicators/numbers';
import { matchMagnitude, matchUnit } from '@shared/indicators/units';
import type { OutlineItem, TextModel } from '@shared/model';

const CLAUSE_END = /[。；;！!？?\n]/;
const NAME_STOP = /[。；;！!？?\n，,、：:（）()“”]/;
const MAX_SIDE = 200;
const MAX_NAME = 40;
const MAX_UNIT = 20;
const TRAILING_VERB =
  /(?:同比|比上年|年均)?(?:增长|下降|提高|降低|增加|减少|达到|达|为|突破|超过|完成|实现|控制在|保持在|在)$/;

export interface ParsedValue {
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: Qualifier;
  /** Where the number starts in the selected text. */
  at: number;
}

function fold(s: string): string {
  return s.replace(/[０-９．，％／：]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const ARABIC = /(\d[\d,]*(?:\.\d+)?)(?:\s*[-—–~～至到]\s*(\d[\d,]*(?:\.\d+)?))?/g;
const CN_NUMERALS = /[零〇一二两三四五六七八九十百千万亿]+/g;
/** An unknown unit: letters up to punctuation, a digit or a qualifier, this long at most. */
const LOOSE_UNIT =
  /^[^\s\d，,。；;：:、！!？?（）()“”"'《》【】]{1,4}?(?=左右|以上|以内|以下|多|[\s\d，,。；;：:、！!？?（）()“”"'《》【】]|$)/;

/** Where the unit written at `pos` of the folded text ends (magnitude + unit + a `/unit` rate), or null. */
function unitAt(folded: string, pos: number): { end: number; date: boolean } | null {
  let at = pos;
  const magnitude = matchMagnitude(folded, at);
  if (magnitude) at += magnitude.length;
  const known = matchUnit(folded, at);
  if (known) {
    let end = known.end;
    // A rate (`万吨/日`, `立方米/秒`) keeps its divisor.
    if (folded[end] === '/') {
      const per =
        matchUnit(folded, end + 1) ??
        (/[日天时秒年月人户]/.test(folded[end + 1] ?? '') ? { end: end + 2 } : null);
      if (per) end = per.end;
    }
    return { end, date: known.cls === 'date' && !magnitude };
  }
  if (magnitude) return { end: at, date: false };
  return null;
}

/**
 * The first number in `quote` that reads as a measured value, with the unit
 * after it; null when there is none. An Arabic number may stand alone, a
 * Chinese numeral only before a unit (so the 一 of 统一 is no number), and a
 * year (`2021年`) is never a value.
 */
export function parseValue(quote: string): ParsedValue | null {
  const folded = fold(quote);
  const candidates: Array<{ at: number; after: number; value: number; valueMax?: number; arabic: boolean }> =
    [];
  for (const m of folded.matchAll(ARABIC)) {
    const value = Number((m[1] ?? '').replace(/,/g, ''));
    const valueMax = m[2] !== undefined ? Number(m[2].replace(/,/g, '')) : undefined;
    candidates.push({
      at: m.index,
      after: m.index + m[0].length,
      value,
      arabic: true,
      ...(valueMax !== undefined ? { valueMax } : {}),
    });
  }
  for (const m of quote.matchAll(CN_NUMERALS)) {
    const parsed = parseChineseNumeral(m[0]);
    if (parsed)
      candidates.push({ at: m.index, after: m.index + m[0].length, value: parsed.value, arabic: false });
  }
  candidates.sort((a, b) => a.at - b.at);
  for (const c of candidates) {
    if (!Number.isFinite(c.value) || (c.valueMax !== undefined && !Number.isFinite(c.valueMax))) continue;
    let from = c.after;
    while (folded[from] === ' ') from++;
    const known = unitAt(folded, from);
    if (known?.date) continue;
    let unit: string;
    const ratio = /^:\d+/.exec(folded.slice(from));
    if (ratio) unit = quote.slice(from, from + ratio[0].length);
    else if (known) unit = quote.slice(from, known.end);
    else if (c.arabic) unit = LOOSE_UNIT.exec(quote.slice(from))?.[0] ?? '';
    else continue;
    const tail = quote.slice(from + unit.length);
    const q = /^(左右|以上|以内|以下|多)/.exec(tail);
    const qualifier: Qualifier = !q
      ? 'exact'
      : q[1] === '左右'
        ? 'approx'
        : q[1] === '以上' || q[1] === '多'
          ? 'above'
          : 'below';
    return {
      value: c.value,
      ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
      unit: unit.slice(0, MAX_UNIT),
      qualifier,
      at: c.at,
    };
  }
  return null;
}

/** The clause around [start, end): back and forward to the nearest sentence end, at most MAX_SIDE each way. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < MAX_SIDE && !CLAUSE_END.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && e - end < MAX_SIDE && !CLAUSE_END.test(text[e] ?? '')) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { start: s, end: e };
}

/** Titles of the outline headings that contain `offset`, outermost first. */
export function sectionAt(outline: readonly OutlineItem[], offset: number): string[] {
  const stack: OutlineItem[] = [];
  for (const item of outline) {
    if (item.start > offset) break;
    while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= item.level) stack.pop();
    stack.push(item);
  }
  return stack.map((h) => h.title);
}

function guessName(text: string, clauseStart: number, at: number): string {
  let s = at;
  while (s > clauseStart && at - s < MAX_NAME && !NAME_STOP.test(text[s - 1] ?? '')) s--;
  let name = text.slice(s, at).trim();
  for (let i = 0; i < 3; i++) name = name.replace(TRAILING_VERB, '').trim();
  return name;
}

function guessKind(unit: string, name: string, before: string): IndicatorKind {
  if (/(增长|下降|提高|降低|增加|减少)$/.test(before.trim()) || /百分点/.test(unit)) return 'change';
  if (/[%％‰]/.test(unit) || /率|比重|占比/.test(name)) return 'share';
  if (/元|吨|千瓦|平方|公里|米|亩|立方/.test(unit)) return 'level';
  return unit ? 'count' : 'level';
}

/** The indicator for a selection text[start, end); value 0 when it holds no number. */
export function buildAdded(
  model: TextModel,
  extracted: readonly Indicator[],
  start: number,
  end: number,
): Indicator {
  const { text } = model;
  const quote = text.slice(start, end);
  const parsed = parseValue(quote);
  const clause = clauseAround(text, start, end);
  const valueAt = start + (parsed?.at ?? 0);
  const name = guessName(text, clause.start, valueAt);
  // Status and period as the extractor judged its neighbour in the same clause, else the nearest one before.
  let near: Indicator | undefined;
  for (const ind of extracted) {
    if (ind.start > clause.end) break;
    near = ind;
  }
  const unit = parsed?.unit ?? '';
  return {
    name,
    value: parsed?.value ?? 0,
    ...(parsed?.valueMax !== undefined ? { valueMax: parsed.valueMax } : {}),
    unit,
    kind: guessKind(unit, name, text.slice(clause.start, valueAt)),
    qualifier: parsed?.qualifier ?? 'exact',
    status: near?.status ?? 'actual',
    period: near?.period ?? null,
    start,
    end,
    clauseStart: clause.start,
    clauseEnd: clause.end,
    section: sectionAt(model.outline, start),
  };
}
