// What the notes panel shows of the open document's annotations: in reading
// order, filtered by colour, tag and text, and counted for the filter's chips. Pure, so the
// store stays the one place that changes annotations.
import type { Annotation, AnnotationColor } from '@shared/model';

export interface AnnotationFilter {
  colors: AnnotationColor[];
  tags: string[];
  text: string;
}

/** Where an annotation sits, for ordering (the store's Placement). */
interface Place {
  start: number;
  status: string;
}

/** In reading order: notes on the whole document first, those not found in the text last, ties by creation. */
export function inReadingOrder(list: Iterable<Annotation>, places: ReadonlyMap<string, Place>): Annotation[] {
  const key = (a: Annotation): number => {
    if (!a.target) return -1;
    const p = places.get(a.id);
    return !p || p.status === 'orphan' ? Number.MAX_SAFE_INTEGER : p.start;
  };
  // Each key worked out once, not at every comparison; ISO times compare as plain strings.
  const keyed = [...list].map((a) => ({ a, k: key(a) }));
  keyed.sort(
    (x, y) => x.k - y.k || (x.a.createdAt < y.a.createdAt ? -1 : x.a.createdAt > y.a.createdAt ? 1 : 0),
  );
  return keyed.map((x) => x.a);
}

export function filterAnnotations(list: readonly Annotation[], filter: AnnotationFilter): Annotation[] {
  // Read once: the filter is reactive, and a read per annotation is a tracked proxy access.
  const colors = [...filter.colors];
  const tags = [...filter.tags];
  const needle = filter.text.trim().toLowerCase();
  if (!colors.length && !tags.length && !needle) return [...list];
  return list.filter(
    (a) =>
      (!colors.length || colors.includes(a.color)) &&
      (!tags.length || tags.every((t) => a.tags.includes(t))) &&
      (!needle ||
        a.note.toLowerCase().includes(needle) ||
        (a.target?.quote.toLowerCase().includes(needle) ?? false) ||
        a.tags.some((t) => t.toLowerCase().includes(needle))),
  );
}

export function countColors(list: readonly Annotation[]): Map<AnnotationColor, number> {
  const counts = new Map<AnnotationColor, number>();
  for (const a of list) counts.set(a.color, (counts.get(a.color) ?? 0) + 1);
  return counts;
}

/** Each tag with its count, the most used first. */
export function countTags(list: readonly Annotation[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const a of list) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
