// Find matches drawn with the CSS Custom Highlight API: the DOM of the text is
// never rewritten to show them.
export const FIND_HIGHLIGHT = 'rl-find';
export const FIND_CURRENT_HIGHLIGHT = 'rl-find-current';

// The registry has one highlight per name for the whole page; two reports side
// by side each set their own ranges under the same names, so each owner's
// ranges are kept and the registry holds their union.
const owned = new Map<string, Map<string, readonly Range[]>>();

export function setHighlight(name: string, ranges: readonly Range[], owner = 'main'): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const byOwner = owned.get(name) ?? new Map<string, readonly Range[]>();
  if (ranges.length) byOwner.set(owner, ranges);
  else byOwner.delete(owner);
  if (byOwner.size) owned.set(name, byOwner);
  else owned.delete(name);
  const all = [...byOwner.values()].flat();
  if (all.length) CSS.highlights.set(name, new Highlight(...all));
  else CSS.highlights.delete(name);
}
