import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import type { Services } from '../../../src-main/services/create-services';
import { SEARCH_INDEX_FILE } from '../../../src-main/services/search/search-service';
import { annotationOf, bytesOf, modelOf, tempDir } from '../services/helpers';

const HUBEI =
  '2025年湖北省政府工作报告\n发展新质生产力，推动高质量发展。\n粮食产量稳定，新质生产力加快培育。';
const HUNAN = '2025年湖南省政府工作报告\n坚持稳中求进。质量新提升，生产力布局优化。\n地区生产总值增长5.5%。';

let dir: string;
let cleanup: () => Promise<void>;
let services: Services;

async function start(): Promise<Services> {
  const s = await createServices(dir, { log: () => undefined });
  await s.search.whenReady();
  return s;
}

async function importText(s: Services, name: string, text: string): Promise<string> {
  const env = await s.dispatch('library.import', {
    fileName: name,
    bytes: bytesOf(text),
    model: modelOf(text),
  });
  if (!env.ok) throw new Error(env.error.message);
  return (env.value as { record: { id: string } }).record.id;
}

async function search(s: Services, query: string) {
  const env = await s.dispatch('search.query', { query });
  if (!env.ok) throw new Error(env.error.message);
  return env.value as Awaited<ReturnType<Services['search']['query']>>;
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-search-'));
  services = await start();
});

afterEach(async () => {
  await services.flush();
  await cleanup();
});

describe('search across the library', () => {
  it('matches Chinese exactly at 1, 2 and 3+ characters, grouped by document with counts', async () => {
    const hubei = await importText(services, 'hubei.txt', HUBEI);
    const hunan = await importText(services, 'hunan.txt', HUNAN);
    const one = await search(services, '质');
    expect(one.documents.map((d) => [d.id, d.count])).toEqual([
      [hubei, 3],
      [hunan, 1],
    ]);
    const two = await search(services, '新质');
    expect(two.documents.map((d) => d.id)).toEqual([hubei]);
    expect(two.documents[0]?.count).toBe(2);
    // Every character of 新质生产力 is in the Hunan report too, never in this order.
    const phrase = await search(services, '新质生产力');
    expect(phrase.documents.map((d) => d.id)).toEqual([hubei]);
    expect(phrase.total).toBe(2);
    expect((await search(services, '力产生质新')).documents).toEqual([]);
  });

  it('gives each hit its sentence, its offsets and its place among the matches', async () => {
    const id = await importText(services, 'hubei.txt', HUBEI);
    const { documents } = await search(services, '新质生产力');
    const hits = documents[0]?.hits ?? [];
    expect(hits).toHaveLength(2);
    expect(hits[1]).toMatchObject({
      index: 1,
      before: '粮食产量稳定，',
      match: '新质生产力',
      after: '加快培育。',
    });
    expect(HUBEI.slice(hits[1]?.start, hits[1]?.end)).toBe('新质生产力');
    expect(documents[0]?.id).toBe(id);
  });

  it('matches across full-width and half-width, and numbers', async () => {
    await importText(services, 'hunan.txt', HUNAN);
    expect((await search(services, '增长５.５％')).total).toBe(1);
    expect((await search(services, '5.5%')).total).toBe(1);
  });

  it('finds notes and tags, and follows their edits and deletion', async () => {
    const id = await importText(services, 'hubei.txt', HUBEI);
    const note = annotationOf('新质生产力', { note: '这一句值得追踪', tags: ['创新'] });
    await services.dispatch('annotations.save', { id, upserts: [note], deletes: [] });
    const found = await search(services, '追踪');
    expect(found.documents[0]?.notes.map((n) => n.annotationId)).toEqual([note.id]);
    expect((await search(services, '#创新')).total).toBe(1);
    await services.dispatch('annotations.save', {
      id,
      upserts: [{ ...note, note: '改过的笔记' }],
      deletes: [],
    });
    expect((await search(services, '追踪')).total).toBe(0);
    expect((await search(services, '改过')).total).toBe(1);
    await services.dispatch('annotations.save', { id, upserts: [], deletes: [note.id] });
    expect((await search(services, '改过')).total).toBe(0);
  });

  it('forgets a deleted document', async () => {
    const id = await importText(services, 'hubei.txt', HUBEI);
    expect((await search(services, '粮食')).total).toBe(1);
    await services.dispatch('library.remove', { id });
    expect((await search(services, '粮食')).documents).toEqual([]);
  });

  it('answers an import before indexing it; a search asked at once still finds the new text', async () => {
    const calls: string[] = [];
    const added = services.search.documentAdded.bind(services.search);
    services.search.documentAdded = (id, text) => {
      calls.push('indexing asked');
      return added(id, text).then(() => void calls.push('indexed'));
    };
    const id = await importText(services, 'hubei.txt', HUBEI);
    calls.push('import answered');
    expect(calls).toEqual(['indexing asked', 'import answered']);
    const found = await search(services, '粮食');
    expect(found.documents.map((d) => d.id)).toEqual([id]);
    expect(calls).toEqual(['indexing asked', 'import answered', 'indexed']);
  });

  it('indexes a long text a step at a time: calls and timers are answered meanwhile', async () => {
    services = await start();
    // 2 million characters: several steps of the index and of its table.
    const long = '全市地区生产总值增长5.5%，新质生产力加快培育。\n'.repeat(80_000);
    const id = await importText(services, 'long.txt', long);
    let indexed = false;
    const indexing = services.search.whenReady().then(() => (indexed = true));
    // A timer set now fires, and another call is answered, before the index is done.
    await new Promise((ok) => setTimeout(ok, 0));
    expect(indexed).toBe(false);
    expect((await services.dispatch('library.list', undefined)).ok).toBe(true);
    expect(indexed).toBe(false);
    await indexing;
    const found = await search(services, '新质生产力');
    expect(found.documents.find((d) => d.id === id)?.count).toBe(80_000);
  });

  it('does not index a document removed before its turn came', async () => {
    const id = await importText(services, 'hubei.txt', HUBEI);
    // No await between: the removal is asked while the text still waits to be indexed.
    await services.dispatch('library.remove', { id });
    expect((await search(services, '粮食')).documents).toEqual([]);
    await services.flush();
    const again = await start();
    expect((await search(again, '粮食')).documents).toEqual([]);
    await again.flush();
  });

  it('counts a phrase in every report for the term-over-time view, zero included', async () => {
    await importText(services, 'hubei.txt', HUBEI);
    await importText(services, 'hunan.txt', HUNAN);
    const env = await services.dispatch('search.term', { query: '新质生产力' });
    const counts = env.ok ? (env.value as Array<{ title: string; count: number }>) : [];
    expect(counts.map((c) => c.count).sort()).toEqual([0, 2]);
  });
});

