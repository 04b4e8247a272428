// Which reader state and which notes a reading pane shows. The reader view's
// own pane uses the app's reader and annotation stores; a second report
// opened beside it (beside/) provides its own, so TextPane, PdfPane and
// OutlinePanel serve both. `owner` keeps each pane's CSS highlights apart.
import { inject } from 'vue';
import type { InjectionKey } from 'vue';
import type { Annotation } from '@shared/model';
import { useReader } from '../../stores/reader';
import { useAnnotations } from '../../stores/annotations';
import type { MarkPreview, Placement } from '../../stores/annotations';
import type { Mark } from '@shared/anchoring/marks';
import { marksFrom } from '../../annotations/draw';

type ReaderStore = ReturnType<typeof useReader>;

/** What a pane reads and writes of its reader state. */
export type PaneReader = Pick<
  ReaderStore,
  | 'doc'
  | 'pdfBytes'
  | 'position'
  | 'jump'
  | 'surface'
  | 'layoutVersion'
  | 'drawnFor'
  | 'page'
  | 'zoom'
  | 'initialZoom'
  | 'outline'
  | 'currentOutlineIndex'
  | 'matches'
  | 'matchIndex'
  | 'jumpTo'
>;

/** The notes a pane draws. */
export interface PaneMarks {
  readonly items: ReadonlyMap<string, Annotation>;
  readonly placements: ReadonlyMap<string, Placement>;
  /** Highlights to draw while the annotations are on their way (the reader's own pane: stores/annotations.ts). */
  readonly preview?: MarkPreview | null;
  readonly selectedId: string | null;
  readonly version: number;
}

/**
 * What a pane draws now: the preview's marks until the annotations come (with
 * any made meanwhile), then theirs; `covers`: for how many annotations.
 */
export function marksToDraw(m: PaneMarks): { marks: Iterable<Mark>; count: number; covers: number } {
  const own = { marks: marksFrom(m.items, m.placements), count: m.placements.size, covers: m.items.size };
  const p = m.preview;
  if (!p) return own;
  const marks = function* (): Generator<Mark> {
    yield* p.marks;
    yield* own.marks;
  };
  return { marks: marks(), count: p.marks.length + own.count, covers: p.covers + own.covers };
}

export interface PaneContext {
  reader: PaneReader;
  marks: PaneMarks;
  /** Whose highlights these are: 'main' for the reader's own pane. */
  owner: string;
}

export const PANE_CONTEXT: InjectionKey<PaneContext> = Symbol('reading-pane');

export function usePane(): PaneContext {
  return inject(PANE_CONTEXT, null) ?? { reader: useReader(), marks: useAnnotations(), owner: 'main' };
}
