import { describe, expect, it } from 'vitest';
import { report, rows } from './helpers';
import {
  cleanName,
  headNoun,
  listNames,
  nounAfter,
  prefixBefore,
  subjectName,
} from '../../../src-shared/indicators/names';

describe('cleanName', () => {
  it('drops layout spaces around Chinese but keeps them between Latin words', () => {
    expect(cleanName('全省 CPI 涨幅')).toBe('全省CPI涨幅');
    expect(cleanName('Smart City 项目')).toBe('Smart City项目');
  });

  it('drops a leading 举办, 开展 or 各类: holding it is not what is counted', () => {
    expect(cleanName('举办群众赛事活动')).toBe('群众赛事活动');
    expect(cleanName('开展各类阅读活动')).toBe('阅读活动');
    expect(cleanName('开展好国家新型城镇化试点')).toBe('国家新型城镇化试点');
    // Inside a name it stays.
    expect(cleanName('竣工各类保障房')).toBe('竣工各类保障房');
  });

  it('drops leading connectors, time phrases and status words', () => {
    expect(cleanName('，并力争外贸进出口')).toBe('外贸进出口');
    expect(cleanName('到2027年数字经济规模')).toBe('数字经济规模');
    expect(cleanName('连续5年旅游人次')).toBe('旅游人次');
  });

  it('is empty for punctuation alone', () => {
    expect(cleanName('、')).toBe('');
  });

  it('drops a 的 left at the start by the cut, and names nothing with particles alone', () => {
    expect(cleanName('的经济增长目标')).toBe('经济增长目标');
    expect(cleanName('的')).toBe('');
    expect(prefixBefore('我区参与的')).toBe('');
  });

  it('drops a quotation mark whose partner is outside', () => {
    expect(cleanName('“智慧农场')).toBe('智慧农场');
    expect(cleanName('科技园”')).toBe('科技园');
    expect(cleanName('“两型”企业')).toBe('“两型”企业');
  });
});

describe('subjectName', () => {
  it('keeps the category after 等', () => {
    expect(subjectName('建成滨江公园、植物园等城市公园')).toBe('城市公园');
  });
});

describe('nounAfter and prefixBefore', () => {
  it('takes the noun after a number, dropping 的', () => {
    expect(nounAfter('的行政村通了客车', false)).toBe('行政村通了客车');
  });

  it('drops a connector before the next number', () => {
    expect(nounAfter('卫生院和', true)).toBe('卫生院');
  });

  it('keeps what stands before the number after the last list mark', () => {
    expect(prefixBefore('新建学校、全县')).toBe('全县');
    expect(prefixBefore('与东盟')).toBe('东盟');
  });

  it('cuts a noun at its predicate for back references', () => {
    expect(headNoun('市级重点工程进展顺利')).toBe('市级重点工程');
  });
});

describe('listNames', () => {
  it('gives each item of a list its own name', () => {
    expect(listNames('工业用电量、货运量', 2)).toEqual(['工业用电量', '货运量']);
  });

  it('shares the tail the list leaves implicit', () => {
    expect(listNames('城市污水、农村污水处理率', 2)).toEqual(['城市污水处理率', '农村污水处理率']);
  });

  it('expands one-character parallel items (省、市级…)', () => {
    expect(listNames('省、市级示范社区', 2)).toEqual(['省级示范社区', '市级示范社区']);
  });

  it('expands short items that end in a grade (国家级、省级…)', () => {
    expect(listNames('国家级、省级孵化器', 2)).toEqual(['国家级孵化器', '省级孵化器']);
  });

  it('lets an item with no measure of its own share the last item’s', () => {
    expect(listNames('税收、社保收入', 2)).toEqual(['税收收入', '社保收入']);
    expect(listNames('甲醛、可吸入颗粒物排放量', 2)).toEqual(['甲醛排放量', '可吸入颗粒物排放量']);
  });

  it('lets short parallel items share the measure after the last item’s first word', () => {
    expect(listNames('汽车、家电、通讯、家具零售额', 4)).toEqual([
      '汽车零售额',
      '家电零售额',
      '通讯零售额',
      '家具零售额',
    ]);
    expect(listNames('职工、居民住院报销比例', 2)).toEqual(['职工住院报销比例', '居民住院报销比例']);
    expect(listNames('汽车、有色金属行业增加值', 2)).toEqual(['汽车行业增加值', '有色金属行业增加值']);
    // Not when the last item's first word is longer or shorter (可 of 可吸入颗粒物).
    expect(listNames('甲醛、可吸入颗粒物排放量', 2)).toEqual(['甲醛排放量', '可吸入颗粒物排放量']);
  });

  it('gives a short last measure the first item’s head (旅游人数和收入)', () => {
    expect(listNames('旅游人数和收入', 2)).toEqual(['旅游人数', '旅游收入']);
    expect(listNames('信访总量件次、人次', 2)).toEqual(['信访总量件次', '信访总量人次']);
  });

  it('leaves items alone when each has its own measure', () => {
    expect(listNames('粮食产量、生猪出栏数', 2)).toEqual(['粮食产量', '生猪出栏数']);
  });

  it('is null when the list does not have as many items as values', () => {
    expect(listNames('地区生产总值', 2)).toBeNull();
  });
});

