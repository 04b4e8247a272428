// A second report read beside the first: its own reader state (a second
// instance of the reader's setup under another id), its notes drawn but not
// edited, and the offer to follow a section chosen in one pane to the same
// section in the other (matchSection in src-shared/compare).
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Annotation } from '@shared/model';
import { anchor } from '@shared/anchoring/anchor';
import { expandAnnotations } from '@shared/anchoring/compact';
import { matchSection } from '@shared/compare/match-sections';
import type { SectionMatch } from '@shared/compare/match-sections';
import { api } from '../api';
import { readerSetup, useReader } from '../stores/reader';
import { useLibrary } from '../stores/library';
import type { Placement } from '../stores/annotations';

export const useBesideReader = defineStore('reader-beside', readerSetup);

export type PaneName = 'main' | 'beside';

/** A section offered in one pane for a heading chosen in the other. */
export interface SectionOfferShown {
  /** The pane that would jump. */
  pane: PaneName;
  /** The heading chosen in the other pane. */
  from: string;
  best: SectionMatch & { title: string };
  /** The other clue's section, when number and title point to different ones. */
  other: (SectionMatch & { title: string }) | null;
}

export const useBeside = defineStore('beside', () => {
  const reader = useBesideReader();
  const main = useReader();
  const library = useLibrary();
  const items = shallowRef(new Map<string, Annotation>());
  const placements = shallowRef(new Map<string, Placement>());
  /** Notes are not selected in the second pane; the field is what PaneMarks asks. */
  const selectedId = ref<string | null>(null);
  const version = ref(0);
  /** The picker of the second report is showing. */
  const picking = ref(false);
  /** Linked: a heading chosen in one pane moves the other at once, without asking. */
  const follow = ref(false);
  const offer = ref<SectionOfferShown | null>(null);
  /** Shown as "none" for a moment when a heading has no counterpart. */
  const noMatch = ref<PaneName | null>(null);
  const isOpen = computed(() => reader.doc !== null || reader.loading);

  const readerOf = (pane: PaneName) => (pane === 'main' ? main : reader);

  /** Opens `id` beside the reader's document, at the section the reader is in. */
  async function open(id: string): Promise<void> {
    picking.value = false;
    offer.value = null;
    const listing = api.invoke('annotations.listCompact', { id }).catch(() => null);
    await reader.open(id, null, library.typeOf(id));
    const doc = reader.doc;
    if (!doc || doc.record.id !== id) return;
    const compact = await listing;
    // Compacted against another text than the one shown: the whole list instead.
    const notes =
      (compact && expandAnnotations(doc.model.text, compact)) ??
      (await api.invoke('annotations.list', { id }).catch(() => [] as Annotation[]));
    const nextItems = new Map<string, Annotation>();
    const nextPlacements = new Map<string, Placement>();
    for (const a of notes) {
      nextItems.set(a.id, a);
      if (a.target) nextPlacements.set(a.id, anchor(doc.model.text, a.target));
    }
    items.value = nextItems;
    placements.value = nextPlacements;
    version.value++;
    const here = main.currentOutlineIndex;
    if (here >= 0) {
      const best = matchSection(main.outline, here, reader.outline).best;
      const item = best ? reader.outline[best.index] : undefined;
      if (item) reader.jumpTo(item.start);
    }
  }

  function close(): void {
    reader.close();
    items.value = new Map();
    placements.value = new Map();
    version.value++;
    offer.value = null;
    noMatch.value = null;
    picking.value = false;
  }

  let noMatchTimer: ReturnType<typeof setTimeout> | undefined;

  /** Heading `index` was chosen in `from`: offer (or, linked, go to) its section in the other pane. */
  function headingPicked(from: PaneName, index: number): void {
    if (!reader.doc) return;
    const to: PaneName = from === 'main' ? 'beside' : 'main';
    const source = readerOf(from).outline;
    const target = readerOf(to).outline;
    const { best, byNumber, byTitle } = matchSection(source, index, target);
    const sourceItem = source[index];
    const bestItem = best ? target[best.index] : undefined;
    if (!best || !bestItem || !sourceItem) {
      offer.value = null;
      noMatch.value = to;
      clearTimeout(noMatchTimer);
      noMatchTimer = setTimeout(() => (noMatch.value = null), 2500);
      return;
    }
    noMatch.value = null;
    if (follow.value) {
      offer.value = null;
      readerOf(to).jumpTo(bestItem.start);
      return;
    }
    const alt = [byNumber, byTitle].find((m) => m && m.index !== best.index) ?? null;
    const altItem = alt ? target[alt.index] : undefined;
    offer.value = {
      pane: to,
      from: sourceItem.title,
      best: { ...best, title: bestItem.title },
      other: alt && altItem ? { ...alt, title: altItem.title } : null,
    };
  }

  /** Takes the offer: the pane goes to section `index` of its outline. */
  function go(pane: PaneName, index: number): void {
    const item = readerOf(pane).outline[index];
    if (item) readerOf(pane).jumpTo(item.start);
    offer.value = null;
  }

  return {
    items,
    placements,
    selectedId,
    version,
    picking,
    follow,
    offer,
    noMatch,
    isOpen,
    open,
    close,
    headingPicked,
    go,
  };
});
