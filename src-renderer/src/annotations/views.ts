// What the notes panel and the filter chips read of the store's annotations:
// derived, never written (the store stays the one place that changes them).
import { computed, type Ref, type ShallowRef } from 'vue';
import type { Annotation } from '@shared/model';
import { countColors, countTags, filterAnnotations, inReadingOrder, type AnnotationFilter } from './filter';
import type { Placement } from './hit';

export function annotationViews(from: {
  items: ShallowRef<Map<string, Annotation>>;
  placements: ShallowRef<Map<string, Placement>>;
  /** Bumped on every change (the maps are changed in place). */
  version: Ref<number>;
  filter: Ref<AnnotationFilter>;
  knownTags: Ref<string[]>;
}) {
  /** Annotations in reading order; document notes first, orphans last. */
  const ordered = computed<Annotation[]>(() => {
    void from.version.value;
    return inReadingOrder(from.items.value.values(), from.placements.value);
  });
  const visible = computed<Annotation[]>(() => filterAnnotations(ordered.value, from.filter.value));
  const colorCounts = computed(() => countColors(ordered.value));
  const tagCounts = computed(() => countTags(ordered.value));
  /** Tags for autocomplete: this document's first, then every other one used. */
  const allTags = computed(() => {
    const local = tagCounts.value.map(([t]) => t);
    return [...new Set([...local, ...from.knownTags.value])];
  });
  return { ordered, visible, colorCounts, tagCounts, allTags };
}
