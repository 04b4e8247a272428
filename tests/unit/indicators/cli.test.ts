// The CLI's pieces: arguments, loading each format from disk, output formats, errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { parseArgs } from '../../../src-main/cli/args';
import { formatRecords, runIndicators } from '../../../src-main/cli/indicators';
import { describeError } from '../../../src-main/cli/messages';
import { loadDocument } from '../../../src-main/load';
import { RECORD_FIELDS } from '../../../src-shared/indicators/record';

const ROOT = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => join(ROOT, 'tests/fixtures', name);
const tmp = mkdtempSync(join(tmpdir(), 'reportlens-cli-'));

function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
  return 'no error';
}

describe('parseArgs', () => {
  it('reads a command, a file and a format', () => {
    expect(parseArgs(['indicators', 'a.txt', '--format', 'csv'])).toEqual({
      command: 'indicators',
      file: 'a.txt',
      format: 'csv',
    });
    expect(parseArgs(['indicators', '--format=json', 'a.pdf'])).toEqual({
      command: 'indicators',
      file: 'a.pdf',
      format: 'json',
    });
    expect(parseArgs(['indicators', 'a.docx'])).toMatchObject({ format: 'jsonl' });
  });

  it('asks for help with no arguments', () => {
    expect(parseArgs([])).toEqual({ command: 'help' });
  });

  it('refuses unknown commands, formats and options, and missing files', () => {
    expect(() => parseArgs(['summarise', 'a.txt'])).toThrow(AppError);
    expect(() => parseArgs(['indicators', 'a.txt', '--format', 'xml'])).toThrow(AppError);
    expect(() => parseArgs(['indicators', 'a.txt', '--verbose'])).toThrow(AppError);
    expect(() => parseArgs(['indicators'])).toThrow(AppError);
  });
});

describe('loadDocument', () => {
  it('reads UTF-8 and GB18030 text alike', async () => {
    const utf8 = await loadDocument(fixture('hengyang-2021.txt'));
    const gb = await loadDocument(fixture('hengyang-2021.gb18030.txt'));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.model.text).toBe(utf8.model.text);
  });

  it('reads a .docx', async () => {
    const doc = await loadDocument(fixture('hubei-2025.docx'));
    expect(doc.type).toBe('docx');
    expect(doc.model.text).toContain('地区生产总值增长5.8％');
  });

  it('reads a PDF through pdf.js', async () => {
    const doc = await loadDocument(fixture('hengyang-2021.pdf'));
    expect(doc.pages).toBe(17);
    expect(doc.model.text.replace(/\s+/g, '')).toContain('地方税收收入达113.87亿元');
  });

  it('refuses what it cannot read, with a code the user is told', async () => {
    expect(await errorCode(loadDocument(join(tmp, 'missing.txt')))).toBe('not-found');
    expect(await errorCode(loadDocument(tmpFile('empty.txt', '')))).toBe('empty-file');
    expect(
      await errorCode(loadDocument(tmpFile('bin.txt', new Uint8Array([0, 1, 2, 0, 0, 3, 0, 255])))),
    ).toBe('binary-file');
    expect(await errorCode(loadDocument(tmpFile('notes.odt', 'x')))).toBe('unsupported-type');
    expect(await errorCode(loadDocument(tmpFile('broken.pdf', '%PDF-1.4 garbage')))).toBe('pdf-invalid');
    expect(await errorCode(loadDocument(fixture('pdf/issue6010_2.pdf')))).toBe('pdf-password');
    expect(await errorCode(loadDocument(tmpFile('fake.docx', 'not a zip')))).toBe('docx-invalid');
    expect(await errorCode(loadDocument(tmp))).toBe('invalid-argument');
  });
});

describe('output', () => {
  it('prints one JSON object a line with the agreed fields', async () => {
    const out = await runIndicators(fixture('hengyang-2021.txt'), 'jsonl');
    const lines = out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(first)).toEqual([...RECORD_FIELDS]);
    expect(first).toMatchObject({ value: 3500, unit: '亿元', status: 'actual' });
  });

  it('prints CSV with a BOM and a header', () => {
    const csv = formatRecords(
      [
        {
          name: '粮食产量',
          value: 72.5,
          unit: '万吨',
          kind: 'level',
          qualifier: 'exact',
          status: 'actual',
          period: '2023',
          quote: '粮食产量达到72.5万吨',
          start: 6,
          end: 12,
          section: '一',
        },
      ],
      'csv',
    );
    expect(
      csv.startsWith('\uFEFFname,value,unit,kind,qualifier,status,period,quote,start,end,section\r\n'),
    ).toBe(true);
    expect(csv).toContain('粮食产量,72.5,万吨,level,exact,actual,2023,粮食产量达到72.5万吨,6,12,一');
  });

  it('prints an empty JSON array when there is nothing', () => {
    expect(formatRecords([], 'json')).toBe('[]\n');
    expect(formatRecords([], 'jsonl')).toBe('');
  });
});

describe('describeError', () => {
  it('says one line, without a stack', () => {
    expect(describeError(new AppError('pdf-password'))).toBe('this PDF is protected by a password');
    expect(describeError(new Error('boom'))).toBe('internal error: boom');
  });
});