describe('extract: names from the topic of the sentence', () => {
  it('names a value whose subject is only a time or a verb by the clause before', () => {
    const r = rows(
      report(['茶叶产量连年攀升，去年达到8.6万吨。', '出口退税连续三年下降，2023年比上年减少3.1%。']),
    );
    expect(r[0]?.name.startsWith('茶叶产量')).toBe(true);
    expect(r[1]?.name).toBe('出口退税');
  });
  it('gives a yearly growth the subject it belongs to', () => {
    const r = rows(report(['科技投入累计达到120亿元，年均增幅超过15%。']));
    expect(r.map((x) => x.name)).toEqual(['科技投入', '科技投入年均增幅']);
  });
});

describe('names: acts, linking verbs and fused measures', () => {
  it('names an act by what it acts on', () => {
    const r = rows(report([], ['今年改造约5万户居住的老旧平房。']));
    expect(r[0]?.name).toBe('老旧平房');
  });
  it('drops a linking verb between a noun and what is done to it', () => {
    const r = rows(report(['60条背街小巷实现雨污分流。']));
    expect(r[0]?.name).toBe('背街小巷雨污分流');
  });
  it('splits a fused pair of measures over two values', () => {
    expect(listNames('城乡低保标准', 2)).toEqual(['城市低保标准', '农村低保标准']);
    expect(listNames('城乡居民收入', 2)).toEqual(['城镇居民收入', '农村居民收入']);
    expect(listNames('整车产销量', 2)).toEqual(['整车产量', '整车销量']);
  });
  it('gives a short last item the first item’s head', () => {
    expect(listNames('道路交通事故起数、受伤人数', 2)).toEqual(['道路交通事故起数', '道路交通事故受伤人数']);
  });
});

describe('names: list tails and stages', () => {
  it('lets the items before `等` share what follows it', () => {
    const r = rows(report([], ['压减粗钢300万吨、焦炭200万吨等过剩产能。']));
    expect(r.map((x) => x.name)).toEqual(['压减粗钢过剩产能', '焦炭过剩产能']);
  });
  it('names a later stage by what the earlier one counted', () => {
    const r = rows(report(['危桥改造开工120座、完工95座。']));
    expect(r.map((x) => x.name)).toEqual(['危桥改造开工', '危桥改造完工']);
  });
});

describe('names: one predicate over a list of counts', () => {
  it('gives each listed count the predicate after the last', () => {
    const r = rows(report(['12座公园、30条河道实现智慧管护。']));
    expect(r.map((x) => x.name)).toEqual(['公园智慧管护', '河道智慧管护']);
  });
});

