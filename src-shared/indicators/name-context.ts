// Names that lean on what was said before them in the sentence: an attribute
// (`总量`), a bare time or change (`去年`, `年均增长`), a second stage of a
// project (`完工`), a bare measure after a list mark (`、产量`); and subjects
// that are only an act, whose object names the value instead.

/** `高于全国`, `低于全省平均水平`: against the whole country or province. */
const VERSUS_WHOLE = '(?:高于|低于|快于|慢于)(?:全国|全省|全市|全区)(?:平均)?(?:水平)?';
/** `增速比城镇居民高`, `高于全国`: how fast (or how far) the thing before went, against something else. */
export const COMPARED_RATE = new RegExp(`^(?:(?:增速|增幅)(?=比|较|高于|低于|快于|慢于)|${VERSUS_WHOLE}$)`);
const ENDS_VERSUS_WHOLE = new RegExp(`${VERSUS_WHOLE}$`);
/** A name that compares what the value before measured (`…高于全国`): not a subject later values lean on. */
export function isComparison(name: string): boolean {
  return ENDS_VERSUS_WHOLE.test(name);
}
/** Subjects that only name an attribute of something said before (`总量`, `增速`). */
export const ATTRIBUTE =
  /^(?:总量|总额|总数|总值|总产|总规模|规模|(?:年均)?增速|(?:年均)?增幅|总投资|总金额|余额|占比|比重)$/;
/** Names that say only when or how, not what: `去年`, `2010年`, `年均增长`, `提高`. */
const BARE_NAME =
  /^(?:[0-9０-９]{4}\s*年(?:底|末)?|去年|今年|上年|当年|全年|年内|[一二三四]季度|上半年|下半年)?(?:年均|平均|同比|比上年|较上年)?(?:增长|增幅|增速|提高|下降|减少|增加|上升|提升|突破|超过|达到)?$/;
/** `发放社会救助资金118.7亿元、惠及310万人`: whom the thing before reached. */
const BARE_REACH = /^(?:惠及|覆盖|带动|受益)$/;
/** Stages of a project, which a list of counts walks through (`开工…、完工…`). */
const STAGE = /(开工|新开工|完工|竣工|建成|开通|投产|签约|落地|在建)$/;
const STAGE_ONLY = /^(?:基本)?(?:开工|新开工|完工|竣工|建成|开通|投产|签约|落地|在建)$/;
/** A stage first, then what it is of (`新开工保障性安居工程`). */
const STAGE_FIRST = /^(?:新开工|开工|基本建成|建成|完工|竣工)(?=.{2})/;

/** Measures that, alone after a list mark, are the measures of the item before's subject (`粮食播种面积…、产量…`). */
const BARE_MEASURE =
  /^(?:产量|总产量|产值|总产值|销量|面积|里程|总里程|收入|利润|投资|研发投入|增加值|议案|建议|提案|装机|装机容量|装机占比|发电量|人数|人次)$/;
/** The measure ending such an item: what comes before it is whose it is (`粮食` of `粮食播种面积`). */
const ITEM_MEASURE =
  /(?:播种面积|种植面积|面积|里程|净资产|营业收入|收入|利润|发电量|装机容量|产量|产值|增加值|议案|提案|投资|人数|人次)$/;
/** Verbs an item's name may start with, which are not part of its subject. */
const LEAD_VERB = /^(?:完成|新增|办理|实现|建成|新建|累计|净增)/;

/** The subject of a list item's name (`完成粮食播种面积` → `粮食`), or '' when it does not end in a measure. */
function itemSubject(name: string): string {
  const s = name.replace(LEAD_VERB, '');
  const m = ITEM_MEASURE.exec(s);
  return m && m.index >= 2 ? s.slice(0, m.index) : '';
}

/** Subjects that are only an act (`改造`, `拟安排`), not what is measured. */
export const ACTION_ONLY =
  /^(?:再|将|要|拟)?(?:改造|引导|促进|推动|带动|帮助|支持|扶持|吸引|解决|安排|启动|实施|推进|组织|开展|完成|建成|开工|新开工)$/;

/**
 * `继续实施退耕还林还草，今年拟安排500万亩`: an act with no object is named by what
 * the clause before carries out (less the carrying out), when that clause is
 * about one thing (no number of its own); a project's stage is left as it is.
 */
export function actedOn(name: string, prevTopic: string): string {
  if (!ACTION_ONLY.test(name) || STAGE_ONLY.test(name.replace(/^[再将要拟]/u, '')) || /[0-9]/.test(prevTopic))
    return name;
  const s = prevTopic.replace(/^(?:继续|持续|深入|全面|大力)?(?:实施|推进|推动|开展|发挥)?/u, '');
  return s.length >= 2 ? s : name;
}

/** `居住的城镇棚户区`, `在中西部地区就近城镇化`: the object, less what qualifies it before `的` or `在`. */
export function objectNoun(noun: string): string {
  const at = noun.lastIndexOf('的');
  const s = at >= 0 && noun.length - at - 1 >= 2 ? noun.slice(at + 1) : noun;
  return s.replace(/^[在为对向]/, '');
}

/**
 * A subject-form name completed from the sentence so far: `lastSubject` is the
 * name of the value before in the sentence, `prevTopic` what the clause before
 * is about, `pre` the text between the value before and this one.
 */
export function withContext(name: string, pre: string, lastSubject: string, prevTopic: string): string {
  // `改造开工742个、完工548个`: a second stage of what the value before counted.
  const stage = STAGE.exec(lastSubject);
  if (stage && STAGE_ONLY.test(name) && stage[1] !== name && stage.index >= 2)
    name = lastSubject.slice(0, stage.index) + name;
  // `新开工保障性安居工程660万套，基本建成540万套`: the same, the stage written first.
  const first = STAGE_FIRST.exec(lastSubject);
  if (first && STAGE_ONLY.test(name) && first[0] !== name) name += lastSubject.slice(first[0].length);
  // `粮食播种面积746万亩、产量330万吨`: a bare measure after a list mark is the item before's subject's (粮食产量).
  if (/^\s*、/.test(pre) && BARE_MEASURE.test(name)) {
    const subject = itemSubject(lastSubject);
    if (subject) name = subject + name;
  }
  if (BARE_REACH.test(name) && lastSubject) return lastSubject + name;
  // `去年达到…`, `2010年比上年减少…`, `年均增长…`: no subject of its own; the sentence's topic is.
  if (BARE_NAME.test(name)) {
    const topic = lastSubject || prevTopic;
    if (topic) name = name.startsWith('年均') && name.length > 2 ? topic + name : topic;
  }
  return name;
}
