// Values spread over lists: `A、B分别增长12%、7.2%`, `A、B、C均在10%以上`,
// `原煤、原油、天然气产量达到x、y、z`, and what listed counts share (`…等落后产能`,
// `…实现绿化彩化`). extract.ts names one clause's runs of values with these.
import { cleanName, headNoun, listNames } from './names';
import { hasVerb, splitPredicate, type Predicate } from './predicate';
import type { Named } from './pairs';
import type { Mention } from './scan';

/** What the sentence so far tells a list (extract.ts's clause state). */
export interface ListContext {
  /** Nouns counted in the previous clause, for `……，分别完成投资252亿元、749亿元`. */
  prevNouns: string[];
  /** The names a list subject gave its values, for `A、B分别新认定…，累计分别达到…`. */
  lastNames: string[];
}

/** `A、B分别增长12%、7.2%`: one name per value, from the list before `分别` or the nouns of the clause before. */
export function distribute(
  preF: string,
  preO: string,
  run: readonly Mention[],
  state: ListContext,
): Named[] | null {
  const k = run.length;
  const at = preF.lastIndexOf('分别');
  if (k < 2 || at < 0) return null;
  const head = splitPredicate(preF.slice(0, at));
  const tail = splitPredicate(preF.slice(at + 2));
  const pred = mergePredicates(head, tail);
  const subject = cleanName(preO.slice(0, head.subject.length));
  const rest = cleanName(preO.slice(at + 2, at + 2 + tail.subject.length));
  let names = listNames(subject, k);
  if (!names && state.prevNouns.length === k) names = state.prevNouns.map((n) => headNoun(n) + rest);
  // `A、B分别新认定60家和30家，累计分别达到1016家和591家`: the list named in the clause before.
  if (!names && /^(?:累计|共|合计|总计)?$/.test(subject) && state.lastNames.length === k)
    names = state.lastNames;
  if (!names) return null;
  return run.map((m, i) => ({ mention: m, name: names[i] ?? subject, pred, form: 'A' as const, noun: '' }));
}

/** `原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米`: as many values as the listed subject has items, in turn. */
export function listOver(preO: string, pred: Predicate, run: readonly Mention[]): Named[] | null {
  const subject = cleanName(preO.slice(0, pred.subject.length));
  if (run.length < 2 || !subject.includes('、')) return null;
  const names = listNames(subject, run.length);
  if (!names) return null;
  return run.map((mention, i) => ({
    mention,
    name: names[i] ?? subject,
    pred,
    form: 'A' as const,
    noun: '',
  }));
}

/** `城镇居民人均可支配收入和农村居民人均纯收入年均增长7%`: two whole measures joined by 和, one value for each. */
const TWO_MEASURES =
  /^(.{2,}(?:收入|增加值|投资|总额|产值|产量|销量|利润|税收))和(.{2,}(?:收入|增加值|投资|总额|产值|产量|销量|利润|税收))$/u;

/** `A、B、C年均增长均在10%以上`, or two whole measures joined by 和: one value for each item of the list. */
export function eachOver(preO: string, pred: Predicate, run: readonly Mention[]): Named[] | null {
  const m = run[0];
  if (!m) return null;
  const subject = cleanName(preO.slice(0, pred.subject.length));
  const two = TWO_MEASURES.exec(subject);
  if (two && hasVerb(pred) && run.length <= 2) {
    const names = [two[1] ?? '', two[2] ?? ''];
    // One value for both, or (`增长8.4%和11.4%`) one for each in turn.
    if (run.length === 1)
      return names.map((name) => ({ mention: m, name, pred, form: 'A' as const, noun: '' }));
    return run.map((mention, i) => ({ mention, name: names[i] ?? '', pred, form: 'A' as const, noun: '' }));
  }
  if (!pred.each || !pred.words.some((w) => /^(?:均|都)/.test(w))) return null;
  // `A、B、C均…`, or `A和B均…`.
  const listed = subject.split('、').length;
  const k = listed === 1 && subject.includes('和') ? 2 : listed;
  const names = listNames(subject, k);
  if (!names) return null;
  return names.map((name) => ({ mention: m, name, pred, form: 'A' as const, noun: '' }));
}

function mergePredicates(a: Predicate, b: Predicate): Predicate {
  return {
    subject: a.subject,
    words: [...b.words, ...a.words],
    reach: a.reach || b.reach,
    change: a.change || b.change,
    each: true,
    compareBase: a.compareBase || b.compareBase,
    qualifier: b.qualifier ?? a.qualifier,
  };
}

/** `分别达50%、80%以上`: a qualifier after the last value of a list holds for all of it. */
export function spreadTrailingQualifier(named: Named[]): Named[] {
  for (let i = named.length - 2; i >= 0; i--) {
    const a = named[i];
    const b = named[i + 1];
    if (!a || !b) continue;
    const listed =
      a.mention.after === null &&
      b.mention.after !== null &&
      a.mention.unit === b.mention.unit &&
      b.mention.numStart - a.mention.end <= 2 &&
      a.pred === b.pred;
    if (listed) named[i] = { ...a, mention: { ...a.mention, after: b.mention.after } };
  }
  return named;
}

/**
 * `淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能`: the items listed
 * before `等` share what follows it (`钢铁落后产能`, `水泥落后产能`, `平板玻璃落后产能`).
 */
export function shareListTail(named: Named[]): Named[] {
  const last = named[named.length - 1];
  if (!last || last.form !== 'B' || !last.noun.startsWith('等') || named.length < 2) return named;
  const tail = last.noun.slice(1);
  if (tail.length < 2) return named;
  return named.map((n, i) => {
    if (i === named.length - 1) return { ...n, name: n.name.replace(`等${tail}`, tail) };
    return n.form === 'C' && n.name.length <= 8 && !n.name.endsWith(tail) ? { ...n, name: n.name + tail } : n;
  });
}

/**
 * `20个街区、300座立交桥、100条城市画廊实现绿化彩化`: counts listed before one
 * predicate all undergo it (`街区绿化彩化`, `立交桥绿化彩化`).
 */
export function sharePredicate(text: string, ce: number, named: Named[]): Named[] {
  const last = named[named.length - 1];
  if (!last || last.form !== 'B' || named.length < 2) return named;
  const m = /^[^，。；、,;]*?(?:实现|完成)([^，。；、,;]{2,12})$/u.exec(
    text.slice(last.mention.end, ce).trimEnd(),
  );
  const done = m?.[1]?.replace(/[。.]$/, '');
  if (!done) return named;
  return named.map((n, i) =>
    i < named.length - 1 && n.form === 'B' && !n.name.includes(done) ? { ...n, name: n.name + done } : n,
  );
}
