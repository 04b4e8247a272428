import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import type { Services } from '../../../src-main/services/create-services';
import { readNotes } from '../../../src-main/services/notes-db';
import { docDir, libraryPaths, TEXT_FILE } from '../../../src-main/services/paths';
import { fromEnvelope } from '../../../src-shared/errors';
import type { ApiResults } from '../../../src-shared/api';
import { annotationOf, bytesOf, modelOf, tempDir } from './helpers';

const SAMPLE = resolve(import.meta.dirname, '../../../data/hengyang-2021.txt');
let dir: string;
let cleanup: () => Promise<void>;
let services: Services | null = null;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-services-'));
});
afterEach(async () => {
  await services?.flush();
  services = null;
  await cleanup();
});

describe('createServices', () => {
  it('serves a seeded library through dispatch, end to end', async () => {
    services = await createServices(dir, { samplePath: SAMPLE, log: () => undefined });
    const call = async <M extends keyof ApiResults>(method: M, arg?: unknown) =>
      fromEnvelope(
        (await services?.dispatch(method, arg)) ?? { ok: false, error: { code: 'internal', message: '' } },
      ) as ApiResults[M];

    const [sample] = await call('library.list');
    expect(sample?.title).toContain('衡阳');
    const opened = await call('document.open', { id: sample?.id });
    expect(opened.model.text.length).toBe(sample?.chars);

    const text = 'Another report\nwith a paragraph';
    const { record } = await call('library.import', {
      fileName: 'b.txt',
      bytes: bytesOf(text),
      model: modelOf(text),
    });
    expect(new TextDecoder().decode(await call('document.source', { id: record.id }))).toBe(text);
    expect(await call('library.list')).toHaveLength(2);
    expect(await call('settings.set', { locale: 'en' })).toMatchObject({ locale: 'en' });
    expect(await call('library.remove', { id: sample?.id })).toBeNull();
    expect(await call('library.pickFiles')).toEqual([]);
    expect(await call('app.notices')).toEqual([]);
    await services.flush();
    expect(services.pendingWrites()).toBe(0);

    const again = await createServices(dir, { samplePath: SAMPLE, log: () => undefined });
    expect((await again.library.list()).map((r) => r.id)).toEqual([record.id]);
    expect(again.library.settings.get().locale).toBe('en');
    await again.flush();
  });

  it('reads the document left open while the window is made: the reader’s first call finds it read', async () => {
    services = await createServices(dir, { samplePath: SAMPLE, log: () => undefined });
    const [sample] = services.library.list();
    if (!sample) throw new Error('no sample');
    // A second document, which the search index reads at start-up too.
    await services.dispatch('library.import', {
      fileName: 'b.txt',
      bytes: bytesOf('B'),
      model: modelOf('B'),
    });
    await services.dispatch('reading.save', { id: sample.id, offset: 0 });
    await services.flush();
    const again = await createServices(dir, { samplePath: SAMPLE, log: () => undefined });
    services = again;
    // The read made at start-up serves the first open (the index's reads meanwhile did not push it out).
    await new Promise((ok) => setTimeout(ok, 200));
    await rm(join(docDir(libraryPaths(dir), sample.id), TEXT_FILE));
    const opened = fromEnvelope(
      await again.dispatch('document.open', { id: sample.id }),
    ) as ApiResults['document.open'];
    expect(opened.model.text.length).toBe(sample.chars);
  });

  it('serves annotations, tags, the Markdown export and the save dialog, and flushes notes before quitting', async () => {
    const saved: Array<[string, string]> = [];
    services = await createServices(dir, {
      log: () => undefined,
      notesToMarkdown: ({ record, annotations }) =>
        `# ${record.title}\n${annotations.map((a) => `> ${a.target?.quote ?? ''}\n`).join('')}`,
      saveFile: async (name, text) => {
        saved.push([name, String(text)]);
        return { path: join(dir, name) };
      },
    });
    const s = services;
    const call = async <M extends keyof ApiResults>(method: M, arg?: unknown) =>
      fromEnvelope(await s.dispatch(method, arg)) as ApiResults[M];
    const text = '某市政府工作报告\n全年地区生产总值增长6%';
    const { record } = await call('library.import', {
      fileName: 'a.txt',
      bytes: bytesOf(text),
      model: modelOf(text),
    });
    const other = await call('library.import', {
      fileName: 'b.txt',
      bytes: bytesOf(`${text}。`),
      model: modelOf(`${text}。`),
    });
    const a = annotationOf('地区生产总值', { tags: ['经济'] });

    expect(await call('annotations.save', { id: record.id, upserts: [a], deletes: [] })).toBeNull();
    expect(await call('annotations.list', { id: record.id })).toEqual([a]);
    expect(await call('annotations.copyFrom', { id: other.record.id, from: record.id })).toEqual({
      copied: 1,
    });
    expect(await call('annotations.tags')).toEqual(['经济']);
    const md = await call('export.notesMarkdown', { id: record.id });
    expect(md).toBe('# 某市政府工作报告\n> 地区生产总值\n');
    expect(await call('export.saveText', { suggestedName: 'notes.md', text: md })).toEqual({
      path: join(dir, 'notes.md'),
    });
    expect(saved).toEqual([['notes.md', md]]);
    await expect(s.dispatch('annotations.list', { id: 'f'.repeat(64) })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    const unsaved = s.dispatch('annotations.save', { id: record.id, upserts: [], deletes: [a.id] });
    expect(s.pendingWrites()).toBeGreaterThan(0);
    await s.flush();
    expect(s.pendingWrites()).toBe(0);
    expect(await readNotes(libraryPaths(dir), record.id)).toEqual([]);
    expect((await unsaved).ok).toBe(true);
  });

  it('exports with the real Markdown renderer by default', async () => {
    services = await createServices(dir, { samplePath: SAMPLE, log: () => undefined });
    const [sample] = services.library.list();
    const id = sample?.id ?? '';
    const { model } = await services.library.open({ id });
    const at = model.text.indexOf('地区生产总值');
    const quote = model.text.slice(at, at + 6);
    const a = annotationOf(quote, {
      target: { start: at, end: at + 6, quote, prefix: model.text.slice(at - 32, at), suffix: '' },
      note: '看这里',
      tags: ['经济'],
    });
    await services.notes.save({ id, upserts: [a], deletes: [] });
    const md = fromEnvelope(await services.dispatch('export.notesMarkdown', { id })) as string;
    expect(md.startsWith(`# ${sample?.title}`)).toBe(true);
    expect(md).toContain(`> ${quote}`);
    expect(md).toContain('看这里');
    expect(md).toContain('#经济');
  });

  it('without a save dialog, saving is cancelled', async () => {
    services = await createServices(dir, { log: () => undefined });
    expect(await services.dispatch('export.saveText', { suggestedName: 'n.md', text: 'x' })).toEqual({
      ok: true,
      value: null,
    });
  });
});