describe('names the corpus got wrong', () => {
  it('a target set with 定为, 拟定为 or 定在 is named without the verb', () => {
    const r = rows(
      report(
        [],
        [
          '今年经济增长预期目标定为7.5%左右。',
          '广义货币M2预期增长目标拟定为13%左右。',
          '把增长预期目标定在7.5%左右。',
        ],
      ),
    );
    expect(r.map((x) => x.name)).toEqual(['经济增长预期目标', '广义货币M2预期增长目标', '增长预期目标']);
    expect(r.every((x) => x.status === 'target' && x.qualifier === 'approx')).toBe(true);
  });

  it('when and how a level was passed (首次, 率先, 时隔5年, 大幅) is not in its name', () => {
    const r = rows(
      report([
        '医药健康产业规模首次突破万亿元，林草产业总产值在全国率先突破万亿元大关。',
        '航空双枢纽时隔5年旅客吞吐量再次破亿、入境游客大幅增长186.8%。',
        '打破3项纪录。',
      ]),
    );
    expect(r.map((x) => x.name)).toEqual(
      expect.arrayContaining(['医药健康产业规模', '林草产业总产值', '航空双枢纽旅客吞吐量', '入境游客']),
    );
    expect(r.find((x) => x.name === '航空双枢纽旅客吞吐量')).toMatchObject({
      value: 1,
      unit: '亿人次',
      qualifier: 'above',
    });
    // 打破 is a verb of its own: nothing is `more than` 3 here.
    expect(r.find((x) => x.value === 3)).toMatchObject({ qualifier: 'exact' });
  });

  it('a second stage written alone takes what the first stage was of; a bare act takes the clause before', () => {
    const r = rows(
      report(
        ['新开工保障性安居工程660万套，基本建成540万套。'],
        ['继续实施退耕还林还草，今年拟安排500万亩。'],
      ),
    );
    expect(r.map((x) => x.name)).toEqual(['新开工保障性安居工程', '基本建成保障性安居工程', '退耕还林还草']);
    // A clause before with numbers of its own is not one topic: the act keeps its name.
    const other = rows(report([], ['基本建成500万套，今年拟安排300万套。']));
    expect(other.map((x) => x.name)).toContain('拟安排');
  });

  it('a comparison with the country, and whom a measure reached, name the value before', () => {
    const r = rows(
      report([
        '制造业技改投资增长20.4%、高于全国12.4个百分点，全年增长7%。',
        '发放社会救助资金118.7亿元、惠及310万人。',
      ]),
    );
    expect(r.map((x) => x.name)).toEqual([
      '制造业技改投资',
      '制造业技改投资高于全国',
      // The comparison is not the subject the next value leans on.
      '制造业技改投资',
      '发放社会救助资金',
      '发放社会救助资金惠及',
    ]);
  });

  it('a threshold (大关, 台阶) is not what is measured; a leading 实现 is not part of a name', () => {
    const r = rows(
      report([
        '全疆地区生产总值同比增长6.1%、突破2万亿元大关。',
        '经济总量跨上5万亿元台阶，实现城镇新增就业26万人。',
      ]),
    );
    expect(r.map((x) => x.name)).toEqual([
      '全疆地区生产总值',
      '全疆地区生产总值',
      '经济总量',
      '城镇新增就业',
    ]);
  });

  it('items sharing a growth rate (A、B增速均…) each take it; how many years in a row is not in a name', () => {
    const r = rows(report([], ['新雪季接待游客人次、出游总花费增速均达到20%以上。']));
    expect(r.map((x) => [x.name, x.kind])).toEqual([
      ['新雪季接待游客人次增速', 'change'],
      ['出游总花费增速', 'change'],
    ]);
    expect(cleanName('耕地面积连续4年净增')).toBe('耕地面积净增');
  });

  it('two whole measures joined by 和 each get the value, or one value each in turn', () => {
    const one = rows(report([], ['城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。']));
    expect(one.map((x) => [x.name, x.value, x.qualifier])).toEqual([
      ['城镇居民人均可支配收入', 7, 'above'],
      ['农村居民人均纯收入', 7, 'above'],
    ]);
    const two = rows(report(['城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%。']));
    expect(two.map((x) => [x.name, x.value])).toEqual([
      ['城镇居民人均可支配收入', 8.4],
      ['农村居民人均纯收入', 11.4],
    ]);
    // One measure of two things is one value.
    expect(rows(report(['货物和服务贸易进出口总额增长5%。'])).map((x) => x.name)).toEqual([
      '货物和服务贸易进出口总额',
    ]);
  });

  it('a 从…增加到… with no subject of its own takes the clause before; over how many years is not in a name', () => {
    const r = rows(report(['全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元。']));
    expect(r.map((x) => [x.name, x.value])).toEqual([
      ['全社会研究与实验发展经费', 1288],
      ['全社会研究与实验发展经费', 3664],
    ]);
    expect(cleanName('全国财政用于教育支出五年')).toBe('全国财政用于教育支出');
    expect(cleanName('贸易顺差连续两年')).toBe('贸易顺差');
    expect(cleanName('14.2025年民生实事')).toBe('14.2025年民生实事');
  });

  it('a share written 占全国 is the share of what came before; the 等 of 高等 does not cut a name', () => {
    const r = rows(report(['北京地区获评国家科学技术奖58项、占全国28.7%。新设高等院校7所。']));
    expect(r.map((x) => x.name)).toEqual([
      '北京地区获评国家科学技术奖',
      '北京地区获评国家科学技术奖占全国比重',
      '新设高等院校',
    ]);
  });

  it('a noun after a 的 or after a verb ending in 与 is named by the noun', () => {
    const r = rows(
      report(['我区参与的5项科技成果获国家科学技术奖，推进好总投资1.78万亿元的289个省重点项目。']),
    );
    expect(r.map((x) => x.name)).toContain('科技成果获国家科学技术奖');
    expect(r.map((x) => x.name)).toContain('省重点项目');
    expect(r.some((x) => x.name.startsWith('的'))).toBe(false);
  });

  it('a noun that runs into the next number keeps none of its predicate', () => {
    const r = rows(report(['147个国考断面水质优良率达98.6%。']));
    expect(r.find((x) => x.unit === '%')?.name).toBe('国考断面水质优良率');
    expect(r.some((x) => x.name.endsWith('达'))).toBe(false);
  });

  it("a bare measure after a list mark is the measure of the item before's subject", () => {
    const names = (line: string) => rows(report([line])).map((x) => x.name);
    expect(names('完成粮食播种面积746万亩、产量330万吨。')).toEqual(['完成粮食播种面积', '粮食产量']);
    expect(names('新增地铁运营里程43公里、总里程达到879公里。')[1]).toBe('地铁运营总里程');
    expect(names('省管企业净资产增长8.9%、研发投入增长34.4%。')[1]).toBe('省管企业研发投入');
    expect(names('办理市人大代表议案4项、建议880件。')[1]).toBe('市人大代表建议');
    // Not after a list mark, or not a bare measure: the name stands as written.
    expect(names('粮食播种面积746万亩，产量330万吨。')[1]).toBe('产量');
    expect(names('粮食播种面积746万亩、油料产量30万吨。')[1]).toBe('油料产量');
  });

  it('drops 了 after a verb and a leading 使, keeps 了 where it is a word of its own', () => {
    const names = (line: string) => rows(report([line])).map((x) => x.name);
    expect(names('使1100万户困难家庭住上了新房。')).toEqual(['困难家庭住上新房']);
    expect(cleanName('行政复议案件案结事了率')).toBe('行政复议案件案结事了率');
    expect(cleanName('了不起的成就')).toBe('了不起的成就');
    expect(cleanName('使用清洁能源的公交车')).toBe('使用清洁能源的公交车');
  });

  it('drops the 把 and 将 that put the object first (把居民消费价格涨幅控制在…)', () => {
    expect(cleanName('把居民消费价格涨幅')).toBe('居民消费价格涨幅');
    expect(cleanName('将扶贫标准')).toBe('扶贫标准');
    expect(cleanName('把握机遇项目')).toBe('把握机遇项目');
    expect(cleanName('将军县')).toBe('将军县');
  });

  it('a rate compared with another is the rate of what the value before measured', () => {
    const r = rows(report(['农村居民人均可支配收入增长6.7%左右，增速比城镇居民高2.4个百分点。']));
    expect(r[1]?.name).toBe('农村居民人均可支配收入增速比城镇居民高');
  });
});

