import { describe, expect, it } from 'vitest';
import { scanMentions } from '../../../src-shared/indicators/scan';
import { foldWidth } from '../../../src-shared/text/fold';

function values(s: string): Array<[number, string]> {
  return scanMentions(foldWidth(s), s).map((m) => [m.value, m.unit]);
}

describe('scanMentions: numbers with units', () => {
  it('finds Arabic numbers with their unit', () => {
    expect(values('全县粮食总产达到86.4万吨，新建冷库12座。')).toEqual([
      [86.4, '万吨'],
      [12, '座'],
    ]);
  });

  it('keeps a magnitude in the unit (1.4万户 is 1.4 万户)', () => {
    expect(values('改造农村电网惠及1.4万户')).toEqual([[1.4, '万户']]);
    expect(values('社会融资规模增加2.3万亿元')).toEqual([[2.3, '万亿元']]);
  });

  it('reads the value of an index, which has no unit, only when the words before say it is one', () => {
    expect(values('中心城区高峰时段道路交通指数从6.32下降至6.08。')).toEqual([
      [6.32, ''],
      [6.08, ''],
    ]);
    expect(values('两化融合指数达到92，制造业采购经理指数为50.2。')).toEqual([
      [92, ''],
      [50.2, ''],
    ]);
    expect(values('生态质量指数居全国第1，增长6.32。')).toEqual([]);
  });

  it('reads a number with a magnitude alone after a count of people as 万人 or 万人次', () => {
    expect(values('冰雪运动参与人次超630万。')).toEqual([[630, '万人次']]);
    expect(values('旅居人数达389.75万、增长20.7%。')).toEqual([
      [389.75, '万人'],
      [20.7, '%'],
    ]);
    // A bare magnitude after a bound, journeys counted before it: 亿人次.
    expect(values('航空双枢纽旅客吞吐量再次破亿、入境游客大幅增长186.8%。')).toEqual([
      [1, '亿人次'],
      [186.8, '%'],
    ]);
    expect(values('新能源装机在全国率先破亿、达到1.35亿千瓦。')).toEqual([[1.35, '亿千瓦']]);
    // No people before it, or more words after the magnitude: not read this way.
    expect(values('总投资超630万。')).toEqual([]);
    expect(values('参与人次超630万以上的活动')).toEqual([]);
  });

  it('reads full-width digits and percent signs', () => {
    // The unit stays as written.
    expect(values('城镇化率达到６１．２％')).toEqual([[61.2, '％']]);
  });

  it('reads thousands separators', () => {
    expect(values('全年完成投资1,234.5亿元')).toEqual([[1234.5, '亿元']]);
  });

  it('reads Chinese numerals that measure (value in full)', () => {
    expect(values('新增绿化面积三千亩，安置两万人就业')).toEqual([
      [3000, '亩'],
      [20000, '人'],
    ]);
  });

  it('accepts a lone Chinese digit only with points or times', () => {
    expect(values('城镇化率提高两个百分点，一所学校')).toEqual([[2, '个百分点']]);
    expect(values('产值增长一倍')).toEqual([[1, '倍']]);
  });

  it('adds the implied 人 after 万 before a noun for people', () => {
    expect(values('帮助12万农村居民喝上放心水')).toEqual([[12, '万人']]);
    expect(values('服务周边500万人口')).toEqual([[500, '万人']]);
  });

  it('marks 多/余 and ranges as at least', () => {
    const [a, b, c] = scanMentions(
      foldWidth('培训5万多名工人，引进300余家企业，建设3-5个园区'),
      '培训5万多名工人，引进300余家企业，建设3-5个园区',
    );
    expect(a).toMatchObject({ value: 5, unit: '万名', more: true });
    expect(b).toMatchObject({ value: 300, unit: '家', more: true });
    expect(c).toMatchObject({ value: 3, valueMax: 5, unit: '个', more: true });
  });

  it('reads the qualifier written after the unit', () => {
    const [m] = scanMentions('增长6.5%左右', '增长6.5%左右');
    expect(m).toMatchObject({ value: 6.5, after: 'approx', end: 8 });
  });
});

describe('scanMentions: what is not an indicator', () => {
  it('leaves out dates and years', () => {
    expect(values('2023年3月5日召开，到二〇三五年基本实现')).toEqual([]);
  });

  it('leaves out ordinals and ranks', () => {
    expect(values('第十四届第二次会议，排名居全国第5位，进入前10名')).toEqual([]);
  });

  it('leaves out codes next to Latin letters: 5G, 4A级, PM2.5', () => {
    expect(values('建成5G基站，新增4A级景区，PM2.5浓度')).toEqual([]);
  });

  it('keeps the count in a name with a grade (新增3A级景区4家)', () => {
    expect(values('新增3A级景区4家')).toEqual([[4, '家']]);
  });

  it('leaves out numbers inside short quotations and book titles', () => {
    expect(values('构建“1+3+5”体系，打造“双100”工程，出台《十条措施》')).toEqual([]);
  });

  it('keeps numbers after a quoted name', () => {
    expect(values('“三品一标”认证达到45个')).toEqual([[45, '个']]);
  });

  it('leaves out numbers without a unit (hotlines, counts of nothing)', () => {
    expect(values('开通12319服务热线，实施“十百千”工程')).toEqual([]);
  });

  it('leaves out slogans of numerals that are not one numeral', () => {
    expect(values('编制“十五五”规划，完成三大任务，落实八项规定')).toEqual([]);
  });

  it('leaves out bare magnitudes and vague amounts', () => {
    expect(values('迈上万亿台阶，千家万户受益，数十万人参与')).toEqual([]);
  });

  it('leaves out numbers joined to formulas', () => {
    expect(values('形成1+N政策')).toEqual([]);
  });

  it('finds nothing in text without numbers', () => {
    expect(values('坚持稳中求进工作总基调。')).toEqual([]);
  });
});

