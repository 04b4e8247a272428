import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryService } from '../../../src-main/services/library';
import { seedSample } from '../../../src-main/services/seed';
import type { SampleParsers } from '../../../src-main/services/seed';
import { modelOf, stubMeta, tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
let sample: string;
const quiet = () => undefined;
const parsers: SampleParsers = {
  decodeText: (bytes) => ({ text: new TextDecoder().decode(bytes), encoding: 'utf-8' }),
  buildTextModel: modelOf,
};
const libraries: LibraryService[] = [];
const open = async () => {
  const lib = await LibraryService.open(join(dir, 'userData'), { guessMeta: stubMeta, log: quiet });
  libraries.push(lib);
  return lib;
};

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('rl-seed-'));
  sample = join(dir, 'sample.txt');
  await writeFile(sample, 'Sample report\nFirst paragraph.');
});
afterEach(async () => {
  await Promise.all(libraries.splice(0).map((lib) => lib.flush()));
  await cleanup();
});

describe('seedSample', () => {
  it('imports the sample into a new library', async () => {
    const lib = await open();
    const record = await seedSample(lib, sample, parsers, quiet);
    expect(record).toMatchObject({ title: 'Sample report', fileName: 'sample.txt', encoding: 'utf-8' });
    expect(lib.list()).toHaveLength(1);
    expect((await lib.open({ id: record?.id ?? '' })).model.text).toBe('Sample report\nFirst paragraph.');
  });

  it('happens once: a removed sample does not come back', async () => {
    const lib = await open();
    const record = await seedSample(lib, sample, parsers, quiet);
    await lib.remove({ id: record?.id ?? '' });
    const reopened = await open();
    expect(await seedSample(reopened, sample, parsers, quiet)).toBeNull();
    expect(reopened.list()).toEqual([]);
  });

  it('does not add the sample to a library that was seeded, even when parsing would fail', async () => {
    const lib = await open();
    await seedSample(lib, sample, parsers, quiet);
    const decode = vi.fn(parsers.decodeText);
    await seedSample(await open(), sample, { ...parsers, decodeText: decode }, quiet);
    expect(decode).not.toHaveBeenCalled();
  });

  it('a missing sample is logged, and tried again next time', async () => {
    const lib = await open();
    const log = vi.fn();
    expect(await seedSample(lib, join(dir, 'missing.txt'), parsers, log)).toBeNull();
    expect(log).toHaveBeenCalledOnce();
    expect(lib.seeded).toBe(false);
    expect(await seedSample(lib, sample, parsers, quiet)).not.toBeNull();
  });

  it('seeds the real sample report with the real parsers', async () => {
    const lib = await LibraryService.open(join(dir, 'userData'), { log: quiet });
    libraries.push(lib);
    const record = await seedSample(lib, resolve(import.meta.dirname, '../../../data/hengyang-2021.txt'));
    expect(record).toMatchObject({ type: 'txt', year: 2021, encoding: 'utf-8' });
    expect(record?.title).toContain('衡阳');
  });
});
