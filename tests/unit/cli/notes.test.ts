// `notes FILE_OR_DOC_ID --format md`, run as a user runs it (the CLI entry in
// a child process) against a library the services built.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLibraryDir, libraryDir, parseNotesArgs } from '../../../src-main/cli/notes';
import { createServices } from '../../../src-main/services/create-services';
import { AppError } from '../../../src-shared/errors';
import { notesToMarkdown } from '../../../src-shared/export/markdown';
import { annotationOf, bytesOf, modelOf, stubMeta, tempDir } from '../services/helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const TEXT = '2021年某市政府工作报告\n一、过去一年的工作\n全年地区生产总值增长6.5%。';
const OTHER = '另一份报告\n没有导入';

let base: string;
let cleanup: () => Promise<void>;
let data: string;
let reportFile: string;
let docId: string;
let expected: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src-main/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, REPORTLENS_DATA: '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every file under `dir` with its size and modification time. */
async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, name));
    if (info.isFile()) out.push(`${name} ${info.size} ${info.mtimeMs}`);
  }
  return out.sort();
}

beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir('rl-cli-notes-'));
  data = join(base, 'library');
  const services = await createServices(data, { guessMeta: stubMeta, log: () => undefined });
  const { record } = await services.library.import({
    fileName: 'report.txt',
    bytes: bytesOf(TEXT),
    model: modelOf(TEXT),
  });
  docId = record.id;
  const at = TEXT.indexOf('地区生产总值');
  const a = annotationOf('地区生产总值增长6.5%', {
    target: { start: at, end: at + 13, quote: '地区生产总值增长6.5%', prefix: '全年', suffix: '。' },
    note: '比上年**高**',
    tags: ['经济'],
  });
  await services.notes.save({ id: docId, upserts: [a], deletes: [] });
  await services.flush();
  expected = notesToMarkdown({
    record,
    model: (await services.library.open({ id: docId })).model,
    annotations: [a],
    locale: 'zh-CN',
  });
  reportFile = join(base, 'report copy.txt');
  await writeFile(reportFile, TEXT);
});
afterAll(async () => {
  await cleanup();
});

