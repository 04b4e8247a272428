// Indicator names unified across years and wordings, as data. Each entry is one
// indicator a user follows from report to report: its canonical name, the
// wordings that mean it (a name containing a variant is that indicator unless an
// `exclude` pattern also matches: `占国内生产总值比重` is a share, not GDP), the
// kinds of statement it can be (growth of GDP and the level of GDP are two
// indicators), and which way is good, so a target is read as a floor or a
// ceiling (see verdict.ts). Order matters: the first entry that fits wins, so
// the narrower ones come first.
import type { IndicatorKind } from '../indicators/types';

/** `up`: more is better, a target is a floor. `down`: less is better, a target is a ceiling. */
export type Direction = 'up' | 'down';

export interface CanonicalIndicator {
  id: string;
  /** The name shown (Chinese, as reports write it). */
  name: string;
  /** English, for the English UI. */
  en: string;
  variants: readonly string[];
  /** Names that are this indicator only as the whole name (`经济` for `全市经济增长5.8%`, never inside `数字经济`). */
  whole?: readonly string[];
  /** Names matching one of these are not this indicator even if they contain a variant. */
  exclude?: RegExp;
  kinds: readonly IndicatorKind[];
  direction: Direction;
}

const SHARE_OF = /占|比重|比例|份额|能耗|单位|强度|赤字|债|人均|每/;

export const CANONICAL_INDICATORS: readonly CanonicalIndicator[] = [
  {
    id: 'energy-intensity',
    name: '单位国内生产总值能耗下降',
    en: 'Energy use per unit of GDP (fall)',
    variants: [
      '单位国内生产总值能耗',
      '单位地区生产总值能耗',
      '单位GDP能耗',
      '单位生产总值能耗',
      '万元GDP能耗',
    ],
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'gdp-growth',
    name: '国内生产总值增长',
    en: 'GDP growth',
    variants: ['国内生产总值', '地区生产总值', '生产总值', '经济增长', '经济增速', 'GDP'],
    whole: ['经济', '经济总体', '全年经济'],
    exclude: SHARE_OF,
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'gdp',
    name: '国内生产总值',
    en: 'GDP',
    variants: ['国内生产总值', '地区生产总值', '生产总值', '经济总量', 'GDP'],
    exclude: SHARE_OF,
    kinds: ['level'],
    direction: 'up',
  },
  {
    id: 'cpi',
    name: '居民消费价格涨幅',
    en: 'Consumer prices (rise)',
    variants: ['居民消费价格', '消费价格', 'CPI', '物价涨幅', '物价总水平', '价格总水平'],
    kinds: ['change', 'share'],
    direction: 'down',
  },
  {
    id: 'urban-jobs',
    name: '城镇新增就业',
    en: 'New urban jobs',
    variants: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数', '城镇新增就业岗位'],
    exclude: /失业|农村|转移/,
    kinds: ['count', 'level'],
    direction: 'up',
  },
  {
    id: 'registered-unemployment',
    name: '城镇登记失业率',
    en: 'Registered urban unemployment rate',
    variants: ['城镇登记失业率', '登记失业率'],
    kinds: ['share', 'change'],
    direction: 'down',
  },
  {
    id: 'surveyed-unemployment',
    name: '城镇调查失业率',
    en: 'Surveyed urban unemployment rate',
    variants: ['城镇调查失业率', '调查失业率'],
    kinds: ['share', 'change'],
    direction: 'down',
  },
  {
    id: 'grain-output',
    name: '粮食产量',
    en: 'Grain output',
    variants: ['粮食产量', '粮食总产量', '粮食总产', '粮食生产'],
    exclude: /补贴|收购|价格|面积|储备/,
    kinds: ['level'],
    direction: 'up',
  },
  {
    id: 'budget-revenue-growth',
    name: '一般公共预算收入增长',
    en: 'General public budget revenue growth',
    variants: ['一般公共预算收入', '公共财政预算收入', '公共财政收入', '地方财政收入', '财政收入'],
    exclude: /占|比重|中央|支出|补贴/,
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'budget-revenue',
    name: '一般公共预算收入',
    en: 'General public budget revenue',
    variants: ['一般公共预算收入', '公共财政预算收入', '公共财政收入', '地方财政收入', '财政收入'],
    exclude: /占|比重|中央|支出|补贴/,
    kinds: ['level'],
    direction: 'up',
  },
  {
    id: 'trade-growth',
    name: '进出口总额增长',
    en: 'Foreign trade growth',
    variants: ['进出口总额', '货物进出口总额', '进出口贸易总额', '外贸进出口', '进出口'],
    exclude: /份额|占|比重|顺差/,
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'trade',
    name: '进出口总额',
    en: 'Foreign trade',
    variants: ['进出口总额', '货物进出口总额', '进出口贸易总额', '外贸进出口', '进出口'],
    exclude: /份额|占|比重|顺差/,
    kinds: ['level'],
    direction: 'up',
  },
  {
    id: 'fixed-investment-growth',
    name: '固定资产投资增长',
    en: 'Fixed-asset investment growth',
    variants: ['固定资产投资', '全社会固定资产投资'],
    exclude: /占|比重|中央/,
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'retail-sales-growth',
    name: '社会消费品零售总额增长',
    en: 'Retail sales growth',
    variants: ['社会消费品零售总额', '社会消费品零售额', '社零总额'],
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'industrial-value-added-growth',
    name: '规模以上工业增加值增长',
    en: 'Industrial value added growth (above designated size)',
    variants: ['规模以上工业增加值', '规上工业增加值', '工业增加值'],
    exclude: /占|比重/,
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'urban-income-growth',
    name: '城镇居民人均可支配收入增长',
    en: 'Urban disposable income per head, growth',
    variants: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'],
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'rural-income-growth',
    name: '农村居民人均可支配收入增长',
    en: 'Rural disposable income per head, growth',
    variants: [
      '农村居民人均可支配收入',
      '农村常住居民人均可支配收入',
      '农村居民人均纯收入',
      '农民人均纯收入',
    ],
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'income-growth',
    name: '居民人均可支配收入增长',
    en: 'Disposable income per head, growth',
    variants: ['居民人均可支配收入', '全体居民人均可支配收入', '常住居民人均可支配收入'],
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'm2-growth',
    name: '广义货币M2增长',
    en: 'Broad money (M2) growth',
    variants: ['广义货币', 'M2'],
    kinds: ['change'],
    direction: 'up',
  },
  {
    id: 'deficit-ratio',
    name: '赤字率',
    en: 'Deficit ratio',
    variants: ['赤字率', '财政赤字占国内生产总值比重', '财政赤字占国内生产总值的比重'],
    kinds: ['share'],
    direction: 'down',
  },
];
