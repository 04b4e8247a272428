// The batch commands on the national reports 2008-2014: `track` pairs read
// against the texts by hand, and the combined workbook opened again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src-main/cli/args';
import { formatPairs, loadReports, pairLine, runCombined } from '../../../src-main/cli/track';
import { pairTargets, type Pair } from '../../../src-shared/compare';
import type { CorpusReport } from '../../../src-shared/compare';

const ROOT = resolve(import.meta.dirname, '../../..');
const national = [2008, 2009, 2010, 2011, 2012, 2013, 2014].map((y) =>
  join(ROOT, `tests/fixtures/corpus/national/national-${y}.txt`),
);

describe('parseArgs: track and the combined table', () => {
  it('reads track with several files', () => {
    expect(parseArgs(['track', 'a.txt', 'b.txt', '--format', 'csv'])).toEqual({
      command: 'track',
      files: ['a.txt', 'b.txt'],
      format: 'csv',
      all: false,
    });
    expect(parseArgs(['track', 'a.txt', '--all'])).toMatchObject({ format: 'jsonl', all: true });
  });
  it('reads indicators with several files and xlsx', () => {
    expect(parseArgs(['indicators', 'a.txt', 'b.pdf', '--format', 'xlsx', '--out', 'x.xlsx'])).toEqual({
      command: 'combined',
      files: ['a.txt', 'b.pdf'],
      format: 'xlsx',
      out: 'x.xlsx',
    });
    expect(parseArgs(['indicators', 'a.txt', 'b.txt'])).toMatchObject({
      command: 'combined',
      format: 'jsonl',
    });
  });
  it('refuses xlsx without --out, --out without xlsx, and xlsx for track', () => {
    expect(() => parseArgs(['indicators', 'a.txt', '--format', 'xlsx'])).toThrow(/--out/);
    expect(() => parseArgs(['indicators', 'a.txt', '--out', 'x.xlsx'])).toThrow(/xlsx/);
    expect(() => parseArgs(['track', 'a.txt', '--format', 'xlsx'])).toThrow(/format/);
  });
});

describe('track on the national reports 2008-2014', () => {
  let reports: CorpusReport[];
  let pairs: Pair[];
  const warnings: string[] = [];
  beforeAll(async () => {
    reports = await loadReports(national, (w) => warnings.push(w));
    pairs = pairTargets(reports);
  }, 60_000);
  const pair = (year: number, indicator: string) =>
    pairs.find((p) => p.year === year && p.indicator === indicator);

  it('places every report: China, its year (the 2010 report has no title line with a year)', () => {
    expect(reports.map((r) => [r.region, r.year])).toEqual(
      [2008, 2009, 2010, 2011, 2012, 2013, 2014].map((y) => ['中国', y]),
    );
    expect(warnings).toEqual([]);
  });

  it('2013: GDP 7.5%左右 against 7.7% stated in 2014 is met', () => {
    expect(pair(2013, '国内生产总值增长')).toMatchObject({
      verdict: 'met',
      rule: 'about-floor',
      target: { value: 7.5, qualifier: 'approx', quote: '国内生产总值增长7.5%左右' },
      outcome: { value: 7.7, quote: '比上年增长7.7％' },
    });
  });
  it('2013: CPI 3.5%左右 (a ceiling) against 2.6% is met', () => {
    expect(pair(2013, '居民消费价格涨幅')).toMatchObject({
      verdict: 'met',
      rule: 'about-ceiling',
      target: { value: 3.5 },
      outcome: { value: 2.6 },
    });
  });
  it('2013: registered unemployment 低于4.6% against 4.1%, new urban jobs 900万以上 against 1310万', () => {
    expect(pair(2013, '城镇登记失业率')).toMatchObject({
      verdict: 'met',
      rule: 'ceiling',
      outcome: { value: 4.1 },
    });
    expect(pair(2013, '城镇新增就业')).toMatchObject({
      verdict: 'met',
      target: { value: 900, unit: '万人', qualifier: 'above' },
      outcome: { value: 1310, unit: '万人' },
    });
  });
  it('2012: GDP 7.5% against the 7.8% the 2013 report states, not its five-year average', () => {
    expect(pair(2012, '国内生产总值增长')).toMatchObject({ verdict: 'met', outcome: { value: 7.8 } });
    expect(pair(2012, '城镇新增就业')?.outcome?.value).toBe(1266);
  });
  it('2008: new urban jobs 1000万 against 1113万; the 2008 CPI target finds no figure in 2009', () => {
    expect(pair(2008, '城镇新增就业')).toMatchObject({ verdict: 'met', outcome: { value: 1113 } });
    expect(pair(2008, '居民消费价格涨幅')).toMatchObject({
      verdict: 'not-reported',
      outcome: null,
      target: { value: 4.8 },
    });
  });
  it('2009: the 2009 file lacks its plan, so 2010 reports results with no target', () => {
    expect(pair(2009, '国内生产总值增长')).toMatchObject({
      verdict: 'no-target',
      target: null,
      outcome: { value: 8.7 },
    });
  });
  it('prints one pair a line in the documented shape', () => {
    const lines = formatPairs(pairs, 'jsonl').trim().split('\n');
    expect(lines).toHaveLength(pairs.length);
    const first = JSON.parse(lines.find((l) => l.includes('"verdict":"met"')) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(Object.keys(first)).toEqual(['region', 'indicator', 'year', 'target', 'outcome', 'verdict']);
    expect(Object.keys(first.target as object)).toEqual(['value', 'unit', 'qualifier', 'quote', 'file']);
    expect(Object.keys(first.outcome as object)).toEqual(['value', 'unit', 'quote', 'file']);
    expect((first.target as { file: string }).file).toMatch(/national-20\d\d\.txt$/);
    expect(
      pairLine({
        ...(pair(2013, '国内生产总值增长') as Pair),
        target: { ...(pair(2013, '国内生产总值增长')?.target as NonNullable<Pair['target']>), valueMax: 8 },
      }),
    ).toMatchObject({ target: { valueMax: 8 } });
  });
  it('csv has one header and a line per pair', () => {
    const csv = formatPairs(pairs, 'csv');
    expect(csv.startsWith('\ufeffregion,indicator,year,target_value')).toBe(true);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(pairs.length + 1);
  });
});

describe('indicators FILE... --format xlsx', () => {
  it('writes a workbook: header frozen, numbers typed, a report column', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reportlens-xlsx-')), 'national.xlsx');
    const said: string[] = [];
    await runCombined({ command: 'combined', files: national.slice(5), format: 'xlsx', out }, (l) =>
      said.push(l),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['report', 'region', 'year', 'indicator', 'name', 'value']);
    const rows = ws.rowCount - 1;
    expect(said[0]).toContain(`${rows} rows of 2 reports`);
    let found = false;
    ws.eachRow((row, n) => {
      if (n === 1 || found) return;
      if (row.getCell(8).value === '万亿元' && row.getCell(6).value === 56.9) {
        found = true;
        expect(row.getCell(1).value).toMatch(/national-2014\.txt$/);
        expect(row.getCell(2).value).toBe('中国');
        expect(row.getCell(3).value).toBe(2014);
        expect(row.getCell(4).value).toBe('国内生产总值');
        expect(typeof row.getCell(6).value).toBe('number');
      }
    });
    expect(found).toBe(true);
    expect(ws.getColumn(15).width).toBeGreaterThan(40);
  }, 60_000);
});