describe('scanMentions: ranges, rates and ratios', () => {
  const ranges = (s: string) =>
    scanMentions(foldWidth(s), s).map((m) => [m.value, m.valueMax ?? null, m.unit] as const);

  it('reads a range with its unit written twice as one mention', () => {
    expect(ranges('每座桥补助3万元至6万元')).toEqual([[3, 6, '万元']]);
    expect(ranges('涨幅定在1.5%－2%之间')).toEqual([[1.5, 2, '%']]);
    expect(ranges('涨幅定在1.5％-2％')).toEqual([[1.5, 2, '％']]);
  });

  it('does not read `到` after a unit as a range (a new level follows)', () => {
    expect(ranges('覆盖率由30%提高到45%')).toEqual([
      [30, null, '%'],
      [45, null, '%'],
    ]);
  });

  it('keeps a rate unit whole', () => {
    expect(values('处理能力9万吨/日，流量15立方米/秒，均价6000元/平方米')).toEqual([
      [9, '万吨/日'],
      [15, '立方米/秒'],
      [6000, '元/平方米'],
    ]);
  });

  it('reads counted trips and rooms as written', () => {
    expect(values('接待车辆120万辆次，游客3亿人次，建成公租房800套（间）')).toEqual([
      [120, '万辆次'],
      [3, '亿人次'],
      [800, '套（间）'],
    ]);
  });

  it('reads a ratio to one, in either width', () => {
    expect(values('两地收入之比为2.05:1，去年为2.2：1')).toEqual([
      [2.05, ':1'],
      [2.2, '：1'],
    ]);
  });

  it('reads tenths (`成`), but not words with 成', () => {
    expect(values('七成以上农户参保，3成企业上云，一成不变')).toEqual([
      [7, '成'],
      [3, '成'],
    ]);
  });

  it('reads `2个多百分点` as points, above', () => {
    const [m] = scanMentions(foldWidth('比重提高3个多百分点'), '比重提高3个多百分点');
    expect(m).toMatchObject({ value: 3, unit: '个百分点', more: true });
  });
});

describe('scanMentions: phrases that are not measures', () => {
  it('skips a population phrase and the parts of a speech', () => {
    expect(values('全体13亿多同胞一道，着力做好以下十五个方面工作')).toEqual([]);
  });
  it('still counts people served', () => {
    expect(values('帮扶2.4亿农民增收')).toEqual([[2.4, '亿人']]);
  });
});

describe('scanMentions: bounds, classes and names that hold numbers', () => {
  it('skips a per-amount, a top share, a bound inside a name and a speed', () => {
    expect(
      values('每100公斤提高8元，进入全球前2%，30米内换乘比例，时速300公里列车，营收5亿元以上企业'),
    ).toEqual([[8, '元']]);
  });
  it('reads a bare magnitude after a bound as one of it', () => {
    expect(values('销售额突破万亿元，游客近亿人次')).toEqual([
      [1, '万亿元'],
      [1, '亿人次'],
    ]);
  });
  it('reads 十 alone before a classifier, 度 after a magnitude, and more units', () => {
    expect(values('办好十件实事，发电120亿度，发射9颗卫星，外运2万标准箱，36度高温')).toEqual([
      [10, '件'],
      [120, '亿度'],
      [9, '颗'],
      [2, '万标准箱'],
    ]);
  });
  it('reads a number after an unclosed quotation mark', () => {
    expect(values('培育“小巨人企业30家，“专精特新”企业')).toEqual([[30, '家']]);
  });
  it('counts people named by a longer noun phrase', () => {
    expect(values('惠及60余万高龄和失能失智老年人，3000万孩子受益')).toEqual([
      [60, '万人'],
      [3000, '万人'],
    ]);
  });
});

describe('scanMentions: 到 between two values with units', () => {
  const ranges = (s: string) =>
    scanMentions(foldWidth(s), s).map((m) => [m.value, m.valueMax ?? null, m.unit] as const);
  it('reads `提高了15%到20%` as a range', () => {
    expect(ranges('收购价提高了15%到20%')).toEqual([[15, 20, '%']]);
  });
  it('keeps a joined batch, a policy nickname out', () => {
    expect(ranges('入选全国首批12个示范区，落实新20条')).toEqual([]);
  });
});
