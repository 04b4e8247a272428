import { describe, expect, it } from 'vitest';
import {
  addLink,
  addUnlink,
  cleanName,
  createUnifier,
  matchCanonical,
  NO_LINKS,
} from '../../../src-shared/compare';

describe('cleanName', () => {
  it('drops the words that say how, not what', () => {
    expect(cleanName('提出国内生产总值')).toBe('国内生产总值');
    expect(cleanName('把居民消费价格涨幅')).toBe('居民消费价格涨幅');
    expect(cleanName('全市 城镇新增就业')).toBe('城镇新增就业');
  });
  it('folds full-width letters', () => {
    expect(cleanName('ＧＤＰ')).toBe('GDP');
  });
});

describe('matchCanonical: growth of the economy', () => {
  it.each([
    ['国内生产总值', 'gdp-growth'],
    ['地区生产总值', 'gdp-growth'],
    ['经济增长', 'gdp-growth'],
    ['GDP', 'gdp-growth'],
    ['全省生产总值', 'gdp-growth'],
    ['经济增长预期目标定', 'gdp-growth'],
  ])('%s (a change) is GDP growth', (name, id) => {
    expect(matchCanonical(name, 'change')?.id).toBe(id);
  });
  it('the economy growing, as the extractor names it (`全市经济增长5.8%` -> 全市经济), is GDP growth', () => {
    expect(matchCanonical('全市经济', 'change')?.id).toBe('gdp-growth');
    expect(matchCanonical('数字经济', 'change')).toBeNull();
  });
  it('the level of GDP is another indicator than its growth', () => {
    expect(matchCanonical('地区生产总值', 'level')?.id).toBe('gdp');
  });
  it('a share of GDP is not GDP', () => {
    expect(matchCanonical('研发经费支出占地区生产总值比重', 'share')).toBeNull();
    expect(matchCanonical('占国内生产总值比重', 'change')).toBeNull();
  });
  it('energy per unit of GDP is its own indicator', () => {
    expect(matchCanonical('单位地区生产总值能耗', 'change')?.id).toBe('energy-intensity');
  });
});

describe('matchCanonical: prices, jobs, grain, revenue', () => {
  it.each([
    ['居民消费价格涨幅', 'change', 'cpi'],
    ['居民消费价格上涨', 'change', 'cpi'],
    ['居民消费价格总水平涨幅', 'change', 'cpi'],
    ['CPI', 'change', 'cpi'],
    ['城镇新增就业', 'count', 'urban-jobs'],
    ['新增城镇就业', 'count', 'urban-jobs'],
    ['城镇登记失业率', 'share', 'registered-unemployment'],
    ['城镇调查失业率', 'share', 'surveyed-unemployment'],
    ['粮食总产量', 'level', 'grain-output'],
    ['一般公共预算收入', 'level', 'budget-revenue'],
    ['地方一般公共预算收入', 'change', 'budget-revenue-growth'],
    ['公共财政收入', 'level', 'budget-revenue'],
  ] as const)('%s (%s) is %s', (name, kind, id) => {
    expect(matchCanonical(name, kind)?.id).toBe(id);
  });
  it('a subsidy for grain is not grain output', () => {
    expect(matchCanonical('粮食直补资金', 'level')).toBeNull();
  });
  it('rural labour moved into jobs is not new urban jobs', () => {
    expect(matchCanonical('农村劳动力转移就业', 'count')).toBeNull();
  });
  it('an unknown name has no canonical indicator', () => {
    expect(matchCanonical('新建改建农村公路', 'level')).toBeNull();
  });
});

describe('createUnifier', () => {
  it('two wordings of one indicator get one key and the canonical label', () => {
    const u = createUnifier();
    expect(u('地区生产总值', 'change').key).toBe(u('经济增长', 'change').key);
    expect(u('经济增长', 'change').label).toBe('国内生产总值增长');
  });
  it('an unknown name keeps its own key, the same for both reports that write it', () => {
    const u = createUnifier();
    expect(u('新建改建农村公路', 'level').key).toBe('raw:新建改建农村公路');
    expect(u('今年新建改建农村公路', 'level').key).toBe('raw:新建改建农村公路');
  });
  it('a user link joins an unknown name to a canonical indicator', () => {
    const links = addLink(NO_LINKS, '全社会经济总产出增速', '国内生产总值增长');
    const u = createUnifier(links);
    const joined = u('全社会经济总产出增速', 'change');
    expect(joined.key).toBe('gdp-growth');
    expect(joined.linked).toBe(true);
  });
  it('a user link joins two unknown names', () => {
    const u = createUnifier(addLink(NO_LINKS, '高标准农田建设', '建成高标准农田'));
    expect(u('高标准农田建设', 'level').key).toBe(u('建成高标准农田', 'level').key);
  });
  it('an unlink parts a name the rules joined', () => {
    const links = addUnlink(NO_LINKS, '一般公共预算收入', '财政收入');
    const u = createUnifier(links);
    expect(u('财政收入', 'level').key).toBe('raw:财政收入');
    expect(u('一般公共预算收入', 'level').key).toBe('budget-revenue');
  });
  it('linking after unlinking the same names undoes the unlink', () => {
    const parted = addUnlink(NO_LINKS, '一般公共预算收入', '财政收入');
    const joined = addLink(parted, '财政收入', '一般公共预算收入');
    expect(joined.unlinks).toEqual([]);
    expect(createUnifier(joined)('财政收入', 'level').key).toBe('budget-revenue');
  });
  it('unlinking two linked names removes the link', () => {
    const joined = addLink(NO_LINKS, '高标准农田建设', '建成高标准农田');
    const parted = addUnlink(joined, '建成高标准农田', '高标准农田建设');
    expect(parted.links).toEqual([]);
    const u = createUnifier(parted);
    expect(u('高标准农田建设', 'level').key).not.toBe(u('建成高标准农田', 'level').key);
  });
});
