// Kind and qualifier of a value, from its unit, the words before it and its name.
import type { Predicate } from './predicate';
import type { Mention } from './scan';
import type { IndicatorKind, Qualifier } from './types';

/** Names of rates and proportions: a percentage of one of these is a share, not a growth. */
const SHARE_NAME = /率|比重|占比|比例|强度|份额|覆盖面|达标面/;

/** Names of a growth: a percentage of one of these is a change whatever the verb (`涨幅控制在3%`). */
const GROWTH_NAME =
  /涨幅|价格|物价|通胀|CPI|增速|增幅|降幅|增长|增量|减少|下降|提高|提升|上涨|回落|节约|降低|减排|减量|压减/;

/** Verbs of a stock held at a time: what they reach is a level at the span's end. */
const STOCK = new Set(['惠及', '覆盖', '积累', '积累了', '拥有', '参保']);
const STOCK_NAME = /惠及|覆盖|积累|拥有/;

/** Verbs that change a count of things (`减少1000万人`), as opposed to making them (`新建`). */
const COUNT_CHANGE = /^(?:减少|减少了|增加|增加了|下降|下降了|增长|增长了)$/;

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
      // `80%的中小学…`: a percentage of the things named after it; `占全省28%`: a part of a whole;
      // `优良天数保持在93%`: a proportion reached, unless what is named is itself a growth (`涨幅`).
      if (change) kind = 'change';
      else if (form === 'B' || SHARE_NAME.test(name) || /占/.test(name) || pred.words.includes('占'))
        kind = 'share';
      else kind = GROWTH_NAME.test(name) ? 'change' : 'share';
      break;
    case 'points':
      kind = 'change';
      break;
    case 'ratio':
      // `2.31:1`, `四成`: a proportion; `偏多六成`: a change by a proportion.
      kind = change ? 'change' : 'share';
      break;
    case 'count':
      // `贫困人口减少1650万人`: a count changed by, not things counted.
      // `增加1万个车位` makes things (a count); `再减少贫困人口1000万人` changes a count.
      if (form === 'A')
        kind =
          change && !/新增|净增/.test(name) && pred.words.some((w) => COUNT_CHANGE.test(w))
            ? 'change'
            : 'count';
      else kind = form === 'C' && /^再?(?:减少|下降)/.test(name) ? 'change' : 'count';
      break;
    case 'time':
      // `优良天数达到290天`: days counted.
      kind = change ? 'change' : /天数|日数/.test(name) ? 'count' : 'level';
      break;
    default:
      kind = change ? 'change' : 'level';
  }
  // `每年减轻负担超过…`, `年均增幅超过…`: a yearly amount over a span, even when reached.
  const flow =
    pred.words.includes('累计') ||
    pred.words.includes('年均') ||
    pred.words.includes('平均') ||
    /年均|每年/.test(name);
  // `惠及4亿人`, `覆盖24%的县`, `基金积累7810亿元`: a stock at the end of the span.
  const stock = pred.words.some((w) => STOCK.has(w)) || (form !== 'A' && STOCK_NAME.test(name));
  const reached = pred.reach || pred.compareBase || pred.words.some((w) => REACHED.has(w)) || stock;
  return { kind, isState: (form === 'A' || stock) && reached && !flow };
}

export function qualifierOf(m: Mention, pred: Predicate): Qualifier {
  if (m.after) return m.after;
  if (m.more) return 'above';
  return pred.qualifier ?? 'exact';
}
