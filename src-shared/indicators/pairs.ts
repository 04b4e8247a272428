// `国内生产总值从A增加到B`, `覆盖率分别从a、b提高到c、d`: an old level and a
// new one, named alike. The old one is a result of the period's start; the new
// one a level reached, never the change between them.
import { listNames, subjectName } from './names';
import { splitPredicate, type Predicate } from './predicate';
import type { Mention } from './scan';

/** A number named: what it measures and how it was said. */
export interface Named {
  mention: Mention;
  name: string;
  pred: Predicate;
  /** `A` subject + verb + number, `B` number + noun, `C` object + number. */
  form: 'A' | 'B' | 'C';
  /** For B: the noun after the number. */
  noun: string;
  /** The old level of a `从A到B`; `dated` when a year is written with it (`从2020年的A`). */
  old?: { dated: boolean };
  /** The new level of a `从A到B`: time cues before this position date the old one, not it. */
  since?: number;
}

/** `从`/`由`, then what dates or qualifies the old level (`2020年底的`, `每人每年`), up to the number. */
const FROM = /(?:^|[^自理])(从|由)([^，。；;,、从由到至]{0,10})$/;
/** Between the old and the new values: the verb of change with `到`/`至`, and what dates the new one. */
const TO =
  /^\s*(?:的)?\s*(?:(?:提高|提升|增加|增长|上升|上涨|下降|降低|减少|扩大|缩小|缩短|缩减|跃升|攀升|回落|增|降|升|减)(?:到|至)|至|到)\s*([^，。；;,、]{0,10}?)\s*$/;
const DATED = /[0-9]{4}\s*年|去年|上年|前年/;
const OLD_PRED: Predicate = {
  subject: '',
  words: ['达到'],
  reach: true,
  change: false,
  each: false,
  compareBase: false,
  qualifier: null,
};

export function fromTo(
  text: string,
  folded: string,
  runs: readonly Mention[][],
  r: number,
  segStart: number,
  /** What the clause before is about, for a `从…到…` with no subject of its own (`经费，从2002年…增加到…`). */
  topic = '',
): { old: Named[]; new: Named[] } | null {
  const olds = runs[r];
  const news = runs[r + 1];
  const first = olds?.[0];
  const lastOld = olds?.[olds.length - 1];
  const firstNew = news?.[0];
  if (!olds || !news || !first || !lastOld || !firstNew || olds.length !== news.length) return null;
  const to = TO.exec(folded.slice(lastOld.end, firstNew.numStart));
  if (!to) return null;
  const from = Math.max(segStart, first.numStart - 60);
  const pre = folded.slice(from, first.numStart);
  const f = FROM.exec(pre);
  if (!f) return null;
  const at = f.index + f[0].length - (f[1]?.length ?? 0) - (f[2]?.length ?? 0);
  // The subject: what stands before `从`, less `分别` and adverbs.
  const pred = splitPredicate(pre.slice(0, at));
  const subject = subjectName(text.slice(from, from + pred.subject.length)) || topic;
  if (!subject) return null;
  const names = olds.length > 1 ? (listNames(subject, olds.length) ?? olds.map(() => subject)) : [subject];
  const dated = DATED.test(f[2] ?? '');
  const named = (m: Mention, i: number, old: boolean): Named => ({
    mention: m,
    name: names[i] ?? subject,
    pred: { ...OLD_PRED, qualifier: pred.qualifier },
    form: 'A',
    noun: '',
    ...(old ? { old: { dated } } : { since: lastOld.end }),
  });
  return { old: olds.map((m, i) => named(m, i, true)), new: news.map((m, i) => named(m, i, false)) };
}
