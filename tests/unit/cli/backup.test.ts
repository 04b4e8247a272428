// `backup --out FILE.zip` and `restore FILE.zip`: back up, wipe, restore;
// merge into a full library without duplicates; damaged, foreign, `../` and
// bomb zips refused with nothing changed.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import type { IndicatorEdit } from '../../../src-shared/api';
import { annotationOf, bytesOf, modelOf, stubMeta, tempDir } from '../services/helpers';
import { cli, snapshot } from './cli-run';

const A = '甲市政府工作报告\n全年地区生产总值增长6.5%。';
const B = '乙市政府工作报告\n粮食产量稳定在百万吨以上。';
let base: string;
let cleanup: () => Promise<void>;
let lib: string;
let zip: string;

const edit: IndicatorEdit = {
  op: 'change',
  target: { start: 17, end: 21, quote: '6.5%', prefix: '增长', suffix: '。' },
  extractedName: '地区生产总值',
  fields: { value: 6.6 },
  confirmed: true,
  updatedAt: '2024-05-01T00:00:00.000Z',
};

async function dump(dir: string): Promise<unknown> {
  const s = await createServices(dir, { log: () => undefined });
  const docs = [];
  for (const r of s.library.list().sort((x, y) => x.id.localeCompare(y.id))) {
    const notes = (await s.notes.list({ id: r.id })).sort((x, y) => x.id.localeCompare(y.id));
    docs.push({
      id: r.id,
      title: r.title,
      year: r.year,
      region: r.region,
      notes,
      edits: await s.indicatorEdits.edits({ id: r.id }),
    });
  }
  await s.flush();
  return docs;
}

beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir('rl-cli-backup-'));
  lib = join(base, 'lib');
  const s = await createServices(lib, { guessMeta: stubMeta, log: () => undefined });
  const a = await s.library.import({ fileName: 'a.txt', bytes: bytesOf(A), model: modelOf(A) });
  const b = await s.library.import({ fileName: 'b.txt', bytes: bytesOf(B), model: modelOf(B) });
  await s.library.update({
    id: a.record.id,
    patch: { title: '甲市 2021（改过的标题）', year: 2021, region: '甲市' },
  });
  await s.notes.save({
    id: a.record.id,
    upserts: [annotationOf('地区生产总值', { note: '笔记一', tags: ['经济'] })],
    deletes: [],
  });
  await s.notes.save({
    id: b.record.id,
    upserts: [annotationOf('粮食产量'), annotationOf('百万吨', { color: 'red' })],
    deletes: [],
  });
  await s.indicatorEdits.saveEdits({ id: a.record.id, edits: [edit] });
  await s.flush();
  zip = join(base, 'backup.zip');
});
afterAll(async () => cleanup());

describe('backup and restore', () => {
  it('backs up, and restores into an empty library exactly', async () => {
    const run = await cli(['backup', '--out', zip, '--data', lib]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^documents: 2\nbytes: \d+\n/);
    const empty = join(base, 'empty');
    const restored = await cli(['restore', zip, '--data', empty]);
    expect(restored.stdout).toBe(
      'documents added: 2\ndocuments already there: 0\nnotes added: 3\nnotes already there: 0\nindicator edits restored: 1\n',
    );
    expect(await dump(empty)).toEqual(await dump(lib));
    const again = await cli(['restore', zip, '--data', empty]);
    expect(again.stdout).toBe(
      'documents added: 0\ndocuments already there: 2\nnotes added: 0\nnotes already there: 3\nindicator edits restored: 0\n',
    );
  }, 300_000);

  it('merges into a full library without duplicates, keeping what is there', async () => {
    const full = join(base, 'full');
    const s = await createServices(full, { guessMeta: stubMeta, log: () => undefined });
    const { record } = await s.library.import({ fileName: 'a.txt', bytes: bytesOf(A), model: modelOf(A) });
    const mine = annotationOf('全年', { note: '已有的笔记' });
    await s.notes.save({ id: record.id, upserts: [mine], deletes: [] });
    await s.flush();
    const run = await cli(['restore', zip, '--data', full]);
    expect(run.stdout).toBe(
      'documents added: 1\ndocuments already there: 1\nnotes added: 3\nnotes already there: 0\nindicator edits restored: 1\n',
    );
    const docs = (await dump(full)) as Array<{ id: string; notes: Array<{ note: string }> }>;
    expect(
      docs
        .find((d) => d.id === record.id)
        ?.notes.map((n) => n.note)
        .sort(),
    ).toEqual(['已有的笔记', '笔记一']);
  }, 300_000);

  it('refuses damaged, foreign, ../ and bomb zips with a message, changing nothing', async () => {
    const good = new Uint8Array(await readFile(zip));
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['damaged.zip', good.slice(0, Math.floor(good.length / 2)), /damaged|not a ReportLens backup/],
      ['text.zip', bytesOf('hello'), /not a zip file/],
      ['foreign.zip', zipSync({ 'readme.txt': bytesOf('hi') }), /holds a file it should not \(readme\.txt\)/],
      [
        'evil.zip',
        zipSync({ '../../evil.json': bytesOf('{}'), 'manifest.json': bytesOf('{}') }),
        /holds a file it should not \(\.\.\/\.\.\/evil\.json\)/,
      ],
      ['bomb.zip', zipSync({ 'library.json': new Uint8Array(50 * 1024 * 1024) }), /zip bomb/],
      ['nomanifest.zip', zipSync({ 'library.json': bytesOf('{"documents":[]}') }), /no manifest/],
    ];
    const target = join(base, 'full');
    const before = await snapshot(target);
    for (const [name, bytes, message] of cases) {
      const file = join(base, name);
      await writeFile(file, bytes);
      const run = await cli(['restore', file, '--data', target]);
      expect(run.code, name).toBe(1);
      expect(run.stderr, name).toMatch(message);
      expect(run.stderr, name).toMatch(/nothing was changed\n$/);
      await rm(file);
    }
    expect(await snapshot(target)).toEqual(before);
  }, 300_000);
});
