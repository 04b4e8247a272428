// Kind and qualifier of a value, from its unit, the words before it and its name.
import type { Predicate } from './predicate';
import type { Mention } from './scan';
import type { IndicatorKind, Qualifier } from './types';

/** Names of rates and proportions: a percentage of one of these is a share, not a growth. */
const SHARE_NAME = /率|比重|占比|比例|强度|份额|覆盖面|达标面/;

/** Words that, before a number, state a level reached rather than an amount over a span. */
const REACHED = new Set(['突破', '超过', '超过了', '超', '逾']);

export function classify(
  m: Mention,
  pred: Predicate,
  name: string,
  form: 'A' | 'B' | 'C',
): { kind: IndicatorKind; isState: boolean } {
  const change = pred.change && !pred.reach;
  let kind: IndicatorKind;
  switch (m.cls) {
    case 'percent':
      // `80%的中小学…`: a percentage of the things named after it.
      kind = change ? 'change' : form === 'B' || SHARE_NAME.test(name) ? 'share' : 'change';
      break;
    case 'points':
      kind = 'change';
      break;
    case 'ratio':
      // `2.31:1`, `四成`: a proportion, whatever verb leads to it.
      kind = 'share';
      break;
    case 'count':
      kind = 'count';
      break;
    default:
      kind = change ? 'change' : 'level';
  }
  const flow = pred.words.includes('累计') || pred.words.includes('年均') || pred.words.includes('平均');
  const reached = pred.reach || pred.compareBase || pred.words.some((w) => REACHED.has(w));
  return { kind, isState: form === 'A' && reached && !flow };
}

export function qualifierOf(m: Mention, pred: Predicate): Qualifier {
  if (m.after) return m.after;
  if (m.more) return 'above';
  return pred.qualifier ?? 'exact';
}
