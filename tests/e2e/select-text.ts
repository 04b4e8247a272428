// Selecting words in the document as a reader's drag would, then waiting for
// the selection's toolbar: what every test that marks or copies text starts with.
import type { Page } from 'playwright-core';

/** Elements holding the document's text: the text view's paragraphs, or a PDF page's text layer spans. */
export const PARAGRAPH = '.paragraph';
export const PDF_SPAN = '.textLayer span[role=presentation]';

export interface SelectOptions {
  /** Scroll the words into the middle of the view first (default true). */
  scroll?: boolean;
}

/** Selects `quote`, which must lie inside one text node of an element matching `container`. */
export async function selectText(
  page: Page,
  quote: string,
  container: string = PARAGRAPH,
  { scroll = true }: SelectOptions = {},
): Promise<void> {
  await page.evaluate(
    ([q, sel, into]) => {
      const el = [...document.querySelectorAll(sel)].find((e) => e.textContent?.includes(q));
      const node = el?.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error(`not found: ${q}`);
      const start = (node as Text).data.indexOf(q);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + q.length);
      if (into) el?.scrollIntoView({ block: 'center' });
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [quote, container, scroll] as const,
  );
  await page.getByTestId('selection-toolbar').waitFor();
}
