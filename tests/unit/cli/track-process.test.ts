// `track` and `indicators --format xlsx` run as a batch user runs them: a
// child process on the corpus files, its output read as a script would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli-run';

const NATIONAL = [2008, 2009, 2010, 2011, 2012, 2013, 2014].map((y) =>
  join(ROOT, `tests/fixtures/corpus/national/national-${y}.txt`),
);
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'reportlens-cli-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('cli track FILE... --format jsonl|csv', () => {
  it('prints one pair a line with exactly the documented fields', async () => {
    const run = await cli(['track', ...NATIONAL, '--format', 'jsonl']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    const pairs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const p of pairs) {
      expect(Object.keys(p)).toEqual(['region', 'indicator', 'year', 'target', 'outcome', 'verdict']);
      expect(['met', 'missed', 'not-reported', 'no-target']).toContain(p['verdict']);
      const target = p['target'] as Record<string, unknown> | null;
      const outcome = p['outcome'] as Record<string, unknown> | null;
      if (target) {
        const keys = Object.keys(target).filter((k) => k !== 'valueMax');
        expect(keys).toEqual(['value', 'unit', 'qualifier', 'quote', 'file']);
      } else expect(p['verdict']).toBe('no-target');
      if (outcome) expect(Object.keys(outcome)).toEqual(['value', 'unit', 'quote', 'file']);
      else expect(p['verdict']).toBe('not-reported');
    }
    const gdp2013 = pairs.find((p) => p['indicator'] === '国内生产总值增长' && p['year'] === 2013);
    expect(gdp2013).toMatchObject({
      region: '中国',
      target: { value: 7.5, unit: '%', qualifier: 'approx' },
      outcome: { value: 7.7 },
      verdict: 'met',
    });
    expect((gdp2013?.['target'] as { file: string }).file).toMatch(/national-2013\.txt$/);
    expect((gdp2013?.['outcome'] as { file: string }).file).toMatch(/national-2014\.txt$/);
  }, 180_000);

  it('prints the same pairs as CSV, a header and a line each', async () => {
    const [jsonl, csv] = await Promise.all([
      cli(['track', ...NATIONAL.slice(4), '--format', 'jsonl']),
      cli(['track', ...NATIONAL.slice(4), '--format', 'csv']),
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = csv.stdout
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(rows[0]).toBe(
      'region,indicator,year,target_value,target_valueMax,target_unit,target_qualifier,target_quote,' +
        'target_file,outcome_value,outcome_unit,outcome_quote,outcome_file,verdict',
    );
    expect(rows).toHaveLength(jsonl.stdout.trim().split('\n').length + 1);
  }, 180_000);
});

describe('cli indicators FILE... --format xlsx --out FILE.xlsx', () => {
  it('writes the combined table as a workbook a spreadsheet opens, and prints nothing on stdout', async () => {
    const file = join(out, 'all.xlsx');
    const run = await cli(['indicators', ...NATIONAL.slice(5), '--format', 'xlsx', '--out', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/\d+ rows of 2 reports written to .*all\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(1).value).toBe('report');
    const years = new Set<unknown>();
    ws?.eachRow((row, n) => {
      if (n > 1) years.add(row.getCell(3).value);
    });
    expect(years).toEqual(new Set([2013, 2014]));
  }, 180_000);

  it('refuses xlsx without --out, with a message and no file', async () => {
    const run = await cli(['indicators', NATIONAL[0] ?? '', '--format', 'xlsx']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--out/);
  }, 180_000);
});
