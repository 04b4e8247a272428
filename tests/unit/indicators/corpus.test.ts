// Every report of the corpus through the CLI's loading path: it loads, its
// indicators extract without a crash, and its title, year and region are
// guessed right. National reports are checked a second time with their title
// and date lines cut off, as a web copy has them.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIndicators } from '../../../src-main/cli/indicators';
import { loadDocument } from '../../../src-main/load';
import { buildTextModel, guessMeta } from '../../../src-shared/text';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');

const NATIONAL: Record<string, string> = {
  2008: '政府工作报告',
  2009: '2009年政府工作报告',
  2010: '在第十一届全国人民代表大会第三次会议上的政府工作报告',
  2011: '2011年政府工作报告',
  2012: '政府工作报告',
  2013: '政府工作报告',
  2014: '政府工作报告',
};

const PROVINCES: Record<string, [title: string, region: string]> = {
  anhui: ['2025年安徽省政府工作报告', '安徽省'],
  beijing: ['2025年北京市政府工作报告', '北京市'],
  fujian: ['2025年福建省政府工作报告', '福建省'],
  gansu: ['2025年甘肃省政府工作报告', '甘肃省'],
  guangxi: ['2025年广西政府工作报告', '广西壮族自治区'],
  guizhou: ['2025年贵州省政府工作报告', '贵州省'],
  hainan: ['2025年海南省政府工作报告', '海南省'],
  hebei: ['2025年河北省政府工作报告', '河北省'],
  heilongjiang: ['2025年黑龙江省政府工作报告', '黑龙江省'],
  henan: ['2025年河南省政府工作报告', '河南省'],
  hunan: ['2025年湖南省政府工作报告', '湖南省'],
  jiangxi: ['2025年江西省政府工作报告', '江西省'],
  jilin: ['2025年吉林省政府工作报告', '吉林省'],
  liaoning: ['2025年辽宁省政府工作报告', '辽宁省'],
  neimenggu: ['2025年内蒙古自治区政府工作报告', '内蒙古自治区'],
  ningxia: ['2025年宁夏政府工作报告', '宁夏回族自治区'],
  qinghai: ['2025年青海省政府工作报告', '青海省'],
  shaanxi: ['2025年陕西省政府工作报告', '陕西省'],
  shanghai: ['2025年上海市政府工作报告', '上海市'],
  shanxi: ['2025年山西省政府工作报告', '山西省'],
  xinjiang: ['2025年新疆政府工作报告', '新疆维吾尔自治区'],
  xizang: ['2025年西藏政府工作报告', '西藏自治区'],
  yunnan: ['2025年云南省政府工作报告', '云南省'],
};

const OTHERS: Record<string, { title: string; year: number; region: string }> = {
  'hengyang-2021.txt': { title: '2021 年湖南省衡阳市人民政府工作报告', year: 2021, region: '衡阳市' },
  'hubei-2025.docx': { title: '2025年湖北省政府工作报告', year: 2025, region: '湖北省' },
  'gold/national-2014-webcopy.txt': { title: '政府工作报告（2014，国务院）', year: 2014, region: '中国' },
};

async function metaOf(path: string) {
  const { model } = await loadDocument(path);
  return guessMeta(model, path);
}

async function extracts(path: string): Promise<number> {
  return (await runIndicators(path, 'jsonl')).split('\n').filter((l) => l !== '').length;
}

describe('corpus: every file is in the table', () => {
  it('lists each national and provincial report', () => {
    const national = readdirSync(join(CORPUS, 'national')).map(
      (f) => /^national-([0-9]{4})\.txt$/.exec(f)?.[1],
    );
    expect(national.sort()).toEqual(Object.keys(NATIONAL).sort());
    const provinces = readdirSync(join(CORPUS, 'provinces-2025')).map(
      (f) => /^([a-z]+)-2025\.docx$/.exec(f)?.[1],
    );
    expect(provinces.sort()).toEqual(Object.keys(PROVINCES).sort());
  });
});

describe('corpus: national reports 2008-2014', () => {
  it.each(Object.entries(NATIONAL))('%s: loads, extracts, and is guessed right', async (year, title) => {
    const path = join(CORPUS, 'national', `national-${year}.txt`);
    expect(await metaOf(path)).toEqual({ title, year: Number(year), region: '中国' });
    expect(await extracts(path)).toBeGreaterThan(50);
  });

  it.each(Object.keys(NATIONAL))(
    '%s without its title and date lines: dated and titled from its structure',
    async (year) => {
      const { model } = await loadDocument(join(CORPUS, 'national', `national-${year}.txt`));
      const from = model.text.indexOf('各位代表');
      expect(from).toBeGreaterThan(0);
      const webCopy = buildTextModel(model.text.slice(from));
      expect(guessMeta(webCopy, `web-${year}.txt`)).toEqual({
        title: `政府工作报告（${year}，国务院）`,
        year: Number(year),
        region: '中国',
      });
    },
  );
});

describe('corpus: provinces 2025', () => {
  it.each(Object.entries(PROVINCES))(
    '%s: loads, extracts, and is guessed right',
    async (name, [title, region]) => {
      const path = join(CORPUS, 'provinces-2025', `${name}-2025.docx`);
      expect(await metaOf(path)).toEqual({ title, year: 2025, region });
      expect(await extracts(path)).toBeGreaterThan(50);
    },
  );
});

describe('corpus: the samples and the web copy', () => {
  it.each(Object.entries(OTHERS))('%s: loads, extracts, and is guessed right', async (file, meta) => {
    const path = join(ROOT, 'tests/fixtures', file);
    expect(await metaOf(path)).toEqual(meta);
    expect(await extracts(path)).toBeGreaterThan(50);
  });
});