describe('names: modal words, and brackets of whom a figure counts', () => {
  it('drops a leading 要, 又 or 共 (共建, 共享 and 要素 stay)', () => {
    expect(cleanName('要再开工建设保障性住房')).toBe('开工建设保障性住房');
    expect(cleanName('要把新农合财政补助标准')).toBe('新农合财政补助标准');
    expect(cleanName('共淘汰落后炼铁产能')).toBe('淘汰落后炼铁产能');
    expect(cleanName('共建产业集群')).toBe('共建产业集群');
    expect(cleanName('共享单车')).toBe('共享单车');
    expect(cleanName('要素市场交易额')).toBe('要素市场交易额');
  });

  it('reads an age or household bracket as part of a name, not as a figure', () => {
    const r = rows(
      report(['每千人口拥有3岁以下婴幼儿托位数达到4.5个，65岁及以上老人健康管理服务率达65%以上。']),
    );
    expect(r.map((x) => [x.value, x.name])).toEqual([
      [4.5, '每千人口拥有3岁以下婴幼儿托位数'],
      [65, '65岁及以上老人健康管理服务率'],
    ]);
    // Still a figure when nothing follows the bracket: how long people live.
    expect(rows(report(['人均预期寿命达到79岁以上。']))[0]?.value).toBe(79);
  });

  it('names a count by the bracketed noun after it, up to a list mark before a number', () => {
    const r = rows(report(['对957个50户以上农村木质房屋连片村寨实施改造。']));
    expect(r[0]?.name).toContain('50户以上农村木质房屋连片村寨');
    const s = rows(report(['还有63万失能老人、158万残疾人、40万3岁以下婴幼儿。']));
    expect(s.find((x) => x.value === 158)?.name).toBe('残疾人');
  });
});

