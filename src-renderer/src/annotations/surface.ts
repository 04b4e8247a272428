// What the annotation and find code needs from whichever pane shows the
// document: DOM ranges for text offsets, and text offsets for DOM points.
export interface TextSurface {
  /** Ranges covering [start, end) on the parts of the document in the DOM now. */
  rangesFor(start: number, end: number): Range[];
  /** The text offset of a DOM point inside the document, or null when it is not in it. */
  offsetAt(node: Node, offset: number): number | null;
  /** The element that contains the document (selection and pointer events happen in it). */
  root(): HTMLElement | null;
}

/** The first text node at or after a DOM point (for points between elements). */
export function textPointFrom(node: Node, offset: number): { node: Text; offset: number } | null {
  if (node.nodeType === Node.TEXT_NODE) return { node: node as Text, offset };
  const walker = (start: Node, last: boolean): Text | null => {
    const it = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
    let found: Text | null = null;
    for (let n = it.nextNode(); n; n = it.nextNode()) {
      found = n as Text;
      if (!last) break;
    }
    return found;
  };
  const child = node.childNodes[offset];
  if (child) {
    const t = walker(child, false);
    if (t) return { node: t, offset: 0 };
  }
  const t = walker(node, true);
  return t ? { node: t, offset: t.length } : null;
}
