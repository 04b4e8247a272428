// The annotation save queue on its own: batched per document within
// SAVE_DELAY_MS, a failed batch kept behind newer edits, retried only when
// the failure may pass by itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src-shared/model';
import {
  createSaveQueue,
  SAVE_DELAY_MS,
  type SaveBatch,
} from '../../src-renderer/src/annotations/save-queue';
import { RETRY_MS } from '../../src-renderer/src/stores/save-state';

function note(id: string, text = ''): Annotation {
  const time = new Date(0).toISOString();
  return {
    id,
    target: null,
    style: 'highlight',
    color: 'yellow',
    note: text,
    tags: [],
    createdAt: time,
    updatedAt: time,
  };
}

let sent: SaveBatch[];
let counts: number[];
let failWith: Error | null;
let retryable: boolean;

function queue() {
  return createSaveQueue({
    async send(batch) {
      if (failWith) throw failWith;
      sent.push(batch);
    },
    onUnsent: (n) => counts.push(n),
    onFailure: () => retryable,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  counts = [];
  failWith = null;
  retryable = false;
});
afterEach(() => vi.useRealTimers());

describe('annotation save queue', () => {
  it('sends one batch per document, SAVE_DELAY_MS after the first edit, however many follow', async () => {
    const q = queue();
    q.upsert('doc-a', note('1'));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 50);
    q.upsert('doc-a', note('1', 'edited'));
    q.upsert('doc-b', note('2'));
    q.remove('doc-a', '3');
    expect(sent).toEqual([]);
    expect(counts.at(-1)).toBe(3);
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toEqual([
      { id: 'doc-a', upserts: [note('1', 'edited')], deletes: ['3'] },
      { id: 'doc-b', upserts: [note('2')], deletes: [] },
    ]);
    expect(counts.at(-1)).toBe(0);
  });

  it('a deletion replaces an unsent edit of the same note, and an edit a deletion', async () => {
    const q = queue();
    q.upsert('doc', note('1'));
    q.remove('doc', '1');
    q.remove('doc', '2');
    q.upsert('doc', note('2'));
    await q.flush();
    expect(sent).toEqual([{ id: 'doc', upserts: [note('2')], deletes: ['1'] }]);
  });

  it('keeps a failed batch behind what was edited since, and tries again when the failure may pass', async () => {
    const q = queue();
    failWith = new Error('disk full');
    retryable = true;
    q.upsert('doc', note('1', 'old'));
    q.upsert('doc', note('2'));
    await q.flush();
    expect(sent).toEqual([]);
    expect(counts.at(-1)).toBe(2);
    // Edited while the disk was full: the newer text wins, the other edit is kept.
    q.upsert('doc', note('1', 'new'));
    failWith = null;
    await vi.advanceTimersByTimeAsync(Math.max(RETRY_MS, SAVE_DELAY_MS));
    expect(sent).toEqual([{ id: 'doc', upserts: [note('1', 'new'), note('2')], deletes: [] }]);
    expect(counts.at(-1)).toBe(0);
  });

  it('does not retry by itself a failure that will not pass, but keeps the edits for the next flush', async () => {
    const q = queue();
    failWith = new Error('refused');
    q.upsert('doc', note('1'));
    await q.flush();
    failWith = null;
    await vi.advanceTimersByTimeAsync(RETRY_MS * 3);
    expect(sent).toEqual([]);
    expect(counts.at(-1)).toBe(1);
    await q.flush();
    expect(sent).toEqual([{ id: 'doc', upserts: [note('1')], deletes: [] }]);
  });
});
