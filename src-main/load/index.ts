// Loading a document from disk into its text model, in plain Node (the CLI,
// tests, benchmarks); never imports electron.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../src-shared/errors';
import { MAX_IMPORT_BYTES, type DocType, type TextModel } from '../../src-shared/model';
import { buildTextModel, decodeText } from '../../src-shared/text';
import { loadDocx } from './docx';
import { PAGE_TIME_LIMIT_MS } from '../../src-shared/time-limit';
import { pageRanges } from '../../src-shared/pdf/page-ranges';
import { noPageRead, type SkipReason } from '../../src-shared/pdf/read-pages';
import { loadPdf, type LoadedPdf } from './pdf';

export interface LoadedDocument {
  type: DocType;
  model: TextModel;
  /** The encoding a .txt file was read in. */
  encoding?: string;
  /** Pages of a PDF. */
  pages?: number;
  /** The file's bytes, as read. */
  bytes: Uint8Array;
  /** A PDF's text items per page and the annotations in it. */
  pdf?: Pick<LoadedPdf, 'pageItems' | 'annotations'>;
  /** The title the file names itself (a PDF's metadata). */
  title?: string;
}

export function docTypeOf(path: string): DocType | null {
  const ext = extname(path).toLowerCase().slice(1);
  return ext === 'txt' || ext === 'pdf' || ext === 'docx' ? ext : null;
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new AppError('invalid-argument', path, { detail: `${path} is a folder, not a file` });
    return info.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: unknown }).code;
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('forbidden', path, { path });
    throw new AppError('not-found', path, { path });
  }
}

function requireText(model: TextModel): TextModel {
  if (model.text.trim() === '') throw new AppError('no-text');
  return model;
}

/** What a command prints to stderr beside its output. */
export type Warn = (line: string) => void;

const stderrWarn: Warn = (line) => void process.stderr.write(`reportlens: ${line}\n`);

/**
 * Reads and parses a .txt (any encoding), .pdf or .docx file. Errors are
 * AppErrors a user can read; pages of a PDF left without text are told to
 * `warn` (the file is still read).
 */
export async function loadDocument(path: string, warn: Warn = stderrWarn): Promise<LoadedDocument> {
  const size = await sizeOf(path);
  const type = docTypeOf(path);
  if (!type) throw new AppError('unsupported-type', basename(path), { name: basename(path) });
  if (size > MAX_IMPORT_BYTES) throw new AppError('too-large', path, { path, size });
  if (size === 0) throw new AppError('empty-file', path, { path });
  const bytes = new Uint8Array(await readFile(path));
  switch (type) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      return { type, model: requireText(buildTextModel(text)), encoding, bytes };
    }
    case 'docx':
      return { type, model: requireText(await loadDocx(bytes)), bytes };
    case 'pdf': {
      const { model, pages, pageItems, annotations, title, skipped } = await loadPdf(bytes);
      const said: Record<SkipReason, string> = {
        failed: 'pdf.js could not read it: damaged',
        timeout: `pdf.js did not give it within ${PAGE_TIME_LIMIT_MS / 1000} s`,
      };
      for (const why of ['failed', 'timeout'] as const) {
        const missing = skipped.filter((s) => s.why === why).map((s) => s.page);
        if (missing.length) warn(`${path}: no text from page ${pageRanges(missing, 'en')} (${said[why]})`);
      }
      // No page at all could be read: damaged or too complex, not a scan without text.
      const none = noPageRead(skipped, pages);
      if (none) throw new AppError(none, 'pdf.js could read none of its pages');
      return {
        type,
        model: requireText(model),
        pages,
        bytes,
        pdf: { pageItems, annotations },
        ...(title ? { title } : {}),
      };
    }
  }
}
