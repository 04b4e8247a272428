// A long text model is read back exactly, though it is decoded a step at a
// time (4 MB of UTF-8 between two turns of the event loop), with characters
// of three and four bytes cut by the steps' edges.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTextModel, writeDocFiles } from '../../../src-main/services/doc-files';
import { libraryPaths } from '../../../src-main/services/paths';
import { bytesOf, modelOf, tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => void ({ dir, cleanup } = await tempDir('rl-docread-')));
afterEach(async () => cleanup());

describe('readTextModel', () => {
  it('reads a model of over 8 MB back as written', async () => {
    // Each line a different length, so the steps cut characters at every byte.
    const lines = Array.from(
      { length: 90_000 },
      (_, i) => `第${i}行：地区生产总值增长𠀀${'质'.repeat(i % 7)}。`,
    );
    const model = modelOf(lines.join('\n'));
    const paths = libraryPaths(dir);
    const id = 'ab'.repeat(32);
    await writeDocFiles(paths, id, 'txt', bytesOf('x'), model);
    expect(Buffer.byteLength(JSON.stringify(model))).toBeGreaterThan(8 << 20);
    expect(await readTextModel(paths, id)).toEqual(model);
  });
});
