import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadingService } from '../../../src-main/services/reading';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
let dir: string;
let clock = 0;
const now = () => new Date(Date.UTC(2025, 0, 1) + ++clock * 1000);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rl-reading-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ReadingService', () => {
  it('remembers each document’s place, most recent first, across a restart', async () => {
    const reading = await ReadingService.open(dir, () => true, { now });
    await reading.save({ id: A, offset: 120, page: 3, zoom: 1.5 });
    await reading.save({ id: B, offset: 40 });
    await reading.save({ id: A, offset: 300, page: 5, zoom: 1.5 });
    const again = await ReadingService.open(dir, () => true, { now });
    const state = again.get();
    expect(state.current).toBe(A);
    expect(state.places.map((p) => [p.id, p.offset, p.page])).toEqual([
      [A, 300, 5],
      [B, 40, undefined],
    ]);
  });

  it('starts in the library after the reader left a document', async () => {
    const reading = await ReadingService.open(dir, () => true, { now });
    await reading.save({ id: A, offset: 1 });
    await reading.leave();
    expect((await ReadingService.open(dir, () => true)).get().current).toBeNull();
  });

  it('forgets documents no longer in the library, and starts afresh from a damaged file', async () => {
    const reading = await ReadingService.open(dir, (id) => id === B, { now });
    await reading.save({ id: A, offset: 1 });
    await reading.save({ id: B, offset: 2 });
    expect(reading.get().places.map((p) => p.id)).toEqual([B]);
    await writeFile(join(dir, 'reading.json'), '{"current": 3');
    expect((await ReadingService.open(dir, () => true)).get()).toEqual({ current: null, places: [] });
    // The damaged file is kept aside, never overwritten by the next save.
    const aside = (await readdir(dir)).find((f) => f.startsWith('reading.json.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside ?? ''), 'utf8')).toBe('{"current": 3');
  });
});