describe('the index on disk', () => {
  it('is written atomically and read back at the next start without rebuilding', async () => {
    await importText(services, 'hubei.txt', HUBEI);
    await services.flush();
    const saved = JSON.parse(await readFile(join(dir, SEARCH_INDEX_FILE), 'utf8'));
    expect(Object.keys(saved.texts)).toHaveLength(1);
    const again = await start();
    expect((await search(again, '新质生产力')).total).toBe(2);
    expect(again.search.notices()).toEqual([]);
    await again.flush();
  });

  it.each([
    ['empty', ''],
    ['not JSON', '{"version":1,"texts":'],
    ['NUL bytes', '\u0000\u0000\u0000'],
    ['a wrong shape', '{"version":1,"texts":[],"notes":{},"flex":{}}'],
    ['parts FlexSearch cannot read', '{"version":1,"texts":{},"notes":{},"flex":{"reg":"{not json"}}'],
  ])('is rebuilt from the documents when %s, with a message and the damaged file kept', async (_, body) => {
    await importText(services, 'hubei.txt', HUBEI);
    await importText(services, 'hunan.txt', HUNAN);
    await services.flush();
    await writeFile(join(dir, SEARCH_INDEX_FILE), body);
    const again = await start();
    expect(again.search.notices()).toEqual([
      { level: 'warning', key: 'corpus.notices.indexRebuilt', params: { file: SEARCH_INDEX_FILE } },
    ]);
    expect((await search(again, '新质生产力')).total).toBe(2);
    expect((await search(again, '质')).documents).toHaveLength(2);
    expect((await readdir(dir)).some((f) => f.startsWith(`${SEARCH_INDEX_FILE}.damaged-`))).toBe(true);
    await again.flush();
    expect(JSON.parse(await readFile(join(dir, SEARCH_INDEX_FILE), 'utf8')).version).toBe(1);
  });

  it('is told by the launch’s first app.notices call, before the rebuild has ended', async () => {
    await importText(services, 'hubei.txt', HUBEI);
    await services.flush();
    await writeFile(join(dir, SEARCH_INDEX_FILE), '{"version":1');
    const again = await createServices(dir, { log: () => undefined });
    const env = await again.dispatch('app.notices', undefined);
    expect(env.ok && env.value).toContainEqual({
      level: 'warning',
      key: 'corpus.notices.indexRebuilt',
      params: { file: SEARCH_INDEX_FILE },
    });
    await again.search.whenReady();
    await again.flush();
  });

  it('is not read while the window starts: the first call that needs it, or a timer, reads it', async () => {
    await importText(services, 'hubei.txt', HUBEI);
    await services.flush();
    const { SearchService } = await import('../../../src-main/services/search/search-service');
    const opened: string[] = [];
    const library = {
      list: () => services.library.list(),
      open: async (arg: { id: string }) => {
        opened.push(arg.id);
        return services.library.open(arg);
      },
      onRemove: () => undefined,
    };
    const notes = { list: async () => [] };
    const waiting = new SearchService(library, notes, dir, { loadDelayMs: 60_000, readOnly: true });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(opened).toEqual([]);
    expect((await waiting.query({ query: '新质生产力' })).total).toBe(2);
    expect(opened).toHaveLength(1);

    opened.length = 0;
    const timed = new SearchService(library, notes, dir, { loadDelayMs: 20, readOnly: true });
    expect(opened).toEqual([]);
    await new Promise((ok) => setTimeout(ok, 200));
    expect(opened).toHaveLength(1);
    expect((await timed.query({ query: '粮食' })).total).toBe(1);
  });

  it('is built when missing, with a message when the library has documents', async () => {
    await importText(services, 'hubei.txt', HUBEI);
    await importText(services, 'hunan.txt', HUNAN);
    await services.flush();
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, SEARCH_INDEX_FILE));
    const again = await start();
    expect(again.search.notices().map((n) => n.key)).toEqual(['corpus.notices.indexBuilt']);
    expect((await search(again, '粮食')).total).toBe(1);
    await again.flush();
  });
});
