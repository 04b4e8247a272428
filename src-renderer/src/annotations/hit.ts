// Which annotation a point of the text falls in: pure, for the store's `at`
// (a click on a highlight selects the innermost one there).
import type { Annotation, AnchorStatus } from '@shared/model';

/** Where an annotation sits in the current text. */
export interface Placement {
  start: number;
  end: number;
  status: AnchorStatus;
}

/** The annotation drawn at `offset`: the shortest one covering it (orphans cover nothing). */
export function annotationAt(
  items: ReadonlyMap<string, Annotation>,
  places: ReadonlyMap<string, Placement>,
  offset: number,
): Annotation | null {
  let best: Annotation | null = null;
  let bestLen = Infinity;
  for (const [id, p] of places) {
    if (p.status === 'orphan' || offset < p.start || offset >= p.end) continue;
    if (p.end - p.start < bestLen) {
      best = items.get(id) ?? null;
      bestLen = p.end - p.start;
    }
  }
  return best;
}
