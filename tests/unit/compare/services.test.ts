// The library's name links on disk, and the workbook export behind the app's save dialog.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';

const quiet = () => undefined;

describe('compare.links', () => {
  it('keeps the links and unlinks across a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rl-links-'));
    const a = await createServices(dir, { log: quiet });
    expect(await a.dispatch('compare.links', undefined)).toEqual({
      ok: true,
      value: { links: [], unlinks: [] },
    });
    const saved = { links: [['经济增长', '全社会产出增速']], unlinks: [['一般公共预算收入', '财政收入']] };
    expect(await a.dispatch('compare.saveLinks', saved)).toEqual({ ok: true, value: null });
    await a.flush();
    const b = await createServices(dir, { log: quiet });
    expect(await b.dispatch('compare.links', undefined)).toEqual({ ok: true, value: saved });
  });
  it('a damaged file is restored from its backup, or started afresh, with a notice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rl-links-'));
    await writeFile(join(dir, 'name-links.json'), '{"schemaVersion":1,"links":[[');
    const s = await createServices(dir, { log: quiet });
    expect(await s.dispatch('compare.links', undefined)).toEqual({
      ok: true,
      value: { links: [], unlinks: [] },
    });
    const notices = await s.dispatch('app.notices', undefined);
    expect(JSON.stringify(notices)).toMatch(/notices\./);
  });
  it('refuses a link that is not two names', async () => {
    const s = await createServices(await mkdtemp(join(tmpdir(), 'rl-links-')), { log: quiet });
    expect(await s.dispatch('compare.saveLinks', { links: [['only one']], unlinks: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('export.saveXlsx', () => {
  const record = {
    report: '2013年政府工作报告',
    region: '中国',
    year: 2013,
    indicator: '国内生产总值增长',
    name: '国内生产总值',
    value: 7.5,
    valueMax: null,
    unit: '%',
    kind: 'change',
    qualifier: 'approx',
    status: 'target',
    period: '2013',
    section: '二、今年工作',
    page: null,
    sentence: '国内生产总值增长7.5%左右',
  };
  it('builds the workbook in the main process and hands its bytes to the save dialog', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rl-xlsx-'));
    const out = join(dir, 'saved.xlsx');
    const names: string[] = [];
    const s = await createServices(dir, {
      log: quiet,
      saveBytes: async (name, bytes) => {
        names.push(name);
        await writeFile(out, bytes);
        return { path: out };
      },
    });
    const res = await s.dispatch('export.saveXlsx', {
      suggestedName: '指标/2013',
      records: [record],
      headers: { report: '报告', value: '数值' },
    });
    expect(res).toEqual({ ok: true, value: { path: out } });
    expect(names).toEqual(['2013.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws?.getCell('A1').value).toBe('报告');
    expect(ws?.getCell('F1').value).toBe('数值');
    expect(ws?.getCell('F2').value).toBe(7.5);
    expect(ws?.getCell('C2').value).toBe(2013);
  });
  it('refuses a record with a field the table does not have', async () => {
    const s = await createServices(await mkdtemp(join(tmpdir(), 'rl-xlsx-')), { log: quiet });
    const res = await s.dispatch('export.saveXlsx', {
      suggestedName: 'x',
      records: [{ ...record, formula: '=1+1' }],
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
