// Was a target met? The rule depends on how the target was worded (its
// qualifier) and on which way is good for the indicator (names-data.ts):
//
// - floor      `以上`, `超过`, `突破`, or a plain number where more is better:
//              met when outcome >= target.
// - ceiling    `以内`, `控制在`, `不超过`, `低于`, or a plain number where less is
//              better (a CPI target): met when outcome <= target.
// - about-floor   `左右` where more is better: met when outcome >= target - tolerance.
// - about-ceiling `左右` where less is better (`居民消费价格涨幅3%左右`):
//              met when outcome <= target + tolerance.
// - about      `左右` for an indicator of unknown direction: met when
//              |outcome - target| <= tolerance.
// - range      `2-3%`: met when the outcome lies in [low, high]; where more is
//              better only the low end binds, where less is better the high end.
//
// Tolerance for `左右`: 0.5 percentage points for rates in % or 个百分点, 5% of
// the target for amounts (900 万人左右 tolerates 855 万人).
// A plain number of unknown direction is read as a floor: a planned amount is
// what must at least be delivered.
import type { Qualifier } from '../indicators/types';
import type { Direction } from './names-data';
import { convert, isPercent } from './units';

export type Verdict = 'met' | 'missed' | 'not-reported' | 'no-target';
export type VerdictRule = 'floor' | 'ceiling' | 'about-floor' | 'about-ceiling' | 'about' | 'range';

export const VERDICTS: readonly Verdict[] = ['met', 'missed', 'not-reported', 'no-target'];
export const VERDICT_RULES: readonly VerdictRule[] = [
  'floor',
  'ceiling',
  'about-floor',
  'about-ceiling',
  'about',
  'range',
];

/** Absolute tolerance of `左右` on rates, in percentage points. */
export const ABOUT_RATE_TOLERANCE = 0.5;
/** Relative tolerance of `左右` on amounts. */
export const ABOUT_AMOUNT_TOLERANCE = 0.05;

export interface TargetTerms {
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: Qualifier;
}

export interface OutcomeTerms {
  value: number;
  unit: string;
}

export interface Judgement {
  verdict: 'met' | 'missed';
  rule: VerdictRule;
  /** Outcome minus target (the low end of a range), in the target's unit. */
  margin: number;
}

export function ruleFor(
  t: Pick<TargetTerms, 'qualifier' | 'valueMax'>,
  direction: Direction | null,
): VerdictRule {
  if (t.valueMax !== undefined && t.qualifier !== 'above' && t.qualifier !== 'below') {
    if (direction === 'up') return 'floor';
    if (direction === 'down') return 'ceiling';
    return 'range';
  }
  switch (t.qualifier) {
    case 'above':
      return 'floor';
    case 'below':
      return 'ceiling';
    case 'approx':
      return direction === 'up' ? 'about-floor' : direction === 'down' ? 'about-ceiling' : 'about';
    case 'exact':
      return direction === 'down' ? 'ceiling' : 'floor';
  }
}

export function toleranceOf(t: Pick<TargetTerms, 'value' | 'unit'>): number {
  return isPercent(t.unit) ? ABOUT_RATE_TOLERANCE : Math.abs(t.value) * ABOUT_AMOUNT_TOLERANCE;
}

// Rounding of figures like 4.6 - 0.5 must not decide a verdict.
const EPS = 1e-9;

/** The verdict on a target given its outcome, or null when the units do not compare. */
export function judge(t: TargetTerms, o: OutcomeTerms, direction: Direction | null): Judgement | null {
  const outcome = convert(o.value, o.unit, t.unit);
  if (outcome === null) return null;
  const rule = ruleFor(t, direction);
  const low = t.value;
  const high = t.valueMax ?? t.value;
  const tol = toleranceOf(t);
  const ok = ((): boolean => {
    switch (rule) {
      case 'floor':
        return outcome >= low - EPS;
      case 'ceiling':
        return outcome <= high + EPS;
      case 'about-floor':
        return outcome >= low - tol - EPS;
      case 'about-ceiling':
        return outcome <= high + tol + EPS;
      case 'about':
        return Math.abs(outcome - low) <= tol + EPS;
      case 'range':
        return outcome >= low - EPS && outcome <= high + EPS;
    }
  })();
  return { verdict: ok ? 'met' : 'missed', rule, margin: Math.round((outcome - low) * 1e6) / 1e6 };
}
