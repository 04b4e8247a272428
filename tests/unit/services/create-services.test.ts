import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../src-main/services/create-services';
import type { Services } from '../../../src-main/services/create-services';
import { fromEnvelope } from '../../../src-shared/errors';
import type { ApiResults } from '../../../src-shared/api';
import { bytesOf, modelOf, tempDir } from './helpers';

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
});
