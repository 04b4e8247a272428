// Annotation edits on their way to disk: batched per document, sent at most
// SAVE_DELAY_MS after the first unsent edit, and kept to be sent again when a
// save fails (a full disk is retried every RETRY_MS until it lands). The
// annotation store decides what changes; this only gets it saved.
import type { Annotation } from '@shared/model';
import { RETRY_MS } from '../stores/save-state';

/** Changes are sent at most this long after the first unsent edit, however many follow it. */
export const SAVE_DELAY_MS = 250;

export interface SaveBatch {
  id: string;
  upserts: Annotation[];
  deletes: string[];
}

export interface SaveQueueHooks {
  /** Writes one document's batch; rejects when it did not land. */
  send(batch: SaveBatch): Promise<void>;
  /** How many edits are not on disk yet (for the save indicator). */
  onUnsent(count: number): void;
  /** A failed save: true when it is worth trying again by itself (the disk may come back). */
  onFailure(err: unknown): boolean;
}

interface Unsent {
  upserts: Map<string, Annotation>;
  deletes: Set<string>;
}

export interface SaveQueue {
  upsert(docId: string, a: Annotation): void;
  remove(docId: string, annotationId: string): void;
  /** Writes what is pending now; resolves when it is on disk (or has failed and is kept to try again). */
  flush(): Promise<void>;
}

export function createSaveQueue(hooks: SaveQueueHooks): SaveQueue {
  /** Edits not sent yet, per document: one that failed to save stays with its own document. */
  const unsent = new Map<string, Unsent>();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  function unsentFor(id: string): Unsent {
    let batch = unsent.get(id);
    if (!batch) {
      batch = { upserts: new Map(), deletes: new Set() };
      unsent.set(id, batch);
    }
    return batch;
  }

  function countUnsent(): void {
    let n = 0;
    for (const b of unsent.values()) n += b.upserts.size + b.deletes.size;
    hooks.onUnsent(n);
  }

  /** Sent at most SAVE_DELAY_MS after the first unsent edit: a stream of edits cannot hold it back. */
  function scheduleSave(): void {
    if (saveTimer !== undefined) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      void flush();
    }, SAVE_DELAY_MS);
  }

  /** A batch that did not land goes back under its document, behind anything edited since. */
  function keepUnsent({ id, upserts, deletes }: SaveBatch): void {
    const batch = unsentFor(id);
    for (const a of upserts)
      if (!batch.upserts.has(a.id) && !batch.deletes.has(a.id)) batch.upserts.set(a.id, a);
    for (const d of deletes) if (!batch.upserts.has(d)) batch.deletes.add(d);
    countUnsent();
  }

  function flush(): Promise<void> {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (unsent.size === 0) return saving;
    const batches: SaveBatch[] = [...unsent.entries()].map(([id, b]) => ({
      id,
      upserts: [...b.upserts.values()],
      deletes: [...b.deletes],
    }));
    unsent.clear();
    countUnsent();
    saving = saving.then(async () => {
      for (const batch of batches) {
        try {
          await hooks.send(batch);
        } catch (err) {
          keepUnsent(batch);
          if (hooks.onFailure(err))
            retryTimer ??= setTimeout(() => {
              retryTimer = undefined;
              void flush();
            }, RETRY_MS);
        }
      }
    });
    return saving;
  }

  return {
    upsert(docId, a) {
      const batch = unsentFor(docId);
      batch.deletes.delete(a.id);
      batch.upserts.set(a.id, a);
      countUnsent();
      scheduleSave();
    },
    remove(docId, annotationId) {
      const batch = unsentFor(docId);
      batch.upserts.delete(annotationId);
      batch.deletes.add(annotationId);
      countUnsent();
      scheduleSave();
    },
    flush,
  };
}
