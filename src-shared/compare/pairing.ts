// Promises against results: a target for year N stated in report N, paired
// with the outcome for year N stated in report N+1 of the same region, under
// one unified name and kind (unify.ts), in units that compare (units.ts).
//
// Which statement is "the" target or outcome when a report states a figure
// more than once: a target near the words 预期目标/主要目标 first, then one with
// a qualifier (左右, 以上, 以内: targets carry them), then the earliest; an
// outcome stated as a result first, then the earliest. Anything said of an
// average over years (年均) is not one year's figure. A "target" for a year
// before the report's own is a result the extractor read as a goal
// (`全面实现年初确定的主要目标，国内生产总值增长7.8%`), so report N+1's figures
// for year N count as outcomes whatever their status.
import type { Indicator, IndicatorKind, Qualifier } from '../indicators/types';
import type { Direction } from './names-data';
import { CANONICAL_INDICATORS } from './names-data';
import { cleanName, createUnifier, NO_LINKS, type NameLinks, type Unified } from './unify';
import { comparableUnits } from './units';
import { judge, type Verdict, type VerdictRule } from './verdict';

/** One report as pairing needs it. */
export interface CorpusReport {
  id: string;
  /** File name or title, shown to the user and printed by the CLI. */
  file: string;
  region: string | null;
  year: number | null;
  text: string;
  indicators: readonly Indicator[];
}

export interface PairSide {
  reportId: string;
  file: string;
  name: string;
  value: number;
  valueMax?: number;
  unit: string;
  kind: IndicatorKind;
  qualifier: Qualifier;
  quote: string;
  start: number;
  end: number;
  clauseStart: number;
  clauseEnd: number;
}

export interface Pair {
  region: string;
  year: number;
  key: string;
  /** The unified name. */
  indicator: string;
  direction: Direction | null;
  target: PairSide | null;
  outcome: PairSide | null;
  verdict: Verdict;
  /** The rule the verdict followed (verdict.ts); null without both sides. */
  rule: VerdictRule | null;
  /** Outcome minus target in the target's unit; null without both sides. */
  margin: number | null;
}

export interface PairOptions {
  links?: NameLinks;
  /** Every target, not only the indicators the rules or the user's links know. */
  all?: boolean;
}

const GOAL_WORDS = /预期目标|主要目标|目标是|预期性指标|约束性指标/;
// Figures over several years (`年均`, `累计`, `五年`) are not one year's.
const SPAN_WORDS = /年均|平均每年|每年平均|累计|五年|过去五年/;

/**
 * Whether a clause states a figure over several years rather than one year's:
 * an average or a sum over years, or a change against a year long past
 * (`比2002年增长65.5%` for 2007).
 */
export function isMultiYear(clause: string, year?: number | null): boolean {
  if (SPAN_WORDS.test(clause)) return true;
  const base = /比((?:19|20)\d\d)年/.exec(clause);
  return !!base && year !== undefined && year !== null && Number(base[1]) !== year - 1;
}

/** A figure that is the start of a change (`从26.6万亿元增加到51.9万亿元`): not the year's figure. */
function isFromValue(text: string, ind: Indicator): boolean {
  const before = text.slice(ind.clauseStart, ind.start);
  return before.includes('从') && !before.includes('到');
}

function kindClass(kind: IndicatorKind): string {
  return kind === 'count' ? 'level' : kind;
}

function keyOf(u: Unified, kind: IndicatorKind): string {
  return u.canonical ? u.key : `${u.key}|${kindClass(kind)}`;
}

function side(r: CorpusReport, ind: Indicator): PairSide {
  return {
    reportId: r.id,
    file: r.file,
    name: ind.name,
    value: ind.value,
    ...(ind.valueMax !== undefined ? { valueMax: ind.valueMax } : {}),
    unit: ind.unit,
    kind: ind.kind,
    qualifier: ind.qualifier,
    quote: r.text.slice(ind.clauseStart, ind.clauseEnd).trim(),
    start: ind.start,
    end: ind.end,
    clauseStart: ind.clauseStart,
    clauseEnd: ind.clauseEnd,
  };
}

interface Candidate {
  ind: Indicator;
  u: Unified;
  key: string;
  score: number;
}

function isVariant(u: Unified, name: string): boolean {
  const c = cleanName(name);
  return u.canonical ? u.canonical.variants.includes(c) || u.canonical.name === c : true;
}

function bestByKey(cands: Candidate[]): Map<string, Candidate[]> {
  const by = new Map<string, Candidate[]>();
  for (const c of cands) by.set(c.key, [...(by.get(c.key) ?? []), c]);
  for (const list of by.values()) list.sort((a, b) => b.score - a.score || a.ind.start - b.ind.start);
  return by;
}

