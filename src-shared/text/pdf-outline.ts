// A PDF's own bookmarks as the outline: each placed at its title in the text
// of its page (or at the page's start when the title is not printed there),
// in reading order. Guessed headings are only for PDFs without bookmarks.
import type { OutlineItem, TextModel } from '../model';
import { TITLE_MAX_CHARS } from './outline';

/** A bookmark whose destination pdf.js resolved to a page (0-based). */
export interface PdfBookmark {
  title: string;
  level: number;
  page: number;
}

/** Deepest outline level kept (the model allows six). */
const MAX_LEVEL = 6;

function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Where `title` is printed within text[from, to), ignoring spaces; -1 when it is not. */
function findTitle(
  text: string,
  from: number,
  to: number,
  title: string,
): { start: number; end: number } | null {
  const want = squeeze(title).slice(0, 24);
  if (!want) return null;
  let i = from;
  while (i < to) {
    const at = text.indexOf(want.charAt(0), i);
    if (at < 0 || at >= to) return null;
    let j = at;
    let k = 0;
    while (j < to && k < want.length) {
      const c = text.charAt(j);
      if (/\s/.test(c)) j++;
      else if (c === want.charAt(k)) {
        j++;
        k++;
      } else break;
    }
    if (k === want.length) return { start: at, end: j };
    i = at + 1;
  }
  return null;
}

export function outlineFromBookmarks(model: TextModel, marks: readonly PdfBookmark[]): OutlineItem[] {
  const pages = model.pages ?? [];
  const items: OutlineItem[] = [];
  for (const mark of marks) {
    const page = pages[mark.page];
    const title = mark.title.replace(/\s+/g, ' ').trim();
    if (!page || !title) continue;
    const found = findTitle(model.text, page.start, page.end, title);
    const capped = title.length > TITLE_MAX_CHARS ? `${title.slice(0, TITLE_MAX_CHARS - 1)}…` : title;
    items.push({
      title: capped,
      level: Math.min(MAX_LEVEL, Math.max(1, mark.level)),
      start: found?.start ?? page.start,
      end: found?.end ?? page.start,
    });
  }
  // Stable: bookmarks on the same place keep their order.
  return items.sort((a, b) => a.start - b.start);
}
