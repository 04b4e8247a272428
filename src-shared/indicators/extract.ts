// extract(model): every number that matters, as indicators pointing into the
// model's text. One pass over the numbers, clause by clause; the text is read
// in bounded windows around each, so the whole stays linear in its length.
import type { TextModel } from '../model';
import { foldWidth } from '../text/fold';
import { BoundaryCursor, findBoundaries, MAX_CLAUSE_SIDE } from './clauses';
import { classify, qualifierOf } from './classify';
import { cleanName, nounAfter, prefixBefore, subjectName } from './names';
import { hasVerb, isChangeVerb, splitPredicate, type Predicate } from './predicate';
import { fromTo, type Named } from './pairs';
import { scanMentions, type Mention } from './scan';
import { TimeContext } from './time';
import {
  distribute,
  eachOver,
  listOver,
  shareListTail,
  sharePredicate,
  spreadTrailingQualifier,
} from './lists';
import {
  ACTION_ONLY,
  actedOn,
  ATTRIBUTE,
  COMPARED_RATE,
  isComparison,
  objectNoun,
  withContext,
} from './name-context';
import type { Indicator } from './types';

/** How far back the clause before is read for its topic. */
const MAX_TOPIC = 30;

/** How far before a number its subject and predicate are looked for. */
const MAX_PRE = 60;
/** How far after a number (and its unit) the noun it counts is looked for. */
const MAX_POST = 40;

interface ClauseState {
  /** Subject of the last named value in the sentence, for `……，增长15.09%`. */
  lastSubject: string;
  /** Nouns counted in the previous clause of the sentence, for `……，分别完成投资252亿元、749亿元`. */
  prevNouns: string[];
  /** What the clause before this one (in the sentence) is about, for `粮食产量创新高，去年达到…`. */
  prevTopic: string;
  /** The names a list subject gave its values, for `A、B分别新认定…，累计分别达到…`. */
  lastNames: string[];
}

export function extract(model: TextModel): Indicator[] {
  const text = model.text;
  const folded = foldWidth(text);
  const mentions = scanMentions(folded, text);
  if (mentions.length === 0) return [];
  const bounds = findBoundaries(folded, text);
  const clauses = new BoundaryCursor(bounds.clauses, text.length);
  const sentences = new BoundaryCursor(bounds.sentences, text.length);
  const time = new TimeContext(model, folded);
  const out: Indicator[] = [];

  let sentenceStart = -1;
  const state: ClauseState = { lastSubject: '', prevNouns: [], prevTopic: '', lastNames: [] };
  let i = 0;
  while (i < mentions.length) {
    const first = mentions[i];
    if (!first) break;
    const [cs, ce] = clauses.around(first.numStart);
    let j = i + 1;
    while (j < mentions.length && (mentions[j]?.numStart ?? Infinity) < ce) j++;
    const [ss] = sentences.around(first.numStart);
    if (ss !== sentenceStart) {
      sentenceStart = ss;
      state.lastSubject = '';
      state.prevNouns = [];
      state.lastNames = [];
    }
    state.prevTopic = topicBefore(text, folded, cs, ss);
    const named = nameClause(text, folded, mentions.slice(i, j), cs, ce, state);
    for (const n of named) {
      const m = n.mention;
      const { kind, isState } = classify(m, n.pred, n.name, n.form);
      const t = time.at(m.numStart, sentenceStart, isState && !n.old, n.since);
      // `从A提高到B`: A is the level before, a result of the period's start (or of the year it names).
      if (n.old)
        Object.assign(t, { status: 'actual', period: n.old.dated ? t.period : yearBefore(t.period) });
      out.push({
        name: n.name,
        value: m.value,
        ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}),
        unit: m.unit,
        kind,
        qualifier: qualifierOf(m, n.pred),
        status: t.status,
        period: t.period,
        start: m.numStart,
        end: m.unitEnd,
        clauseStart: Math.max(cs, m.numStart - MAX_CLAUSE_SIDE),
        clauseEnd: Math.min(ce, m.end + MAX_CLAUSE_SIDE),
        section: t.section,
      });
    }
    i = j;
  }
  return out;
}

