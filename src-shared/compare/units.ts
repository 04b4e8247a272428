// Units reduced to a base so a target and its outcome compare: 900 万人 and
// 1113 万人, 5.31 亿吨 and 57121 万吨, 1.2 万亿斤 and 60,000 万吨. Two amounts
// compare only when their bases agree; `%` and `个百分点` are different things.
import { foldWidth } from '../text/fold';

export interface BaseAmount {
  /** What the amount counts: `%`, `pp`, `吨`, `人`, `元`… */
  base: string;
  value: number;
}

const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Base units that are other base units scaled (mass in tonnes, length in km). */
const CONVERSIONS: Record<string, [string, number]> = {
  斤: ['吨', 0.0005],
  公斤: ['吨', 0.001],
  千克: ['吨', 0.001],
  克: ['吨', 1e-6],
  公里: ['千米', 1],
  人次: ['人次', 1],
  名: ['人', 1],
};

export function normalizeUnit(unit: string): string {
  return foldWidth(unit).replace(/\s+/g, '');
}

/** The amount in its base unit, or null for an empty unit. */
export function toBase(value: number, unit: string): BaseAmount | null {
  const u = normalizeUnit(unit);
  if (u === '') return null;
  if (u === '%' || u === '％') return { base: '%', value };
  if (u === '个百分点' || u === '百分点') return { base: 'pp', value };
  if (u === '‰') return { base: '%', value: value / 10 };
  if (u === '千米' || u === '千克' || u === '千瓦') {
    const [b, f] = CONVERSIONS[u] ?? [u, 1];
    return { base: b, value: value * f };
  }
  let rest = u;
  let factor = 1;
  for (const [prefix, m] of MULTIPLIERS) {
    if (rest.startsWith(prefix) && rest.length > prefix.length) {
      rest = rest.slice(prefix.length);
      factor = m;
      break;
    }
  }
  const conv = CONVERSIONS[rest];
  if (conv) return { base: conv[0], value: value * factor * conv[1] };
  return { base: rest, value: value * factor };
}

/** Whether the two amounts are of one base (and so compare). */
export function comparableUnits(a: string, b: string): boolean {
  const x = toBase(1, a);
  const y = toBase(1, b);
  return x !== null && y !== null && x.base === y.base;
}

/** `value` (in `from`) expressed in `to`; null when they do not compare. */
export function convert(value: number, from: string, to: string): number | null {
  const x = toBase(value, from);
  const unit = toBase(1, to);
  if (!x || !unit || x.base !== unit.base) return null;
  return x.value / unit.value;
}

/** Whether an amount is a rate in percent or percentage points (tolerances are absolute for those). */
export function isPercent(unit: string): boolean {
  const b = toBase(1, unit);
  return b !== null && (b.base === '%' || b.base === 'pp');
}
