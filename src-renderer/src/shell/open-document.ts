// A document opened in the reader with its notes, in two steps: its
// highlights (annotations.marks, a few numbers each) travel beside the
// document, and a text waits a moment for them so that its first frame has
// them; the annotations themselves (notes, tags, quotes: a megabyte for
// thousands) are asked for once it is drawn (a PDF: its first page), so
// they never compete with that (docs/ARCHITECTURE.md, Notes).
import { watch } from 'vue';
import type { ReadingPlace } from '@shared/api';
import type { DocType } from '@shared/model';
import { api } from '../api';
import type { useAnnotations } from '../stores/annotations';
import type { useReader } from '../stores/reader';
import { afterPaint, settledWithin } from '../wait';

/** How long a text waits for its highlights before it shows without them (they are drawn when they come). */
export const NOTES_WAIT_MS = 150;
/** How long the annotations wait for the document to be drawn (a PDF whose first page never draws). */
export const DRAWN_WAIT_MS = 3000;

type Reader = ReturnType<typeof useReader>;

/** Settles once document `id` is drawn (reader.drawnFor) or no longer the one open, or after `ms` if given. */
export function whenDrawn(reader: Reader, id: string, ms?: number): Promise<void> {
  return new Promise((done) => {
    let over = false;
    const timer = ms === undefined ? undefined : setTimeout(() => finish(true), ms);
    const stop = watch(
      () => reader.drawnFor === id || reader.doc?.record.id !== id,
      (yes) => finish(yes),
      { immediate: true },
    );
    function finish(yes: boolean): void {
      if (!yes || over) return;
      over = true;
      clearTimeout(timer);
      // Called from within watch() itself (immediate) before `stop` is assigned.
      queueMicrotask(() => stop());
      done();
    }
  });
}

export async function openWithNotes(
  stores: { reader: Reader; annotations: ReturnType<typeof useAnnotations> },
  id: string,
  place: ReadingPlace | null,
  type: DocType | undefined,
): Promise<void> {
  const { reader, annotations } = stores;
  const marking = api.invoke('annotations.marks', { id });
  marking.catch(() => undefined);
  let started: Promise<void> | null = null;
  await reader.open(id, place, type, (opened) => {
    started = annotations.start(id, opened.model, marking);
    // A PDF does not wait: its pages come later anyway.
    return opened.record.type === 'pdf' ? null : settledWithin(started, NOTES_WAIT_MS);
  });
  // Another document opened meanwhile: its own opening fills it.
  if (reader.doc?.record.id !== id) return;
  await (started ?? annotations.start(id, reader.doc.model, marking));
  await whenDrawn(reader, id, DRAWN_WAIT_MS);
  await afterPaint();
  await annotations.fill(id);
}