/** Splits a clause's mentions into runs: values listed with `、`/`和` share one predicate. */
function runsOf(folded: string, ms: readonly Mention[]): Mention[][] {
  const runs: Mention[][] = [];
  let prev: Mention | null = null;
  for (const m of ms) {
    const gap = prev ? folded.slice(prev.end, m.numStart) : '';
    const last = runs[runs.length - 1];
    if (prev && last && /^\s*[、和及与或]\s*$/.test(gap)) last.push(m);
    else runs.push([m]);
    prev = m;
  }
  return runs;
}

function nameClause(
  text: string,
  folded: string,
  ms: readonly Mention[],
  cs: number,
  ce: number,
  state: ClauseState,
): Named[] {
  const out: Named[] = [];
  const runs = runsOf(folded, ms);
  const nouns: string[] = [];
  let segStart = cs;
  let paired: Named[] | null = null;
  runs.forEach((run, r) => {
    if (paired) {
      // The new levels of a `从A提高到B` named with their old ones.
      out.push(...paired);
      paired = null;
      return;
    }
    const pair = fromTo(text, folded, runs, r, segStart, r === 0 ? state.lastSubject || state.prevTopic : '');
    if (pair) {
      out.push(...pair.old);
      paired = pair.new;
      segStart = run[run.length - 1]?.end ?? segStart;
      state.lastSubject = pair.old[0]?.name ?? state.lastSubject;
      return;
    }
    const leader = run[0];
    const lastOfRun = run[run.length - 1];
    if (!leader || !lastOfRun) return;
    const from = Math.max(segStart, leader.numStart - MAX_PRE);
    const preF = folded.slice(from, leader.numStart);
    const preO = text.slice(from, leader.numStart);
    const pred = splitPredicate(preF);
    const post = postNoun(text, folded, runs, r, ce);
    segStart = lastOfRun.end;

    const distributed = distribute(preF, preO, run, state) ?? listOver(preO, pred, run);
    if (distributed) {
      out.push(...distributed);
      if (distributed[0]) state.lastSubject = distributed[0].name;
      state.lastNames = distributed.map((d) => d.name);
      return;
    }
    const each = eachOver(preO, pred, run);
    if (each) {
      out.push(...each);
      return;
    }
    const one = nameOne(preO, pred, post, state);
    if (one.form !== 'B') one.name = withContext(one.name, preO, state.lastSubject, state.prevTopic);
    // `仅用38天实现…`, `15分钟生活圈`: a duration describing something else.
    if (one.form === 'B' && leader.cls === 'time') return;
    if (one.form === 'B') nouns.push(one.noun);
    else if (one.name && !isComparison(one.name)) state.lastSubject = one.name;
    for (const m of run) out.push({ mention: m, name: one.name, pred, form: one.form, noun: one.noun });
  });
  state.prevNouns = nouns;
  return sharePredicate(text, ce, shareListTail(spreadTrailingQualifier(out)));
}

/** How many adjacent counts may share one noun (`102662户322375名…`). */
const MAX_CHAIN = 3;

