// Units written after a number. Only a number followed by a known unit can be
// an indicator: that one list keeps out codes and names (`12345热线`, `5G`,
// `三大攻坚战`, `十九大`, `4A级`) without naming any of them.

/** How a unit behaves: what kind of indicator it makes and whether it is one at all. */
export type UnitClass =
  | 'percent' // %, ‰
  | 'points' // 个百分点
  | 'times' // 倍
  | 'ratio' // 2.31:1, and 成 (tenths): a proportion
  | 'measure' // money, weight, area, length, energy, age …
  | 'time' // 天, 小时: a duration
  | 'count' // classifiers: 个, 家, 户, 名 …
  | 'date'; // 年, 月, 日, 周年: dates and spans, never an indicator

const UNITS: ReadonlyArray<readonly [UnitClass, string]> = [
  ['percent', '% ‰'],
  ['points', '个百分点 百分点'],
  ['times', '倍'],
  ['ratio', '成'],
  [
    'measure',
    '元 美元 欧元 港元 日元 英镑 斤 公斤 千克 克 吨 吨标准煤 标准煤 亩 公顷 平方公里 平方千米 平方米 立方米 ' +
      '公里 千米 米 千瓦 千瓦时 兆瓦 兆瓦时 吉瓦 瓦 度 标箱 标准箱 TEU 岁 周岁 微克/立方米 毫克/升 毫米 厘米 ' +
      '吨公里 人公里 立方米/秒 吨/日 吨/天 吨/年 立方米/日 立方米/天 千瓦时/年',
  ],
  ['time', '天 小时 分钟 个工作日 工作日'],
  [
    'count',
    '个 家 户 名 人 人次 户次 位 项 件 座 条 所 部 颗 套 套(间) 辆 辆次 台 台套 艘 艘次 架 架次 列 车次 航次 班次 次 场 场次 期 类 批次 批 例 ' +
      '张 篇 处 间 栋 幢 宗 份 只 头 株 棵 种 款 对 枚 根 盏 本 册 支 门 趟 班 片 块 起',
  ],
  ['date', '年 年度 个月 月 日 周年 周 届 季度'],
];

const UNIT_CLASS = new Map<string, UnitClass>();
for (const [cls, list] of UNITS) for (const u of list.split(' ')) UNIT_CLASS.set(u, cls);

/** Units by first character, longest first, so `个百分点` wins over `个`. */
const BY_FIRST = new Map<string, string[]>();
for (const u of UNIT_CLASS.keys()) {
  const list = BY_FIRST.get(u.charAt(0)) ?? [];
  list.push(u);
  BY_FIRST.set(u.charAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

export interface UnitMatch {
  unit: string;
  cls: UnitClass;
  end: number;
}

/** The unit written at `pos` of the (width-folded) text, longest match. */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  const list = BY_FIRST.get(text.charAt(pos));
  if (!list) return null;
  for (const u of list) {
    if (text.startsWith(u, pos)) {
      const cls = UNIT_CLASS.get(u);
      if (cls === undefined) return null;
      return { unit: u, cls, end: pos + u.length };
    }
  }
  return null;
}

/** `元/吨`, `万吨/日`: a rate unit, read as one (`/` then what the amount is per). */
const PER = /^\/(?:平方米|立方米|千瓦时|公斤|小时|人|户|吨|亩|日|天|秒|年|月|斤|次|件|台|个)/;

export function matchPer(text: string, pos: number): number {
  const m = PER.exec(text.slice(pos, pos + 5));
  return m ? pos + m[0].length : pos;
}

/** Multipliers written between an Arabic number and its unit; they stay in the unit (`1.13万户`). */
export const MAGNITUDES = ['万亿', '千万', '百万', '亿', '万'] as const;

export function matchMagnitude(text: string, pos: number): string | null {
  for (const m of MAGNITUDES) if (text.startsWith(m, pos)) return m;
  return null;
}

// Nouns for people: `15万城乡居民` counts people (unit `万人`) though no classifier is written.
const PERSON_NOUNS = [
  '人',
  '居民',
  '群众',
  '农民',
  '职工',
  '学生',
  '党员',
  '干部',
  '劳动力',
  '游客',
  '老人',
  '儿童',
  '患者',
  '员工',
  '毕业生',
  '青年',
  '妇女',
  '市民',
  '村民',
  '师生',
  '教师',
  '医生',
  '志愿者',
  '残疾人',
  '老年人',
  '孩子',
  '学子',
  '家庭成员',
];
/** How far after the number a person noun may end. */
const PERSON_WINDOW = 12;

/** Whether the noun phrase at `pos` (up to punctuation) names people. */
export function startsPersonNoun(text: string, pos: number): boolean {
  const end = Math.min(text.length, pos + PERSON_WINDOW);
  let stop = pos;
  while (stop < end && !/[\s，。；、：！？,.;:!?（）()“”"]/.test(text.charAt(stop))) stop++;
  const phrase = text.slice(pos, stop);
  return PERSON_NOUNS.some((w) => phrase.includes(w));
}

/** A qualifier written right after a number and its unit. */
export interface TrailingQualifier {
  qualifier: 'approx' | 'above' | 'below';
  end: number;
}

const TRAILING: ReadonlyArray<readonly [string, TrailingQualifier['qualifier']]> = [
  ['左右', 'approx'],
  ['上下', 'approx'],
  ['以上', 'above'],
  ['之上', 'above'],
  ['多', 'above'],
  ['余', 'above'],
  ['以内', 'below'],
  ['之内', 'below'],
  ['以下', 'below'],
];

export function matchTrailingQualifier(text: string, pos: number): TrailingQualifier | null {
  for (const [word, qualifier] of TRAILING) {
    if (text.startsWith(word, pos)) {
      // `多` and `余` only as a suffix, not the start of a word (`多个`, `余额`).
      if ((word === '多' || word === '余') && /[个种项家元额年]/.test(text.charAt(pos + 1))) return null;
      return { qualifier, end: pos + word.length };
    }
  }
  return null;
}
