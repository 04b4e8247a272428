// The text model: one text per document, addressed by offsets everywhere.
export { decodeText, type DecodedText } from './decode';
export { buildTextModel } from './plain';
export { buildPdfTextModel, type PdfPageInput, type PdfTextItem } from './pdf';
export { outlineFromBookmarks, type PdfBookmark } from './pdf-outline';
export {
  readPdfBookmarks,
  readPdfTitle,
  applyPdfBookmarks,
  applyBookmarks,
  type PdfOutlineSource,
} from './pdf-bookmarks';
export { buildOutline, detectHeading, matchHeadingMarker, type Heading, type HeadingMarker } from './outline';
export { classifyBlocks } from './blocks';
export { guessMeta, findYear, findRegion, cleanPdfTitle } from './meta';
export { findAll, findAllIn, buildSearchIndex, type SearchIndex, type TextRange } from './search';
export { foldWidth, normalizeForMatch } from './fold';