function targetsOf(r: CorpusReport, year: number, unify: Unifier): Map<string, Candidate[]> {
  const out: Candidate[] = [];
  for (const ind of r.indicators) {
    if (ind.status !== 'target' || (ind.period !== null && ind.period !== String(year))) continue;
    if (isMultiYear(r.text.slice(ind.clauseStart, ind.clauseEnd), year) || isFromValue(r.text, ind)) continue;
    const u = unify(ind.name, ind.kind);
    const before = r.text.slice(Math.max(0, ind.clauseStart - 160), ind.clauseEnd);
    const score =
      (GOAL_WORDS.test(before) ? 4 : 0) +
      (ind.qualifier !== 'exact' ? 2 : 0) +
      (isVariant(u, ind.name) ? 1 : 0) +
      (ind.period === String(year) ? 1 : 0);
    out.push({ ind, u, key: keyOf(u, ind.kind), score });
  }
  return bestByKey(out);
}

function outcomesOf(r: CorpusReport, year: number, unify: Unifier): Map<string, Candidate[]> {
  const out: Candidate[] = [];
  for (const ind of r.indicators) {
    if (ind.period !== String(year)) continue;
    if (isMultiYear(r.text.slice(ind.clauseStart, ind.clauseEnd), year) || isFromValue(r.text, ind)) continue;
    const u = unify(ind.name, ind.kind);
    const score = (ind.status === 'actual' ? 2 : 0) + (isVariant(u, ind.name) ? 1 : 0);
    out.push({ ind, u, key: keyOf(u, ind.kind), score });
  }
  return bestByKey(out);
}

type Unifier = (name: string, kind: IndicatorKind) => Unified;

const ORDER = new Map(CANONICAL_INDICATORS.map((c, i) => [c.id, i]));

function orderOf(p: Pair): number {
  return ORDER.get(p.key) ?? CANONICAL_INDICATORS.length;
}

/** The reports of each region by year; of two reports for one region and year, the first given is used. */
export function reportsByRegion(reports: readonly CorpusReport[]): Map<string, Map<number, CorpusReport>> {
  const by = new Map<string, Map<number, CorpusReport>>();
  for (const r of reports) {
    if (!r.region || r.year === null) continue;
    const years = by.get(r.region) ?? new Map<number, CorpusReport>();
    if (!years.has(r.year)) years.set(r.year, r);
    by.set(r.region, years);
  }
  return by;
}

/** Every pair of consecutive reports of a region, judged. Reports without a region or year are left out. */
export function pairTargets(reports: readonly CorpusReport[], opts: PairOptions = {}): Pair[] {
  const unify = createUnifier(opts.links ?? NO_LINKS);
  const pairs: Pair[] = [];
  for (const [region, years] of reportsByRegion(reports)) {
    for (const [year, plan] of years) {
      const review = years.get(year + 1);
      if (!review) continue;
      const targets = targetsOf(plan, year, unify);
      const outcomes = outcomesOf(review, year, unify);
      const known = (c: Candidate) => opts.all || c.u.canonical !== null || c.u.linked === true;
      for (const [key, list] of targets) {
        const t = list[0];
        if (!t || !known(t)) continue;
        const o = (outcomes.get(key) ?? []).find((c) => comparableUnits(c.ind.unit, t.ind.unit));
        const direction = t.u.canonical?.direction ?? null;
        const base = { region, year, key, indicator: t.u.label, direction, target: side(plan, t.ind) };
        const j = o ? judge(t.ind, o.ind, direction) : null;
        if (o && j)
          pairs.push({
            ...base,
            outcome: side(review, o.ind),
            verdict: j.verdict,
            rule: j.rule,
            margin: j.margin,
          });
        else pairs.push({ ...base, outcome: null, verdict: 'not-reported', rule: null, margin: null });
      }
      for (const [key, list] of outcomes) {
        const o = list[0];
        if (!o || targets.has(key) || !known(o)) continue;
        pairs.push({
          region,
          year,
          key,
          indicator: o.u.label,
          direction: o.u.canonical?.direction ?? null,
          target: null,
          outcome: side(review, o.ind),
          verdict: 'no-target',
          rule: null,
          margin: null,
        });
      }
    }
  }
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return pairs.sort(
    (a, b) =>
      collator.compare(a.region, b.region) ||
      a.year - b.year ||
      orderOf(a) - orderOf(b) ||
      collator.compare(a.indicator, b.indicator),
  );
}
