// Turns the bytes of an untrusted file into a TextModel, here in the sandboxed
// renderer (pdf.js in its worker, mammoth for .docx): the main process only
// ever stores bytes and receives text.
import type { TextModel } from '@shared/model';
import { AppError } from '@shared/errors';
import { MAX_TXT_BLOCKS, MAX_TXT_BYTES, MAX_TXT_CHARS, MAX_TXT_MB } from '@shared/text/limits';
import { parseDocx } from './docx';
import type { ParsedFile, ParseHooks } from './types';
import { decodeTextModel } from './text-in-worker';
import { fileKind } from './file-kind';

export type { ParsedFile, ParseHooks } from './types';
export { fileKind, type FileKind } from './file-kind';

function requireText(model: TextModel): TextModel {
  if (model.text.trim() === '') throw new AppError('no-text');
  return model;
}

/** The PDF importer's code, loaded ahead (while a file is picked) so a PDF's bytes do not wait for it. */
export function loadPdfImporter(): Promise<unknown> {
  return import('./extract-pdf');
}

export async function parseFile(fileName: string, bytes: Uint8Array, hooks: ParseHooks): Promise<ParsedFile> {
  const kind = fileKind(fileName);
  if (!kind) throw new AppError('unsupported-type', fileName, { name: fileName });
  if (bytes.length === 0) throw new AppError('empty-file');
  switch (kind) {
    case 'txt': {
      const tooLarge = () => new AppError('txt-too-large', fileName, { limit: MAX_TXT_MB });
      if (bytes.length > MAX_TXT_BYTES) throw tooLarge();
      const { model, encoding } = await decodeTextModel(bytes, hooks.onProgress);
      if (model.text.length > MAX_TXT_CHARS || model.blocks.length > MAX_TXT_BLOCKS) throw tooLarge();
      hooks.onProgress(1);
      return { model: requireText(model), encoding };
    }
    case 'docx': {
      const model = requireText(await parseDocx(bytes));
      hooks.onProgress(1);
      return { model };
    }
    case 'pdf': {
      // pdf.js is loaded when a PDF comes in, not at start-up.
      const { extractPdf } = await import('./extract-pdf');
      const pdf = await extractPdf(bytes, hooks);
      return {
        model: pdf.model,
        ...(pdf.model.text.trim() === '' ? { noText: true } : {}),
        pages: pdf.pages,
        ...(pdf.skippedPages.length ? { skippedPages: pdf.skippedPages } : {}),
        ...(pdf.password !== undefined ? { password: pdf.password } : {}),
        pdf: { pageItems: pdf.pageItems, annotations: pdf.annotations },
        ...(pdf.title ? { title: pdf.title } : {}),
      };
    }
  }
}
