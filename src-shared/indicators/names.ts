// Names of what is measured, cut from the text around the number: the
// subject before it (`地方税收收入达…`), the noun after it (`322个贫困村`), or
// one item of a list (`固定资产投资、规模工业增加值…分别增长…`).

import { splitPredicate } from './predicate';

/** Longest name kept (characters); longer subjects keep their end, where the head noun is. */
export const MAX_NAME = 40;

const LEADING = new RegExp(
  // `今年的经济增长目标`, `参与的5项成果`: a 的 left by the cut belongs to what came before.
  '^(?:[，、,;；:：。\\s]|的(?!士)|使(?![用命])|把(?![握关])|将(?![军来士])|和|与|及|以及|并且|并|是|其中|同时|另外|此外|另|全年|今年|去年|当年|年内|力争|确保|预计|争取|努力|' +
    // `举办群众赛事活动`, `开展各类阅读活动`: holding it is not what is counted.
    '举办|举行|开展好?|各类|各种|实现(?=.{2})|' +
    // `今年要再解决…`, `去年又人均提高`, `共资助学生`: modal and adverb, not the noun (共建, 共享, 要素 stay).
    '要再?(?![素求点件闻案害职务])(?=.{2})|又(?=.{2})|共(?![建享同有青产商性识])(?=.{2})|' +
    '从?[0-9０-９]{4}\\s*年(?:起|以来|底|末|前)?|到[0-9０-９]{4}\\s*年(?:底|末)?|连续[0-9０-９一二三四五六七八九十]+年|' +
    '“?十[一二三四五六七八九]?五”?(?:时期|期间|末)?)',
);
const TRAILING = /(?:[，、,;；:：\s]|等|的)$/;
/** Connectors left at the end of a noun cut short by the next number (`1.7万个党组织和37万名党员`). */
const CONNECTOR = /(?:和|与|及|以及|或)$/;