/** The noun after a run of numbers, up to the next number or the clause's end. */
function postNoun(text: string, folded: string, runs: readonly Mention[][], r0: number, ce: number): string {
  for (let r = r0; r < runs.length && r < r0 + MAX_CHAIN; r++) {
    const run = runs[r];
    const last = run?.[run.length - 1];
    if (!last) return '';
    const next = runs[r + 1]?.[0];
    const stop = Math.min(next ? next.numStart : ce, last.end + MAX_POST);
    // `102662户322375名建档立卡贫困人口`: two counts of one noun.
    if (next && stop === next.numStart && /^\s*$/.test(folded.slice(last.end, stop))) continue;
    let raw = text.slice(last.end, stop);
    const trimmed = raw.replace(/^[\s的之]+/u, '');
    // A noun starts with a character, a grade (`5A级景区`) or a bracket (`50户以上农村木质房屋`).
    if (
      trimmed.length === 0 ||
      !/^(?:[\u4e00-\u9fff“"《A-Za-z]|[0-9０-９]+[A-Za-zＡ-Ｚ]|[0-9０-９.]+(?:岁|周岁|户)及?以[上下])/u.test(
        trimmed,
      )
    )
      return '';
    // `1所优质初中、每个县至少办好1所优质高中`: the noun ends at the list mark before the next
    // number (or before a number that is not one: `158万残疾人、40万3岁以下婴幼儿`).
    const comma = raw.indexOf('、');
    if (comma > 0 && (next || /^[0-9０-９]/.test(raw.slice(comma + 1)))) raw = raw.slice(0, comma);
    return nounAfter(raw, next !== undefined && stop === next.numStart);
  }
  return '';
}

/** Attributes that are a total (of all there is). */
const TOTAL = /^(?:总量|总数|总额|总值|总规模)$/;
/** Verbs that count what was added, not what there is. */
const FLOW_VERB = /^(?:新增|新建|新认定|新培育|新开工|新引进|新投产)/;

function nameOne(
  preO: string,
  pred: Predicate,
  noun: string,
  state: ClauseState,
): { name: string; form: Named['form']; noun: string } {
  const subjectO = preO.slice(0, pred.subject.length);
  if (hasVerb(pred)) {
    let subject = subjectName(subjectO);
    // `……，占全部出口比重超过50%`, `……，总量达到6000亿元`: a share or an attribute of what came before.
    // A total is of all there is, not of what was added: `新增新能源装机…、总量达到…` is 新能源装机总量.
    const ofAll = (whose: string, attribute: string) =>
      (TOTAL.test(attribute) ? whose.replace(FLOW_VERB, '') : whose) + attribute;
    if (
      (subject.startsWith('占') || ATTRIBUTE.test(subject) || COMPARED_RATE.test(subject)) &&
      state.lastSubject
    )
      subject = ofAll(state.lastSubject, subject);
    // `新增13家国家级重点龙头企业、总数达81家`: the attribute of the noun before the list mark.
    const listed = /^(.{2,})、(.+)$/u.exec(subject);
    if (listed && TOTAL.test(listed[2] ?? '')) subject = ofAll(listed[1] ?? '', listed[2] ?? '');
    // `经济增长6%`, `投资增长7%`: a one-word subject reads better with its verb.
    const verb = pred.words[pred.words.length - 1];
    if (subject.length > 0 && subject.length <= 2 && pred.change && verb && isChangeVerb(verb))
      subject += verb;
    // `改造约1亿人居住的棚户区`, `促进约1亿农业转移人口落户`: an act only; what it acts on follows.
    if (ACTION_ONLY.test(subject) && noun) return { name: objectNoun(noun), form: 'B', noun };
    if (subject) return { name: subject, form: 'A', noun: '' };
    if (noun) return { name: prefixBefore(subjectO) + noun, form: 'B', noun };
    return { name: state.lastSubject || cleanName(preO), form: 'A', noun: '' };
  }
  if (noun) return { name: prefixBefore(subjectO) + noun, form: 'B', noun };
  let name = subjectName(subjectO) || subjectName(preO) || state.lastSubject;
  // `国家科学技术奖58项、占全国28.7%`: the share of what came before, in the whole.
  if (/^占.{2}/u.test(name) && state.lastSubject) {
    name = state.lastSubject + name;
    if (!/(?:比重|比例|份额)$/.test(name)) name += '比重';
  }
  // `继续实施退耕还林还草，今年拟安排500万亩`: an act with no object; the clause before says on what.
  if (state.prevTopic) name = actedOn(name, state.prevTopic);
  // `……增长6.7%，增速比城镇居民高2.4个百分点`: the rate of what the value before measured.
  if (COMPARED_RATE.test(name) && state.lastSubject)
    return { name: state.lastSubject + name, form: 'C', noun: '' };
  return { name, form: 'C', noun: '' };
}

/** `2011-2015` → `2010`, `2024` → `2023`: the year before a period starts. */
function yearBefore(period: string | null): string | null {
  const from = period === null ? NaN : Number(period.split('-')[0]);
  return Number.isFinite(from) ? String(from - 1) : period;
}

/** The clause before [cs, …) in the same sentence, as a topic: `粮食产量屡创历史新高`. */
function topicBefore(text: string, folded: string, cs: number, ss: number): string {
  const end = cs - 1;
  if (end <= ss) return '';
  let start = end;
  while (start > ss && end - start < MAX_TOPIC && !/[,;:。\n]/.test(folded.charAt(start - 1))) start--;
  if (start > ss && !/[,;:。\n]/.test(folded.charAt(start - 1))) return '';
  // `贸易顺差连续两年下降`: the topic, less how it moved.
  return subjectName(text.slice(start, start + splitPredicate(folded.slice(start, end)).subject.length));
}
