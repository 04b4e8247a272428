// Find matches drawn with the CSS Custom Highlight API: the DOM of the text is
// never rewritten to show them.
export const FIND_HIGHLIGHT = 'rl-find';
export const FIND_CURRENT_HIGHLIGHT = 'rl-find-current';

export function setHighlight(name: string, ranges: readonly Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
}