describe('names: lists of three joined by 、 and 和, and numbered sessions', () => {
  it('splits A、B和C into three, an item with no measure sharing the next one’s', () => {
    expect(listNames('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理率', 3)).toEqual([
      '农村卫生户厕覆盖率',
      '生活垃圾处理设施覆盖率',
      '生活污水治理率',
    ]);
    // Items that end in a measure of their own keep it.
    expect(listNames('原油加工量、天然气产量、发电量', 3)).toEqual(['原油加工量', '天然气产量', '发电量']);
    expect(listNames('农村生活污水治理率、自来水普及率', 2)).toEqual(['农村生活污水治理率', '自来水普及率']);
  });

  it('reads 十二次、十三次全会 as which sessions, not as counts', () => {
    expect(
      rows(report(['自治区党委十届十二次、十三次全会作出部署，全年开展督查12次。'])).map((x) => x.value),
    ).toEqual([12]);
  });
});

describe('names: values in turn over a listed subject', () => {
  it('gives each listed item its value when there are as many values as items, 分别 or not', () => {
    const r = rows(
      report(['原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长9.3%、7.3%、21.2%。']),
    );
    expect(r.map((x) => x.name)).toEqual([
      '原煤产量',
      '原油产量',
      '天然气产量',
      '原煤产量',
      '原油产量',
      '天然气产量',
    ]);
  });

  it('does so with no verb too (天水经开区、张掖经开区全国排名46位、82位)', () => {
    const r = rows(report(['天水经开区、张掖经开区全国排名46位、82位，分别提升6位、49位。']));
    expect(r.map((x) => x.name)).toEqual([
      '天水经开区全国排名',
      '张掖经开区全国排名',
      '天水经开区全国排名',
      '张掖经开区全国排名',
    ]);
  });

  it('takes the list named in the clause before for a 累计分别 of its own', () => {
    const r = rows(
      report(['跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。']),
    );
    expect(r.map((x) => x.name)).toEqual([
      '跨国公司地区总部',
      '外资研发中心',
      '跨国公司地区总部',
      '外资研发中心',
    ]);
  });

  it('splits quoted names side by side, a shared start, and 存贷款', () => {
    expect(listNames('“保交楼”“保交房”交付率', 2)).toEqual(['“保交楼”交付率', '“保交房”交付率']);
    expect(listNames('基本养老、基本医疗保险参保率', 2)).toEqual([
      '基本养老保险参保率',
      '基本医疗保险参保率',
    ]);
    expect(listNames('银行存贷款增速', 2)).toEqual(['银行存款增速', '银行贷款增速']);
    // A word the dictionary splits (天然/气) is not taken for a parallel item's.
    expect(listNames('原煤、天然气产量', 2)).toEqual(['原煤产量', '天然气产量']);
  });
});

describe('names: a total after what was added', () => {
  it('names a total by all there is, not by what was added', () => {
    const names = (line: string) => rows(report([line])).map((x) => x.name);
    expect(names('新增新能源装机1258万千瓦、总量达到6437万千瓦。')).toEqual([
      '新增新能源装机',
      '新能源装机总量',
    ]);
    expect(names('新增13家国家级农业产业化重点龙头企业、总数达81家。')).toEqual([
      '新增国家级农业产业化重点龙头企业',
      '国家级农业产业化重点龙头企业总数',
    ]);
  });
});
