// What the pointer does over the reading pane: a click on a highlight selects
// its card, else a click on a marked value its indicator row; a note shows
// in a tooltip once the pointer rests on its passage.
import { onBeforeUnmount, ref } from 'vue';
import { useReader } from '../../stores/reader';
import { useAnnotations } from '../../stores/annotations';
import { useIndicators } from '../../stores/indicators';
import { noteText } from '../../annotations/markdown';

// As a native tooltip does: not while the pointer only crosses the text, nor
// the moment a document opens under a pointer left where the library's row
// was. Once showing, it follows.
const TOOLTIP_DELAY_MS = 350;

export function usePointerNotes() {
  const reader = useReader();
  const annotations = useAnnotations();
  const indicators = useIndicators();
  const tooltip = ref<{ text: string; x: number; y: number } | null>(null);

  /** The text offset under the pointer, if any. */
  function offsetAt(event: MouseEvent): number | null {
    const surface = reader.surface;
    const pos = document.caretPositionFromPoint?.(event.clientX, event.clientY);
    if (!surface || !pos) return null;
    return surface.offsetAt(pos.offsetNode, pos.offset);
  }

  /** The annotation under the pointer, if any. */
  function annotationAt(event: MouseEvent) {
    const offset = offsetAt(event);
    return offset === null ? null : annotations.at(offset);
  }

  /** Unless the click ended a selection. */
  function onClick(event: MouseEvent): void {
    if (!window.getSelection()?.isCollapsed) return;
    const a = annotationAt(event);
    if (a) {
      annotations.selectedId = a.id;
      return;
    }
    const offset = offsetAt(event);
    const row = offset === null ? null : indicators.at(offset);
    if (row) indicators.revealFromText(row.key);
  }

  let hoverFrame = 0;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  function showTooltip(event: MouseEvent, host: HTMLElement): void {
    const a = annotationAt(event);
    const box = host.getBoundingClientRect();
    tooltip.value =
      a && (a.note || a.tags.length)
        ? {
            text: [noteText(a.note).slice(0, 300), a.tags.map((t) => '#' + t).join(' ')]
              .filter(Boolean)
              .join('\n'),
            x: event.clientX - box.left + 12,
            y: event.clientY - box.top + 16,
          }
        : null;
  }
  function onMove(event: MouseEvent): void {
    // Taken now: once the event is dispatched, its currentTarget is null.
    const host = event.currentTarget as HTMLElement;
    clearTimeout(hoverTimer);
    if (!tooltip.value) {
      hoverTimer = setTimeout(() => showTooltip(event, host), TOOLTIP_DELAY_MS);
      return;
    }
    cancelAnimationFrame(hoverFrame);
    hoverFrame = requestAnimationFrame(() => showTooltip(event, host));
  }
  function hideTooltip(): void {
    clearTimeout(hoverTimer);
    cancelAnimationFrame(hoverFrame);
    tooltip.value = null;
  }
  onBeforeUnmount(hideTooltip);

  return { tooltip, onClick, onMove, hideTooltip };
}
