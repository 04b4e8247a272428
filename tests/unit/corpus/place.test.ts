import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src-main/load';
import { guessCorpusMeta, guessYears, needsPlace, placeOf } from '../../../src-shared/corpus/place';
import { buildTextModel, guessMeta } from '../../../src-shared/text';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus');

/** The region each file of the corpus is about, by its file name. */
const EXPECTED: Record<string, string> = {
  anhui: '安徽省',
  beijing: '北京市',
  fujian: '福建省',
  gansu: '甘肃省',
  guangxi: '广西壮族自治区',
  guizhou: '贵州省',
  hainan: '海南省',
  hebei: '河北省',
  heilongjiang: '黑龙江省',
  henan: '河南省',
  hunan: '湖南省',
  jiangxi: '江西省',
  jilin: '吉林省',
  liaoning: '辽宁省',
  neimenggu: '内蒙古自治区',
  ningxia: '宁夏回族自治区',
  qinghai: '青海省',
  shaanxi: '陕西省',
  shanghai: '上海市',
  shanxi: '山西省',
  xinjiang: '新疆维吾尔自治区',
  xizang: '西藏自治区',
  yunnan: '云南省',
};

async function guess(path: string) {
  const { model } = await loadDocument(path);
  const meta = guessMeta(model, path);
  return { meta, ...guessCorpusMeta(meta, model) };
}

describe('region guessing on every report of the corpus', () => {
  const provinces = readdirSync(join(CORPUS, 'provinces-2025'));
  it.each(provinces)(
    '%s',
    async (file) => {
      const { meta, region, corpus } = await guess(join(CORPUS, 'provinces-2025', file));
      expect(region).toBe(EXPECTED[file.replace(/-2025\.docx$/, '')]);
      expect(corpus.level).toBe('provincial');
      expect(corpus.province).toBe(region);
      expect(meta.year).toBe(2025);
      expect(corpus.planned).toEqual([2025]);
      expect(corpus.reviewed).toContain(2024);
    },
    20_000,
  );

  const national = readdirSync(join(CORPUS, 'national'));
  it.each(national)('%s is the national report of its year', async (file) => {
    const { meta, region, corpus } = await guess(join(CORPUS, 'national', file));
    const year = Number(/(\d{4})/.exec(file)?.[1]);
    expect(region).toBe('中国');
    expect(corpus.level).toBe('national');
    expect(meta.year).toBe(year);
    expect(corpus.planned).toEqual([year]);
  });

  // 2011 looks back on the 11th five-year plan (`五年来`), 2012 on one year.
  it('reads a five-year review at the end of a term or plan and one year otherwise', async () => {
    expect((await guess(join(CORPUS, 'national/national-2013.txt'))).corpus.reviewed).toEqual([
      2008, 2009, 2010, 2011, 2012,
    ]);
    expect((await guess(join(CORPUS, 'national/national-2011.txt'))).corpus.reviewed).toHaveLength(5);
    expect((await guess(join(CORPUS, 'national/national-2012.txt'))).corpus.reviewed).toEqual([2011]);
  });
});

describe('guessCorpusMeta on texts of our own', () => {
  const of = (text: string) => {
    const model = buildTextModel(text);
    return guessCorpusMeta(guessMeta(model, 'report.txt'), model);
  };

  it('takes the city and its province from a city report title', () => {
    expect(of('2021年湖南省衡阳市人民政府工作报告\n各位代表：')).toMatchObject({
      region: '衡阳市',
      corpus: { level: 'prefecture', province: '湖南省' },
    });
  });

  it('reads the congress line of a report whose title names no region', () => {
    const r = of('政府工作报告\n——2024年1月20日在江西省第十四届人民代表大会第二次会议上\n各位代表：');
    expect(r.region).toBe('江西省');
  });

  it('does not take a region from a newspaper named in the source line', () => {
    const r = of('政府工作报告\n来源：北京日报\n各位代表：现在，我代表市人民政府作报告。');
    expect(r.region).toBeNull();
    expect(r.corpus.level).toBeNull();
  });

  it('asks the user when year or region is unknown', () => {
    expect(needsPlace({ year: null, region: '湖北省' })).toBe(true);
    expect(needsPlace({ year: 2025, region: null })).toBe(true);
    expect(needsPlace({ year: 2025, region: '湖北省' })).toBe(false);
  });

  it('gives no years without a year, and keeps years in range', () => {
    expect(guessYears(null, '过去五年')).toEqual({ reviewed: [], planned: [] });
    expect(guessYears(1902, '过去五年').reviewed).toEqual([1900, 1901]);
  });

  it('follows a region typed by the user', () => {
    expect(placeOf('长沙')).toEqual({ level: 'prefecture', province: '湖南省' });
    expect(placeOf('某某地方')).toEqual({ level: null, province: null });
  });
});
