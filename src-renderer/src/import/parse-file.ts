// Turns the bytes of an untrusted file into a TextModel, here in the sandboxed
// renderer (pdf.js in its worker, mammoth for .docx): the main process only
// ever stores bytes and receives text.
import type { TextModel } from '@shared/model';
import { AppError } from '@shared/errors';
import { buildTextModel, decodeText } from '@shared/text';
import { extractPdf } from './extract-pdf';
import type { AskPassword } from '../pdf/pdfjs';

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
  /** The title the file gives itself (a PDF's metadata). */
  title?: string;
}

export interface ParseHooks {
  onProgress(fraction: number): void;
  askPassword: AskPassword;
}

export type FileKind = 'txt' | 'pdf' | 'docx';

export function fileKind(fileName: string): FileKind | null {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  return ext === 'txt' || ext === 'pdf' || ext === 'docx' ? ext : null;
}

function requireText(model: TextModel): TextModel {
  if (model.text.trim() === '') throw new AppError('no-text');
  return model;
}

async function parseDocx(bytes: Uint8Array): Promise<TextModel> {
  // A .docx is a zip: refuse anything else before handing it to mammoth.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('docx-invalid');
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  try {
    const buffer = bytes.slice().buffer;
    const result = await mammoth.extractRawText({ arrayBuffer: buffer });
    return buildTextModel(result.value);
  } catch (err) {
    throw new AppError('docx-invalid', err instanceof Error ? err.message : String(err));
  }
}

export async function parseFile(fileName: string, bytes: Uint8Array, hooks: ParseHooks): Promise<ParsedFile> {
  const kind = fileKind(fileName);
  if (!kind) throw new AppError('unsupported-type', fileName, { name: fileName });
  if (bytes.length === 0) throw new AppError('empty-file');
  switch (kind) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      hooks.onProgress(1);
      return { model: requireText(buildTextModel(text)), encoding };
    }
    case 'docx': {
      const model = requireText(await parseDocx(bytes));
      hooks.onProgress(1);
      return { model };
    }
    case 'pdf': {
      const pdf = await extractPdf(bytes, hooks);
      return {
        model: pdf.model,
        ...(pdf.model.text.trim() === '' ? { noText: true } : {}),
        pages: pdf.pages,
        ...(pdf.skippedPages.length ? { skippedPages: pdf.skippedPages } : {}),
        ...(pdf.password !== undefined ? { password: pdf.password } : {}),
        ...(pdf.title ? { title: pdf.title } : {}),
      };
    }
  }
}
