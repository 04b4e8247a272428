// The open document: its record and text model, the PDF's bytes, where the
// reader is, and find-in-document. The panes draw what this store says.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { OpenedDocument, ReadingPlace } from '@shared/api';
import type { DocType, OutlineItem } from '@shared/model';
import { findAll } from '@shared/text';
import { api } from '../api';
import type { TextSurface } from '../annotations/surface';
import { takeLaunchDocument } from '../launch';

export interface TextRange {
  start: number;
  end: number;
}

export interface JumpRequest {
  offset: number;
  /** 'top' puts the place at the top of the view (headings), 'center' a third down (matches). */
  align: 'top' | 'center';
  /** Increases with every request, so the same place can be asked twice. */
  seq: number;
}

const FIND_LIMIT = 10_000;

/** The state of one reading pane; the second pane beside the first has its own (beside/beside-store.ts). */
export function readerSetup() {
  const doc = shallowRef<OpenedDocument | null>(null);
  const pdfBytes = shallowRef<Uint8Array | null>(null);
  const loading = ref(false);
  /** The text offset at the top of the visible part of the document. */
  const position = ref(0);
  const jump = ref<JumpRequest | null>(null);
  /** The pane showing the document, once it is mounted. */
  const surface = shallowRef<TextSurface | null>(null);
  /** Increases whenever the pane's DOM changed (a page drawn, the font resized): marks must be redrawn. */
  const layoutVersion = ref(0);
  /** The PDF page shown (1-based) and its zoom, as PdfPane reports them. */
  const page = ref<number | undefined>(undefined);
  const zoom = ref<number | undefined>(undefined);
  /** The document whose first page (or first screen of text) is on screen. */
  const drawnFor = ref<string | null>(null);
  /** The zoom a PDF opens at (a remembered one), else fit to width. */
  const initialZoom = ref<number | undefined>(undefined);

  const findOpen = ref(false);
  const query = ref('');
  const matches = shallowRef<TextRange[]>([]);
  const matchIndex = ref(-1);

  const outline = computed<OutlineItem[]>(() => doc.value?.model.outline ?? []);
  /** The outline item the reader is in: the last one starting at or before the position. */
  const currentOutlineIndex = computed(() => {
    let found = -1;
    outline.value.forEach((item, i) => {
      if (item.start <= position.value + 1) found = i;
    });
    return found;
  });

  /**
   * Opens a document, at `place` when one is remembered. `type`, when the
   * caller knows it (the library's row): only a PDF's bytes are asked for,
   * not a 2 MB text file's that the text pane would not use. `ready`: what
   * the document waits for before it shows.
   */
  async function open(
    id: string,
    place: ReadingPlace | null = null,
    type?: DocType,
    ready?: (opened: OpenedDocument) => Promise<unknown> | null,
  ): Promise<void> {
    loading.value = true;
    try {
      // The text and the PDF's bytes travel at once (at launch, already on their way: launch.ts).
      const early = await takeLaunchDocument(id);
      const wantsBytes = type === undefined || type === 'pdf';
      const [opened, bytes] = await Promise.all([
        early?.opened ?? api.invoke('document.open', { id }),
        early?.source ?? (wantsBytes ? api.invoke('document.source', { id }).catch(() => null) : null),
      ]);
      // What should be ready when the document first shows (its notes: App.vue).
      await ready?.(opened);
      pdfBytes.value = opened.record.type === 'pdf' ? bytes : null;
      doc.value = opened;
      position.value = place?.offset ?? 0;
      page.value = place?.page;
      zoom.value = place?.zoom;
      initialZoom.value = place?.zoom;
      jump.value = null;
      if (place && place.offset > 0) jumpTo(place.offset, 'top');
      closeFind();
    } finally {
      loading.value = false;
    }
  }

  function close(): void {
    doc.value = null;
    drawnFor.value = null;
    pdfBytes.value = null;
    closeFind();
  }

  let seq = 0;
  function jumpTo(offset: number, align: JumpRequest['align'] = 'top'): void {
    jump.value = { offset, align, seq: ++seq };
  }

  function search(text: string): void {
    query.value = text;
    matches.value = doc.value && text ? findAll(doc.value.model.text, text, FIND_LIMIT) : [];
    // Start from the first match after where the reader is.
    const after = matches.value.findIndex((m) => m.start >= position.value);
    matchIndex.value = matches.value.length ? Math.max(0, after) : -1;
    revealMatch();
  }

  function step(delta: 1 | -1): void {
    const n = matches.value.length;
    if (!n) return;
    matchIndex.value = (matchIndex.value + delta + n) % n;
    revealMatch();
  }

  function revealMatch(): void {
    const m = matches.value[matchIndex.value];
    if (m) jumpTo(m.start, 'center');
  }

  function openFind(): void {
    findOpen.value = true;
  }

  function closeFind(): void {
    findOpen.value = false;
    query.value = '';
    matches.value = [];
    matchIndex.value = -1;
  }

  return {
    doc,
    pdfBytes,
    loading,
    position,
    jump,
    surface,
    layoutVersion,
    drawnFor,
    page,
    zoom,
    initialZoom,
    outline,
    currentOutlineIndex,
    findOpen,
    query,
    matches,
    matchIndex,
    open,
    close,
    jumpTo,
    search,
    step,
    openFind,
    closeFind,
  };
}

export const useReader = defineStore('reader', readerSetup);