function collapseSpaces(s: string): string {
  // Spaces only separate Latin words; around Chinese they are layout (`全市 GDP 总量`).
  return s.replace(/\s+/g, (m, offset: number, all: string) => {
    const before = all.charAt(offset - 1);
    const after = all.charAt(offset + m.length);
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}

/** Trims connectors, time phrases and status words off both ends. */
export function cleanName(raw: string): string {
  let s = collapseSpaces(raw);
  for (let guard = 0; guard < 8; guard++) {
    const m = LEADING.exec(s);
    if (!m || m[0].length === 0 || m[0].length >= s.length) break;
    s = s.slice(m[0].length);
  }
  for (let guard = 0; guard < 4 && TRAILING.test(s) && s.length > 1; guard++) s = s.replace(TRAILING, '');
  // `全国财政用于教育支出五年`: over how many years, not what.
  s = s.replace(
    /(?<=.{4})(?:近|过去|连续|已连续)?(?:(?<![0-9.])[0-9]{1,2}|[一二三四五六七八九十两]+)年(?:来|间|里)?$/u,
    '',
  );
  // Nothing but marks and particles (`参与的`, cut after its 与) names nothing.
  if (/^[\s，、,;；:：。的之]*$/.test(s) || s === '使') return '';
  // `住上了新房`: the aspect particle after a verb says nothing about what is measured (`了不起`, `事了` stay).
  s = s.replace(/(?<=[上到出成现决偿免离备造献行圆])了(?=[\u4e00-\u9fff])/gu, '');
  // A quotation mark whose partner lies outside the name (`以“1家国家实验室`).
  if (s.startsWith('“') && !s.includes('”')) s = s.slice(1);
  if (s.endsWith('”') && !s.includes('“')) s = s.slice(0, -1);
  // `航空双枢纽时隔5年旅客吞吐量`, `耕地面积连续4年净增`: how long, not what.
  s = s.replace(/(?<=.{2})(?:时隔|连续)[0-9０-９一二三四五六七八九十]+年(?=.{2})/u, '');
  // `科技园累计入驻企业`: how it was counted is not what is counted.
  if (s.length > 6) s = s.replace(/(.{2,})累计(?=.{2})/u, '$1');
  return s;
}

/** The subject of a number, shortened to its category after `等` (`比亚迪、华侨城等“三类500强”企业项目`). */
export function subjectName(raw: string): string {
  let s = cleanName(raw);
  // Not the 等 of a word (`高等院校`, `中等职业学校`, `平等`).
  const cut = Math.max(s.search(/(?<![高中初平同均对])等(?!级)(?!.*等)/u), s.lastIndexOf('》'));
  if (cut >= 0 && s.length - cut - 1 >= 2) s = cleanName(s.slice(cut + 1));
  if (s.length > MAX_NAME) s = s.slice(s.length - MAX_NAME);
  return s;
}

/** The noun after a number (`322个贫困村全部出列` → `贫困村全部出列`), up to the clause's end or the next number. */
export function nounAfter(raw: string, beforeNumber: boolean): string {
  // `100条城市画廊实现绿化彩化`: the noun and what is done to it, without the linking verb.
  let s = cleanName(raw.replace(/^[\s的之]+/u, '')).replace(/^(.{2,}?)(?:实现|完成|实施)(?=.{2})/u, '$1');
  // `147个国考断面水质优良率达98.6%`: the noun runs into the next number's predicate; its verb is not part of it.
  if (beforeNumber) s = cleanName(splitPredicate(s.replace(CONNECTOR, '')).subject);
  // `突破2万亿元大关`: a threshold is a figure of speech, not what is measured.
  if (/^(?:大关|关口|台阶)/u.test(s)) return '';
  if (s.length > MAX_NAME) s = s.slice(0, MAX_NAME);
  return s;
}

/** What precedes a number that a noun follows: `全市`, `与“一带一路”沿线`, after any `等` or `、`. */
export function prefixBefore(raw: string): string {
  const cut = Math.max(...['等', '、', '》', '和', '与'].map((c) => raw.lastIndexOf(c)));
  const prefix = cleanName(cut >= 0 ? raw.slice(cut + 1) : raw);
  return prefix.length > MAX_NAME / 2 ? prefix.slice(prefix.length - MAX_NAME / 2) : prefix;
}

// Words where the noun after a number stops and its predicate starts, to name
// items that a later `分别` refers back to (`28个省重点项目进展顺利` → `省重点项目`).
const PREDICATE_START =
  /进展|全部|顺利|稳步|加快|实现|得到|正式|成功|基本|有序|投入|建成|开工|进入|入选|获批|落地|完成/;

export function headNoun(noun: string): string {
  const m = PREDICATE_START.exec(noun);
  return m && m.index >= 2 ? noun.slice(0, m.index) : noun;
}

/** Two measures written as one word, and their parts. */
const FUSED: ReadonlyArray<readonly [string, string, string]> = [
  ['城乡居民', '城镇居民', '农村居民'],
  ['城乡', '城市', '农村'],
  ['产销', '产', '销'],
  ['进出口', '进口', '出口'],
  ['存贷款', '存款', '贷款'],
];
/** The measure that ends a list item: `起数`, `人数`. */
const MEASURE_END = /(?:起数|人数|件数|次数|户数|个数|件次|人次)$/;

/** What a list's last item measures, shared by the items before it. */
const MEASURE_TAIL =
  /(?:起数|件数|次数|户数|个数|排放量|运营里程|通车里程|里程|抽检合格率|合格率|普及率|覆盖率|达标率|产量|销量|营业收入|收入|总额|增加值|产值|规模|投资|标准|比重|人数|数量|增速|增幅|零售额|销售额|种植面积|收购价|比例)$/;

let words: Intl.Segmenter | null = null;

/**
 * The first word of `s` (`居民` of `居民住院报销比例`, `可` of `可吸入颗粒物`), by the
 * platform's dictionary; empty when the word after it is a single character, a
 * sign the dictionary split a longer word (`天然/气/产量`).
 */
function firstWord(s: string): string {
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const [first, second] = Array.from(words.segment(s), (w) => w.segment);
  return first && second && second.length >= 2 ? first : '';
}

/**
 * Names for `k` values distributed over a list subject (`A、B、C分别…`), or
 * null when the subject does not list `k` items. Items share what the list
 * leaves implicit: `国、省专精特新企业` is 国专精特新企业 and 省专精特新企业;
 * `国家级、省级实验室` is 国家级实验室 and 省级实验室;
 * `公办幼儿园、普惠性幼儿园在园幼儿比例` is 公办幼儿园在园幼儿比例 and ….
 */
export function listNames(subject: string, k: number): string[] | null {
  let parts = subject.split('、').map((p) => p.trim());
  // `城镇和农村居民人均收入`: two items joined by 和 (only when the list has no 、); the
  // first stands for the head of the second (`城镇` for `农村`), the rest is shared.
  const joined = parts.length === 1 && k === 2 && subject.includes('和');
  if (joined) parts = subject.split('和').map((p) => p.trim());
  // `“保交楼”“保交房”交付率`: quoted names side by side, sharing what follows them.
  const quoted = /^((?:“[^”]+”){2,})(.*)$/u.exec(subject);
  if (parts.length === 1 && quoted) {
    const names = (quoted[1] ?? '').match(/“[^”]+”/gu) ?? [];
    if (names.length === k) return names.map((n) => cleanName(n + (quoted[2] ?? '')));
  }
  // `A、B和C`: the last two items joined by 和.
  const lastPart = parts[parts.length - 1] ?? '';
  if (!joined && k >= 3 && parts.length === k - 1 && lastPart.split('和').length === 2)
    parts = [...parts.slice(0, -1), ...lastPart.split('和').map((p) => p.trim())];
  // `城乡低保标准`, `产销量`, `进出口额`: two measures fused in one word.
  if (parts.length === 1 && k === 2) {
    for (const [fused, a, b] of FUSED) {
      const at = subject.indexOf(fused);
      if (at >= 0) {
        const head = subject.slice(0, at);
        const rest = subject.slice(at + fused.length);
        return [cleanName(head + a + rest), cleanName(head + b + rest)];
      }
    }
  }
  if (parts.length !== k || k < 2 || parts.some((p) => p.length === 0)) return null;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  return parts.map((part, i) => {
    if (i === parts.length - 1) {
      // `生产安全事故起数、死亡人数`: a short last item belongs to the first item's head.
      const own = MEASURE_END.exec(first) ?? MEASURE_TAIL.exec(first);
      const measure = MEASURE_END.test(part) || MEASURE_TAIL.exec(part)?.index === 0;
      if (i > 0 && own && own.index >= 2 && part.length <= 4 && measure)
        return cleanName(first.slice(0, own.index) + part);
      return cleanName(part);
    }
    // `国、省专精特新企业`: a one-character item shares everything after the last item's first character.
    if (part.length === 1 && last.length > 2) return cleanName(part + last.slice(1));
    // `国家级、省级实验室`: a short item ending in a grade shares what follows the grade in the last one.
    const grade = part.length <= 3 ? /[级类型]$/.exec(part)?.[0] : undefined;
    const at1 = grade ? last.indexOf(grade) : -1;
    if (at1 > 0 && at1 <= 2 && at1 + 1 < last.length) return cleanName(part + last.slice(at1 + 1));
    const key = part.slice(-2);
    const at = key.length === 2 ? last.lastIndexOf(key) : -1;
    if (at >= 0 && at + 2 < last.length) return cleanName(part + last.slice(at + 2));
    if (joined && part.length <= 3 && last.length > part.length + 1)
      return cleanName(part + last.slice(part.length));
    // `基本养老、基本医疗保险参保率`: after a shared start (基本), the item's word (养老)
    // stands for as long a word of the last (医疗), and shares what follows it.
    let common = 0;
    while (common < part.length && part.charAt(common) === last.charAt(common)) common++;
    const own = part.length - common;
    if (common >= 2 && own >= 2 && own <= 3 && last.length - common - own >= 2) {
      const rest = last.slice(common + own);
      if (MEASURE_TAIL.test(rest) || /率$/.test(rest)) return cleanName(part + rest);
    }
    // `汽车、家电、家具零售额`, `职工、居民住院报销比例`: a short item as long as the last
    // one's first word (a parallel item: 职工 for 居民) shares the measure after that word.
    // (From 行业/产业 when the word goes on: `汽车、有色金属行业增加值` is 汽车行业增加值.)
    const after = last.slice(part.length);
    const trade = after.search(/行业|产业/);
    const shared = trade > 0 ? after.slice(trade) : after;
    if (
      part.length >= 2 &&
      part.length <= 3 &&
      shared.length >= 2 &&
      MEASURE_TAIL.test(shared) &&
      !MEASURE_TAIL.test(part) &&
      firstWord(last).length === part.length
    )
      return cleanName(part + shared);
    // `二氧化硫、化学需氧量排放量`: an item with no measure of its own shares the next one's
    // (`农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理率`: 覆盖率).
    // (An item ending in a measure of its own, `原油加工量`, `治理率`, keeps it; 化学需氧量 is a substance.)
    if (!MEASURE_TAIL.test(part) && !/(?<!需氧)[率量额数值价]$/.test(part))
      for (const next of parts.slice(i + 1)) {
        const tail = MEASURE_TAIL.exec(next);
        if (tail && tail.index > 0) return cleanName(part + next.slice(tail.index));
      }
    return cleanName(part);
  });
}
