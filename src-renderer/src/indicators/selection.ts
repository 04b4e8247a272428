// An indicator the user adds from a selection: the number and unit read from
// the selected text, a name guessed from the clause before it, status and
// period borrowed from the nearest extracted indicator of the same clause,
// the clause and section found around it. The user corrects the rest. Pure.
import type { Indicator, IndicatorKind, Qualifier } from '@shared/indicators';
import { parseChineseNumeral } from '@shared/indicators';
import type { OutlineItem, TextModel } from '@shared/model';

const CLAUSE_END = /[。；;！!？?\n]/;
const NAME_STOP = /[。；;！!？?\n，,、：:（）()“”]/;
const MAX_SIDE = 200;
const MAX_NAME = 40;
const MAX_UNIT = 20;
const CN_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/;
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
  return s.replace(/[０-９．，％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The first number in `quote` with the unit after it; null when there is none. */
export function parseValue(quote: string): ParsedValue | null {
  const folded = fold(quote);
  let value: number;
  let valueMax: number | undefined;
  let at: number;
  let after: number;
  const arabic = /(\d[\d,]*(?:\.\d+)?)(?:\s*[-—~～至到]\s*(\d[\d,]*(?:\.\d+)?))?/.exec(folded);
  if (arabic) {
    value = Number((arabic[1] ?? '').replace(/,/g, ''));
    if (arabic[2] !== undefined) valueMax = Number(arabic[2].replace(/,/g, ''));
    at = arabic.index;
    after = at + arabic[0].length;
  } else {
    const cn = CN_NUMERAL.exec(quote);
    const parsed = cn ? parseChineseNumeral(cn[0]) : null;
    if (!cn || !parsed) return null;
    value = parsed.value;
    at = cn.index;
    after = at + cn[0].length;
  }
  if (!Number.isFinite(value)) return null;
  let unit = quote.slice(after).trim();
  let qualifier: Qualifier = 'exact';
  const q = /(左右|以上|以内|以下|多)$/.exec(unit);
  if (q) {
    qualifier = q[1] === '左右' ? 'approx' : q[1] === '以上' || q[1] === '多' ? 'above' : 'below';
    unit = unit.slice(0, q.index).trim();
  }
  return {
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit: unit.slice(0, MAX_UNIT),
    qualifier,
    at,
  };
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
