// What sits in a page's margins rather than in the text: page numbers and
// running headers or footers. They are left out of the text (their items get
// -1), so a paragraph runs on from one page to the next.
import type { PdfLine } from './pdf-lines';

const PAGE_NUMBER = [
  /^[-—–－―~·•\s]*[0-9０-９]{1,4}[-—–－―~·•\s]*$/,
  /^第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,、/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?$/,
  /^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$/,
  /^[-—–\s]*[ivxlcdm]{1,7}[-—–\s]*$/i,
];

export function isPageNumberText(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text));
}

/** Pages a header or footer must repeat on to be taken for one. */
const RUNNING_MIN_PAGES = 3;

/** Lines looked at from each edge of a page (a header over a footer, as books print them). */
const MARGINAL_DEPTH = 2;

/**
 * The top- and bottom-most lines of a page, up to MARGINAL_DEPTH from each
 * edge, while each is set apart from the next line inward by more than a
 * normal line advance (a lone line counts as apart).
 */
function marginalCandidates(lines: readonly PdfLine[], gap: number | null): PdfLine[] {
  const byCross = [...lines].sort((x, y) => y.cross - x.cross);
  const found = new Set<PdfLine>();
  for (const step of [1, -1]) {
    let i = step > 0 ? 0 : byCross.length - 1;
    for (let depth = 0; depth < MARGINAL_DEPTH; depth++, i += step) {
      const line = byCross[i];
      if (!line) break;
      const inner = byCross[i + step];
      const apart = inner ? Math.abs(line.cross - inner.cross) / Math.max(line.size, inner.size) : Infinity;
      if (apart <= 1.5 * (gap ?? 1.5)) break;
      found.add(line);
    }
  }
  return [...found];
}

/** A header's text without its page number: `xiv PREFACE` and `xvi PREFACE` are the same header. */
function runningKey(text: string): string {
  return text
    .replace(/[0-9０-９]+|\b[ivxlcdm]+\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lines that are not part of the text flow: page numbers (`3`, `— 3 —`,
 * `第 3 页`, `xiv`) and running headers or footers (the same text, page
 * numbers aside, at the top or bottom of at least three pages).
 */
export function marginalLines(pages: readonly PdfLine[][], gap: number | null): Set<PdfLine> {
  const found = new Set<PdfLine>();
  const byKey = new Map<string, PdfLine[]>();
  for (const lines of pages) {
    for (const line of marginalCandidates(lines, gap)) {
      if (isPageNumberText(line.text)) {
        found.add(line);
        continue;
      }
      const key = runningKey(line.text);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      list.push(line);
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) {
    if (new Set(list.map((l) => l.page)).size >= RUNNING_MIN_PAGES) for (const line of list) found.add(line);
  }
  return found;
}
