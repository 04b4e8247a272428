// The words between what is measured and its number: `达`, `增长`, `提高到`,
// `突破`, `控制在`, and adverbs such as `年均`, `分别`, `均`, `较2015年`.
// Peeling them off the end of the text before a number leaves the subject,
// and what was peeled says the kind, the qualifier and whether the value is a
// state at the end of a period or a flow over it.

type Role = 'reach' | 'change' | 'above' | 'below' | 'approx' | 'adverb' | 'each' | 'plain';

const WORDS: ReadonlyArray<readonly [Role, string]> = [
  // Reaching a level: the value is a state (`提高到 65.6%`).
  [
    'reach',
    '达到了 达到 达 提高到 提高至 提升到 提升至 增加到 增加至 增长到 增长至 增至 上升到 上升至 升至 ' +
      '下降到 下降至 降至 降低到 降低至 减少到 减少至 减至 扩大到 扩大至 缩小到 缩小至 缩短到 缩短至 ' +
      '保持在 保持 稳定在 稳定 维持在 稳居 实现 跃居 跨越 按 拟按 ' +
      '调整到 调整至 回落到 回落至 回升到 回升至 跨上 迈上 站上 登上 跃上 ' +
      // `补助标准提高到人均320元`: the standard is per person; the name is the standard's.
      '提高到人均 提高至人均 增加到人均 增加至人均 提升到人均 提升至人均 达到人均',
  ],
  // Changing by: the value is a difference (`增长 7.4%`, `下降 79.4%`).
  [
    'change',
    '增长了 增长 增加了 增加 增 减量 偏多 偏少 提高了 提高 提升了 提升 上升 上涨 回升 下降了 下降 下跌 降低了 降低 减少了 减少 压减 压缩 缩减 削减 回落 扩大 缩小 缩短 翻',
  ],
  ['above', '突破 超过了 超过 超 逾 过 破 不低于 不少于 高于 多于 至少 大于'],
  ['below', '控制在 不超过 不高于 低于 少于 小于'],
  ['approx', '约为 约 大约 近 接近 将近'],
  ['each', '分别为 分别 均为 均 都 都要 均要 都将 均将'],
  [
    'adverb',
    '年均 平均 同比 环比 实际 名义 比上年 较上年 比去年 较去年 累计 共计 共 合计 总计 全年 当年 每年 再 又 已经 已 将 ' +
      '力争 确保 预计 拟 持续 继续 基本 总体 进一步 可 就 也 还 仍 为 是 在 有 共有 占 了 要 ' +
      // `首次突破万亿元`, `在全国率先突破`, `大幅增长`: when and how, not what.
      '首次 再次 率先 大幅 大幅度 逐步 在全国 在全省 在全区 ' +
      // `目标定为7.5%`, `拟定为13%`, `定在7.5%`: a target set, not part of its name.
      '定为 拟定为 确定为 设定为 定在',
  ],
];

const ROLE = new Map<string, Role>();
for (const [role, list] of WORDS) for (const w of list.split(' ')) if (!ROLE.has(w)) ROLE.set(w, role);
const BY_LAST = new Map<string, string[]>();
for (const w of ROLE.keys()) {
  const list = BY_LAST.get(w.charAt(w.length - 1)) ?? [];
  list.push(w);
  BY_LAST.set(w.charAt(w.length - 1), list);
}
for (const list of BY_LAST.values()) list.sort((a, b) => b.length - a.length);

/** `较2015年`, `比上年末`, `与2020年相比`: a comparison base, which makes a change a state at the end of a span. */
const COMPARE_BASE =
  /(?:较|比|同)\s*(?:[0-9]{4}\s*年|上年|去年|[五十]年前|前[一二三四五十]年)(?:底|末|同期)?\s*$/;
/** `连续4年`, `近三年`: how long, not what. */
const STREAK = /(?:连续|近|已连续)\s*[0-9一二三四五六七八九十]+\s*年(?:来)?\s*$/;
/** Words ending in 过 that are not `过` (more than): 通过, 经过, 跨过 …. */
const NOT_OVER = /[通经不度超越错路闯跨难放看]$/;
/** Words ending in 破 that are not `破` (more than, `破亿`): 打破, 攻破 …. */
const NOT_BREAK = /[打攻冲爆击识看说]$/;

export interface Predicate {
  /** What remains before the peeled words, trimmed. */
  subject: string;
  /** The words peeled, last first. */
  words: string[];
  reach: boolean;
  change: boolean;
  /** 分别/均: the value (or values) is distributed over a list in the subject. */
  each: boolean;
  compareBase: boolean;
  qualifier: 'approx' | 'above' | 'below' | null;
}

/** Peels predicate words and adverbs off the end of `pre`. */
export function splitPredicate(pre: string): Predicate {
  let s = pre.replace(/\s+$/u, '');
  const words: string[] = [];
  let reach = false;
  let change = false;
  let each = false;
  let compareBase = false;
  let qualifier: Predicate['qualifier'] = null;
  for (let guard = 0; guard < 12 && s.length > 0; guard++) {
    const base = COMPARE_BASE.exec(s);
    if (base) {
      compareBase = true;
      words.push(base[0]);
      s = s.slice(0, base.index).replace(/\s+$/u, '');
      continue;
    }
    const streak = STREAK.exec(s);
    if (streak) {
      words.push(streak[0]);
      s = s.slice(0, streak.index).replace(/\s+$/u, '');
      continue;
    }
    let word = (BY_LAST.get(s.charAt(s.length - 1)) ?? []).find((w) => s.endsWith(w));
    if (word === undefined) break;
    // `平均为`, `人均达`: the 均 belongs to the name's 平均/人均, only the rest is peeled.
    if (word.length > 1 && word.startsWith('均') && /[人平年]$/.test(s.slice(0, -word.length)))
      word = word.slice(1);
    if (word === '过' && NOT_OVER.test(s.slice(0, -1))) break;
    if (word === '破' && NOT_BREAK.test(s.slice(0, -1))) break;
    // `人均`, `平均` are parts of a name (`人均可支配收入`) when they end it.
    if (word === '均' && /[人平年]$/.test(s.slice(0, -1))) break;
    // `新增`, `净增`, `倍增` are verbs of their own: what they take is counted, not changed by.
    if (word === '增' && /[新净倍]$/.test(s.slice(0, -1))) break;
    const role = ROLE.get(word);
    words.push(word);
    if (role === 'reach') reach = true;
    else if (role === 'change') change = true;
    else if (role === 'each') each = true;
    else if (role === 'above' || role === 'below' || role === 'approx') qualifier ??= role;
    s = s.slice(0, -word.length).replace(/\s+$/u, '');
  }
  return { subject: s, words, reach, change, each, compareBase, qualifier };
}

export function isChangeVerb(word: string): boolean {
  return ROLE.get(word) === 'change';
}

/** Whether the peeled words held a verb (not only adverbs): the number completes a predicate. */
export function hasVerb(p: Predicate): boolean {
  return (
    p.words.some((w) => {
      const role = ROLE.get(w);
      return role !== undefined && role !== 'adverb' && role !== 'each';
    }) || p.compareBase
  );
}
