// The models every layer speaks in. One document has one text; every feature
// addresses it with offsets (UTF-16 code units, as JavaScript strings do).
import type { CorpusMeta } from './corpus/place';

export type DocType = 'txt' | 'pdf' | 'docx';

export type BlockKind = 'title' | 'heading' | 'paragraph';

/** A run of the text: [start, end). Blocks never overlap and are in order. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Heading depth (1 = `一、`, 2 = `（一）`, 3 = `1.`, 4 = `（1）`). */
  level?: number;
}

/**
 * One PDF page as a range of the text, and where each of its pdf.js text items
 * starts in the text. `items[i]` belongs to the i-th item that has a `str`
 * (the same items, in the same order, that pdf.js's TextLayer turns into
 * spans), or is -1 when the item contributed nothing (an empty string).
 */
export interface PageSpan {
  start: number;
  end: number;
  items: number[];
}

/** A heading of the outline. [start, end) is the heading's own text. */
export interface OutlineItem {
  title: string;
  level: number;
  start: number;
  end: number;
}

export const TEXT_MODEL_VERSION = 1;

export interface TextModel {
  version: typeof TEXT_MODEL_VERSION;
  /** Normalised text: blocks joined by '\n'. */
  text: string;
  blocks: Block[];
  /** PDFs only: one span per page, in page order. */
  pages?: PageSpan[];
  outline: OutlineItem[];
}

export interface DocumentMeta {
  title: string;
  year: number | null;
  region: string | null;
}

export interface DocumentRecord extends DocumentMeta {
  /** SHA-256 of the imported file, lowercase hex: also its folder name. */
  id: string;
  type: DocType;
  fileName: string;
  /** Bytes of the imported file. */
  size: number;
  /** Pages for PDFs, null for text documents. */
  pages: number | null;
  /** Length of the text model's text. */
  chars: number;
  /** ISO 8601. */
  importedAt: string;
  /** The encoding a .txt file was read in (e.g. 'utf-8', 'gb18030'). */
  encoding?: string;
  /** Level, province and the years reviewed and planned (issue 8); absent in records made before it. */
  corpus?: CorpusMeta;
}

export type Locale = 'zh-CN' | 'en';
export const THEMES = ['light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** The reading column's typeface: the system's CJK sans (黑体) or serif (宋体). */
export const READING_FONTS = ['serif', 'sans'] as const;
export type ReadingFont = (typeof READING_FONTS)[number];
/** Line spacings offered for the reading column. */
export const LINE_HEIGHTS = [1.5, 1.8, 2.1] as const;
export type LineHeight = (typeof LINE_HEIGHTS)[number];

export interface Settings {
  locale: Locale;
  theme: Theme;
  /** Reader font size in CSS pixels. */
  fontSize: number;
  readingFont: ReadingFont;
  lineHeight: LineHeight;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'zh-CN',
  theme: 'light',
  fontSize: 18,
  readingFont: 'serif',
  lineHeight: 1.8,
};

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

// ---- Annotations -----------------------------------------------------------

export const ANNOTATION_COLORS = ['yellow', 'green', 'blue', 'red', 'purple'] as const;
export type AnnotationColor = (typeof ANNOTATION_COLORS)[number];

/** How a mark is drawn: a coloured background or a coloured underline. */
export const ANNOTATION_STYLES = ['highlight', 'underline'] as const;
export type AnnotationStyle = (typeof ANNOTATION_STYLES)[number];

/**
 * Where an annotation sits: offsets into the document's text for speed, the
 * quote with up to 32 characters of context on each side to find it again
 * when the text changes (Hypothesis's TextPositionSelector + TextQuoteSelector),
 * and the page for PDFs (1-based).
 */
export interface TextTarget {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  page?: number;
}

export interface Annotation {
  /** Random UUID. */
  id: string;
  /** Null for a note about the whole document. */
  target: TextTarget | null;
  style: AnnotationStyle;
  color: AnnotationColor;
  /** Markdown. */
  note: string;
  tags: string[];
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}

/** How an annotation was placed in the current text. */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export const CONTEXT_CHARS = 32;
export const MAX_NOTE_CHARS = 1_000_000;
export const MAX_TAG_CHARS = 100;
export const MAX_TAGS = 50;
/** A quote longer than this is refused (a selection across ~50 PDF pages is far below it). */
export const MAX_QUOTE_CHARS = 200_000;
