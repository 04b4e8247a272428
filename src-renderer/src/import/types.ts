// The shapes shared by the file parsers, apart from them so that no parser
// imports another's entry point.
import type { TextModel } from '@shared/model';
import type { AskPassword } from '../pdf/pdfjs';
import type { ExtractedPdf } from './extract-pdf';

export interface ParsedFile {
  model: TextModel;
  encoding?: string;
  pages?: number;
  /** Pages whose text was not extracted because they took too long. */
  skippedPages?: number[];
  /** The password that opened an encrypted PDF (kept in memory only). */
  password?: string;
  /** A PDF without a text layer (a scan): it can be viewed, not searched. */
  noText?: boolean;
  /** A PDF's text items per page and its own annotations (made into notes once it is imported). */
  pdf?: Pick<ExtractedPdf, 'pageItems' | 'annotations'>;
  /** The title the file gives itself (a PDF's metadata). */
  title?: string;
}

export interface ParseHooks {
  onProgress(fraction: number): void;
  askPassword: AskPassword;
}
