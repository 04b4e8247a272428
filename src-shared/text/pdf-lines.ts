// Geometry of pdf.js text items: grouping them into lines, and each page's
// usual margins. Positions are measured along the writing direction ("along",
// growing as one reads a line) and across it ("cross", shrinking from one
// line to the next), so horizontal, rotated and vertical (`ttb`) text are
// handled by the same code.

/** A text item as pdf.js's `page.getTextContent()` returns it. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
  dir?: string;
}

/** One page: its size (from `page.view`) and its text items in pdf.js order. */
export interface PdfPageInput {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A visual line of one page. */
export interface PdfLine {
  page: number;
  /** Items to emit, in order: from the first to the last item with visible text. */
  first: number;
  last: number;
  /** Along-axis start of the first and end of the last visible item. */
  start: number;
  end: number;
  /** Cross-axis position of the line's first visible item. */
  cross: number;
  /** Font size: the largest visible item's. */
  size: number;
  vertical: boolean;
  /** The visible text, trimmed. */
  text: string;
}

interface ItemGeometry {
  along0: number;
  along1: number;
  cross: number;
  size: number;
  vertical: boolean;
}

export function itemGeometry(item: PdfTextItem): ItemGeometry {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || Math.hypot(a, b) || 1;
  if (item.dir === 'ttb') {
    // Columns run top to bottom and follow each other right to left.
    return { along0: -f, along1: -f + item.height, cross: e, size, vertical: true };
  }
  const s = Math.hypot(a, b) || 1;
  const ux = a / s;
  const uy = b / s;
  const along0 = e * ux + f * uy;
  return { along0, along1: along0 + item.width, cross: f * ux - e * uy, size, vertical: false };
}

function isBlank(str: string): boolean {
  return str.trim().length === 0;
}

/**
 * Lines of one page in pdf.js order. A line ends after an item with `hasEOL`
 * (pdf.js marks breaks it saw, also with empty items) or where the next item
 * is not on the same baseline. Lines without visible text are dropped.
 */
export function groupLines(page: PdfPageInput, pageIndex: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  let lastCross = 0;
  let lastEnd = 0;
  let breakPending = false;
  const close = () => {
    if (line && line.last >= 0) {
      line.text = line.text.trim();
      lines.push(line);
    }
    line = null;
  };
  page.items.forEach((item, i) => {
    if (item.str.length > 0) {
      const g = itemGeometry(item);
      const sameLine =
        line !== null &&
        !breakPending &&
        g.vertical === line.vertical &&
        Math.abs(g.cross - lastCross) <= 0.5 * Math.max(g.size, line.size) &&
        g.along0 >= lastEnd - Math.max(g.size, line.size);
      if (!sameLine) close();
      const current: PdfLine = line ?? {
        page: pageIndex,
        first: -1,
        last: -1,
        start: 0,
        end: 0,
        cross: g.cross,
        size: 0,
        vertical: g.vertical,
        text: '',
      };
      line = current;
      if (!isBlank(item.str)) {
        if (current.first < 0) {
          current.first = i;
          current.start = g.along0;
          current.cross = g.cross;
        }
        current.last = i;
        current.end = Math.max(current.end, g.along1);
        current.size = Math.max(current.size, g.size);
      }
      if (current.first >= 0) current.text += item.str;
      lastCross = g.cross;
      lastEnd = g.along1;
      breakPending = false;
    }
    if (item.hasEOL) breakPending = true;
  });
  close();
  return lines;
}

/** The usual left (start) margin and right (end) edge of a set of lines. */
export interface Layout {
  margin: number;
  right: number;
}

/**
 * Margin: the smallest line start shared by two lines (centred titles are
 * not). Right edge: the 90th percentile of line ends, or, for horizontal text
 * on a page of known `width`, the mirror of the margin if that is further
 * (a page with few lines may have no full line).
 */
export function measureLayout(lines: readonly PdfLine[], fallback?: Layout, width = 0): Layout {
  const measured = lines.length < 3 && fallback ? fallback : measure(lines);
  const { margin } = measured;
  const horizontal = lines.every((l) => !l.vertical);
  return width > margin && horizontal
    ? { margin, right: Math.max(measured.right, width - margin) }
    : measured;
}

function measure(lines: readonly PdfLine[]): Layout {
  const starts = lines.map((l) => l.start).sort((x, y) => x - y);
  let margin = starts[0] ?? 0;
  for (let i = 0; i + 1 < starts.length; i++) {
    const a = starts[i] ?? 0;
    if ((starts[i + 1] ?? 0) - a <= 1) {
      margin = a;
      break;
    }
  }
  const ends = lines.map((l) => l.end).sort((x, y) => x - y);
  const right = ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.9))] ?? margin;
  return { margin, right };
}

/** Median of (line advance / font size) between consecutive lines of the same size, or null. */
export function medianLineGap(pages: readonly PdfLine[][]): number | null {
  const ratios: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (!a || !b || a.vertical !== b.vertical || Math.abs(a.size - b.size) > 0.05 * a.size) continue;
      const gap = (a.cross - b.cross) / a.size;
      // Larger jumps are not line advances (a footer, a figure): they would skew short documents.
      if (gap > 0 && gap <= 4) ratios.push(gap);
    }
  }
  if (ratios.length === 0) return null;
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? null;
}