describe('notes: output', () => {
  it('prints the notes of a file found by its content, as the app exports them', async () => {
    const before = await snapshot(data);
    const run = await cli(['notes', reportFile, '--format', 'md', '--data', data]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(run.stdout).toContain('地区生产总值增长6.5%');
    expect(run.stdout).toContain('#经济');
    // Read only: the app may have the library open.
    expect(await snapshot(data)).toEqual(before);
  });

  it('takes a document id, and the library from REPORTLENS_DATA', async () => {
    expect(await cli(['notes', docId], { REPORTLENS_DATA: data })).toEqual({
      code: 0,
      stdout: expected,
      stderr: '',
    });
    expect(await cli(['notes', docId.toUpperCase(), '--format=md'], { REPORTLENS_DATA: data })).toMatchObject(
      {
        stdout: expected,
      },
    );
  });

  it("finds the app's own library without being told", async () => {
    const home = join(base, 'home');
    await mkdir(join(home, 'cfg'), { recursive: true });
    await symlink(data, join(home, 'cfg', 'reportlens'));
    const run = await cli(['notes', docId], { HOME: home, XDG_CONFIG_HOME: join(home, 'cfg') });
    expect(run).toMatchObject({ code: 0, stdout: expected });
  });
});

describe('notes: errors, one line each', () => {
  it.each([
    [
      'a file that is not in the library',
      () => ['notes', join(base, 'other.txt'), '--data', data],
      'is not in the library: import it in the app first',
    ],
    [
      'an id that is not in the library',
      () => ['notes', 'e'.repeat(64), '--data', data],
      'is not in the library: import it in the app first',
    ],
    [
      'a missing library',
      () => ['notes', docId, '--data', join(base, 'nowhere')],
      'no ReportLens library in',
    ],
    ['an unknown format', () => ['notes', docId, '--format', 'pdf', '--data', data], 'unknown format: pdf'],
    ['a missing file', () => ['notes', join(base, 'missing.txt'), '--data', data], 'no such file:'],
  ])('%s', async (_label, args, message) => {
    await writeFile(join(base, 'other.txt'), OTHER);
    const run = await cli(args());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const [first] = run.stderr.split('\n');
    expect(first).toMatch(/^reportlens: /);
    expect(first).toContain(message);
  });

  it('says when the notes are damaged, and leaves them for the app to restore', async () => {
    const copy = join(base, 'damaged');
    const services = await createServices(copy, { guessMeta: stubMeta, log: () => undefined });
    const { record } = await services.library.import({
      fileName: 'r.txt',
      bytes: bytesOf(TEXT),
      model: modelOf(TEXT),
    });
    await services.flush();
    const file = join(copy, 'docs', record.id, 'notes.json');
    await writeFile(file, '{"schemaVersion":1,"annotations":[{"id"');
    const run = await cli(['notes', record.id, '--data', copy]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `reportlens: the notes of 2021年某市政府工作报告 cannot be read: open the document in ReportLens to restore them\n`,
    );
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion":1,"annotations":[{"id"');
  });

  it('a document without notes prints just its heading', async () => {
    const copy = join(base, 'plain');
    const services = await createServices(copy, { guessMeta: stubMeta, log: () => undefined });
    const { record } = await services.library.import({
      fileName: 'r.txt',
      bytes: bytesOf(TEXT),
      model: modelOf(TEXT),
    });
    await services.flush();
    const run = await cli(['notes', record.id, '--data', copy]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2021年某市政府工作报告');
    expect(run.stdout).not.toContain('地区生产总值增长6.5%');
  });
});

describe('parseNotesArgs', () => {
  it('reads the target, the format and the library folder', () => {
    expect(parseNotesArgs(['a.pdf'])).toEqual({ command: 'notes', target: 'a.pdf', format: 'md' });
    expect(parseNotesArgs(['--data=/lib', 'a.pdf', '--format', 'md'])).toEqual({
      command: 'notes',
      target: 'a.pdf',
      format: 'md',
      data: '/lib',
    });
  });

  it.each([
    [['a.pdf', '--format', 'xml']],
    [['a.pdf', '--format']],
    [[]],
    [['a', 'b']],
    [['a', '--data']],
    [['a', '--verbose']],
  ])('refuses %j with the usage', (args) => {
    try {
      parseNotesArgs(args);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect(String((err as AppError).params?.['detail'])).toContain('usage: reportlens notes');
    }
  });
});

describe('the library folder', () => {
  const home = '/home/u';
  it('is where Electron keeps userData for an app named reportlens', () => {
    expect(defaultLibraryDir({ env: {}, platform: 'linux', home })).toBe('/home/u/.config/reportlens');
    expect(defaultLibraryDir({ env: { XDG_CONFIG_HOME: '/x/cfg' }, platform: 'linux', home })).toBe(
      '/x/cfg/reportlens',
    );
    expect(defaultLibraryDir({ env: { XDG_CONFIG_HOME: 'relative' }, platform: 'linux', home })).toBe(
      '/home/u/.config/reportlens',
    );
    expect(defaultLibraryDir({ env: {}, platform: 'darwin', home: '/Users/u' })).toBe(
      '/Users/u/Library/Application Support/reportlens',
    );
    expect(
      defaultLibraryDir({
        env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\u',
      }),
    ).toBe('C:\\Users\\u\\AppData\\Roaming\\reportlens');
  });

  it('matches the name Electron takes from package.json', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
      name: string;
      productName?: string;
    };
    expect(pkg.productName ?? pkg.name).toBe('reportlens');
  });

  it('--data first, then REPORTLENS_DATA, then the default', () => {
    const environment = { env: { REPORTLENS_DATA: '/from/env' }, platform: 'linux' as const, home };
    expect(libraryDir('/from/flag', environment)).toBe('/from/flag');
    expect(libraryDir(undefined, environment)).toBe('/from/env');
    expect(libraryDir(undefined, { ...environment, env: {} })).toBe('/home/u/.config/reportlens');
  });
});
